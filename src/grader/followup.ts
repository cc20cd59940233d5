/** Grading the second decision: what to do once the sender has answered the clarifying reply. */
import type { FollowUpDecision, Scenario } from '../schemas/scenario';
import { criterion, tally } from './result';
import type { GradeResult } from './types';

const LABEL: Record<FollowUpDecision, string> = {
  'accept-with-caution': 'accept with caution',
  decline: 'decline',
};

/**
 * Grades the follow-up decision: one criterion, `decision`. It is null (and maxScore 0) when the
 * scenario has no follow-up.
 */
export function gradeFollowUp(scenario: Scenario, decision: FollowUpDecision | null): GradeResult {
  const f = scenario.followUp;
  if (!f) {
    return tally([
      criterion('decision', null, 'This scenario has no follow-up message to decide on.'),
    ]);
  }
  const right = decision === f.decision;
  const feedback = right
    ? `Yes: ${LABEL[f.decision]}. ${f.why}`
    : decision && decision in LABEL
      ? `The better call is to ${LABEL[f.decision]}, not ${LABEL[decision]}. ${f.why}`
      : `Choose whether to accept with caution or decline. The best call is to ${LABEL[f.decision]}.`;
  return tally([criterion('decision', right, feedback)]);
}
