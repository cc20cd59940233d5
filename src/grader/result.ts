/** Building blocks for grade results and word matching, shared by every grading function. */
import type { Criterion, GradeResult } from './types';
import { quote, type Token } from './text';

/** Share of the points a learner needs for `passed`: the same bar for every exercise. */
export const PASS_RATIO = 0.8;

/** Makes a criterion, leaving `evidence` out when there is none. */
export function criterion(
  id: string,
  met: boolean | null,
  feedback: string,
  evidence?: string,
): Criterion {
  const c: Criterion = { id, met, feedback };
  if (evidence) c.evidence = evidence;
  return c;
}

/**
 * Totals criteria worth one point each (null ones are left out of maxScore); `extra` adds points
 * already earned and their maximum, for the verdict's weighted criterion.
 */
export function tally(criteria: Criterion[], extra = { score: 0, max: 0 }): GradeResult {
  let score = extra.score;
  let maxScore = extra.max;
  for (const c of criteria.slice(extra.max ? 1 : 0)) {
    if (c.met === null) continue;
    maxScore++;
    if (c.met) score++;
  }
  score = Math.round(score * 100) / 100;
  return { score, maxScore, passed: maxScore > 0 && score / maxScore >= PASS_RATIO, criteria };
}

/**
 * Collects the criteria of a written response. `add` fills `@` in the feedback with a quote of
 * the evidence; a blank text meets nothing ("Write your reply first.").
 */
export function sheet(text: string, kind: string) {
  const out: Criterion[] = [];
  const blank = !text.trim();
  return {
    out,
    add(id: string, met: boolean | null, yes: string, no = yes, evidence?: string) {
      out.push(
        blank && met
          ? criterion(id, false, `Write your ${kind} first.`)
          : criterion(
              id,
              met,
              (met ? yes : no).replace('@', evidence ? quote(evidence) : ''),
              evidence,
            ),
      );
    },
  };
}

/** A word list that also recognises regular inflections: "post" matches posts, posted, posting. */
export interface WordSet {
  has(word: string): boolean;
}

// Suffixes stripped (and what replaces them) when a word is not in a list as written.
const SUFFIXES = 's es ed d ing inge ly er ers'.split(' ');

/** Builds a word list from space-separated words (short to write, fast to query). */
export function set(words: string): WordSet {
  const s = exact(words);
  return {
    has: (w) =>
      s.has(w) ||
      (w.length > 4 &&
        SUFFIXES.some((x) => {
          // "inge": strip "ing", add "e" (hoping gives hope).
          const suf = x === 'inge' ? 'ing' : x;
          return w.endsWith(suf) && s.has(w.slice(0, -suf.length) + (x === 'inge' ? 'e' : ''));
        })),
  };
}

/** Words matched exactly as written. */
export const exact = (words: string): Set<string> => new Set(words.split(' '));

/** Word sequences written as "mix up|someone else". */
export const phrases = (list: string): string[][] => list.split('|').map((p) => p.split(' '));

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
