/**
 * Seeded randomness for the self-assessment. The grader must stay free of randomness, so the
 * quiz draws its questions here, from a seed carried in the URL: the same seed always draws the
 * same questions, which lets a learner share or reproduce a result.
 */

/** A seed as the URL carries it: 1 to 32 lowercase letters, digits or hyphens. */
export const SEED_PATTERN = /^[a-z0-9-]{1,32}$/;

/** Hashes a string to a 32-bit unsigned integer (FNV-1a, then a final avalanche). */
export function hashSeed(seed: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  // FNV alone leaves near-identical seeds ("a1", "a2") close; mix the bits before use.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}

/** mulberry32: a small, fast generator of numbers in [0, 1), good enough for drawing questions. */
export function mulberry32(state: number): () => number {
  let a = state >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A generator seeded from a seed string. */
export const rngFromSeed = (seed: string): (() => number) => mulberry32(hashSeed(seed));

/** A shuffled copy of `items` (Fisher-Yates with `rng`). */
export function shuffle<T>(items: readonly T[], rng: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * A fresh seed of 8 base-36 characters. Uses the browser's crypto when there is one: a new set
 * should not be guessable from the previous one.
 */
export function randomSeed(): string {
  const bytes = new Uint8Array(8);
  if (globalThis.crypto?.getRandomValues) globalThis.crypto.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  return Array.from(bytes, (b) => (b % 36).toString(36)).join('');
}
