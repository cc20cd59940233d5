/** Grading the second decision: what to do once the sender has answered the clarifying reply. */
import type { FollowUpDecision, Scenario } from '../schemas/scenario';
import { criterion, tally } from './result';
import type { GradeResult } from './types';

// "accept-with-caution" reads "accept with caution".
const label = (d: string) => d.replace(/-/g, ' ');

/**
 * Grades the follow-up decision: one criterion, `decision`. It is null (and maxScore 0) when the
 * scenario has no follow-up.
 */
export function gradeFollowUp(scenario: Scenario, decision: FollowUpDecision | null): GradeResult {
  const f = scenario.followUp;
  const right = decision === f?.decision;
  return tally([
    criterion(
      'decision',
      f ? right : null,
      !f
        ? 'This scenario has no follow-up to decide on.'
        : right
          ? `Yes: ${label(f.decision)}. ${f.why}`
          : decision === 'decline' || decision === 'accept-with-caution'
            ? `The better call is to ${label(f.decision)}, not ${label(decision)}. ${f.why}`
            : `Choose to accept with caution or decline. The best call is to ${label(f.decision)}.`,
    ),
  ]);
}
