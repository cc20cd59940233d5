/** Building blocks for grade results and word matching, shared by every grading function. */
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
