/**
 * Grading the first decision on an invitation: the verdict (accept, reply, ignore) and the red
 * flags the learner picked, each flag explained whether it applies or not (./rules/verdict.ts,
 * ./rules/flags.ts).
 */
import type { Scenario } from '../schemas/scenario';
import { tally } from './result';
import { flags } from './rules/flags';
import { verdict } from './rules/verdict';
import type { GradeResult, VerdictResponse } from './types';

export { FLAG_MEANING } from './rules/flags';
export { VERDICT_POINTS } from './rules/verdict';

/**
 * Grades the learner's verdict and flags. The verdict is worth 2 points (a listed alternative earns
 * its share, with the reason); each expected flag picked is a point, each missed or wrongly picked
 * flag a criterion not met. `passed` at 80% of the maximum.
 */
export function gradeVerdict(scenario: Scenario, response: VerdictResponse): GradeResult {
  return tally([...verdict.judge(scenario, response), ...flags.judge(scenario, response)], {
    score: verdict.points(scenario, response),
    max: verdict.maxPoints,
  });
}
