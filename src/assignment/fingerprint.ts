/**
 * A short fingerprint of an assignment's content. Results files carry the assignment they were
 * made for; the gradebook compares fingerprints to list a file made for another assignment, and
 * the student page keys saved answers by it so two assignments never mix.
 */
import type { Assignment } from '../schemas/assignment';

/** The fields that define an assignment, in a fixed order (key order in a file must not matter). */
function canonical(a: Assignment): string {
  return JSON.stringify([a.v, a.title, a.passMark, a.scenarios, [...a.tasks].sort()]);
}

/** 12 hexadecimal characters (two 32-bit FNV-1a hashes): equal content, equal fingerprint. */
export function assignmentFingerprint(a: Assignment): string {
  const text = canonical(a);
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  return (
    (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0')
  ).slice(0, 12);
}
