/**
 * decision: the second decision, once the sender has answered the clarifying reply (accept with
 * caution or decline). It does not apply (`met: null`) when the scenario has no follow-up.
 */
import type { FollowUpDecision } from '../../schemas/scenario';
import { criterion } from '../result';
import type { ChoiceRule } from './types';

/** The decisions as the course names them. */
const SAY: Record<FollowUpDecision, string> = {
  'accept-with-caution': 'accept, with a little less trust and respect',
  decline: 'decline',
};
const label = (d: FollowUpDecision) => SAY[d];

/** The follow-up decision is the better of accepting with caution or declining. */
export const decision: ChoiceRule<FollowUpDecision | null, 'decision'> = {
  id: 'decision',
  judge(scenario, choice) {
    const f = scenario.followUp;
    const right = choice === f?.decision;
    return [
      criterion(
        'decision',
        f ? right : null,
        !f
          ? 'This scenario has no follow-up to decide on.'
          : right
            ? `Yes: ${label(f.decision)}. ${f.why}`
            : choice === 'decline' || choice === 'accept-with-caution'
              ? `The better call is to ${label(f.decision)}, not ${label(choice)}. ${f.why}`
              : `Choose to accept with caution or decline. The best call is to ${label(f.decision)}.`,
      ),
    ];
  },
};
