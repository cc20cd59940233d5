/** Word lists and matching helpers shared by the rules. */
import type { Token } from './text';

/** A word list that also recognises regular inflections: "post" matches posts, posted, posting. */
export interface WordSet {
  has(word: string): boolean;
}

// Suffixes a listed word may carry: "inge" strips "ing" and adds "e" (hoping gives hope).
const SUFFIXES = /* @__PURE__ */ 's es ed d ing inge ly er ers'.split(' ');

/** Word lists as written: space-separated words, or one such string per language (../lexicon). */
export type Words = string | readonly string[];

/**
 * Builds a word list from space-separated words (short to write, fast to query). Every inflected
 * form longer than 4 letters is listed up front, so a query is a single set lookup.
 */
export function set(words: Words): WordSet {
  const s = exact(words);
  for (const b of [...s]) {
    for (const x of SUFFIXES) {
      const w = x === 'inge' ? (b.endsWith('e') ? b.slice(0, -1) + 'ing' : '') : b + x;
      if (w.length > 4) s.add(w);
    }
  }
  return s;
}

/** Words matched exactly as written. */
export const exact = (words: Words): Set<string> => new Set(joined(words, ' ').split(' '));

/** Word sequences written as "mix up|someone else". */
export const phrases = (list: Words): string[][] =>
  joined(list, '|')
    .split('|')
    .map((p) => p.split(' '));

const joined = (words: Words, separator: string): string =>
  typeof words === 'string' ? words : words.join(separator);

/** The normalised word at index `i`, or '' outside the sentence. */
export const wd = (t: readonly Token[], i: number): string => t[i]?.w ?? '';

/** True when a word from `i + a` to `i + b` (inclusive, inside `t`) is in `words`. */
export function near(
  t: readonly Token[],
  i: number,
  a: number,
  b: number,
  words: WordSet,
): boolean {
  for (let k = Math.max(0, i + a); k <= i + b && k < t.length; k++)
    if (words.has(t[k]!.w)) return true;
  return false;
}
