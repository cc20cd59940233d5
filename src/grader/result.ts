/** Building blocks for grade results, shared by every grading function. */
import type { Criterion, GradeResult } from './types';

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

/** A word list that also recognises regular inflections: "post" matches posts, posted, posting. */
export interface WordSet {
  has(word: string): boolean;
}

// Suffixes stripped (and what replaces them) when a word is not in a list as written.
const SUFFIXES = 's, es, ed, d, ing, inge, ly, er, ers'.split(', ');

/** Builds a word list from space-separated words (short to write, fast to query). */
export function set(words: string): WordSet {
  const s = new Set(words.split(' '));
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
