/** Grading the second decision: what to do once the sender has answered the clarifying reply. */
import type { FollowUpDecision, Scenario } from '../schemas/scenario';
import { tally } from './result';
import { decision as decisionRule } from './rules/decision';
import type { GradeResult } from './types';

/**
 * Grades the follow-up decision: one criterion, `decision`. It is null (and maxScore 0) when the
 * scenario has no follow-up.
 */
export function gradeFollowUp(scenario: Scenario, decision: FollowUpDecision | null): GradeResult {
  return tally(decisionRule.judge(scenario, decision));
}
