/**
 * decision: the second decision, once the sender has answered the clarifying reply (accept with
 * caution or decline). It does not apply (`met: null`) when the scenario has no follow-up.
 */
import type { FollowUpDecision } from '../../schemas/scenario';
import { criterion } from '../result';
import type { ChoiceRule } from './types';

// "accept-with-caution" reads "accept with caution".
const label = (d: string) => d.replace(/-/g, ' ');

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
