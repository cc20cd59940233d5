/**
 * Courtesy: insults, accusations, sarcasm, threats, profanity and shouting. Shared by replies and
 * invitation notes; a firm "please don't message me again" is courteous, "nice try" is not.
 */
import { phrases, set } from './words';
import { findSeq, span, type Doc, type Token } from './text';
import { sharedWords } from './lexicon';

const RUDE = /* @__PURE__ */ set(sharedWords.rudeWords);
const PHRASES = /* @__PURE__ */ phrases(sharedWords.rudePhrases);

/** The first discourteous words of a draft, or undefined when the tone is fine. */
export function findRudeness(doc: Doc, extra: readonly string[][] = []): string | undefined {
  const toks = doc.tokens;
  let hit: [number, number] | undefined;
  const consider = (a: number, b: number) => {
    if (!hit || toks[a]!.s < toks[hit[0]]!.s) hit = [a, b];
  };
  for (let i = 0; i < toks.length; i++) {
    if (RUDE.has(toks[i]!.w)) {
      consider(i, i);
      break;
    }
  }
  // Only phrases whose every word occurs in the draft need looking for.
  const seen = new Set(toks.map((t) => t.w));
  for (const p of [...PHRASES, ...extra]) {
    const i = p.every((w) => seen.has(w)) ? findSeq(toks, p) : -1;
    if (i >= 0) consider(i, i + p.length - 1);
  }
  const shout = findShouting(toks);
  if (shout) consider(shout[0], shout[1]);
  return hit && span(doc, toks[hit[0]]!, toks[hit[1]]!);
}

/**
 * Shouting: two or more words in capitals in a row with at least 8 letters in all, two of them
 * with 3+ letters. Acronyms ("NC State", "UCLA MBA") and one emphatic "NOT" stay fine.
 */
function findShouting(toks: readonly Token[]): [number, number] | undefined {
  let start = -1;
  let letters = 0;
  let long = 0;
  let words = 0;
  let lastS = -1;
  for (let i = 0; i <= toks.length; i++) {
    const t = toks[i];
    if (t && t.s === lastS) continue; // the second half of an expanded contraction
    if (t && t.caps && (start < 0 || t.n === toks[start]!.n)) {
      if (start < 0) start = i;
      lastS = t.s;
      letters += t.e - t.s;
      if (t.e - t.s >= 3) long++;
      words++;
      continue;
    }
    if (start >= 0 && words >= 2 && letters >= 8 && long >= 2) return [start, i - 1];
    start = -1;
    letters = long = words = 0;
    if (t?.caps) i--;
  }
  return undefined;
}
