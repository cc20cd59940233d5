/**
 * verdict: the learner's first decision on an invitation (accept, reply without accepting, or
 * ignore). The best call earns its 2 points; a listed alternative earns its share, with the reason.
 */
import type { Scenario } from '../../schemas/scenario';
import { criterion } from '../result';
import type { VerdictResponse } from '../types';
import type { WeightedRule } from './types';

/** Points the verdict is worth; each flag is worth one. */
export const VERDICT_POINTS = 2;

const choiceOf = (response: VerdictResponse) => response?.verdict ?? null;

/** The verdicts as the course names them (never their ids). */
const SAY = { accept: 'Accept', reply: 'Reply without accepting', ignore: 'Ignore' } as const;

function earned(scenario: Scenario, response: VerdictResponse): number {
  const { verdict, partial } = scenario.answer;
  const choice = choiceOf(response);
  const part = partial.find((p) => p.verdict === choice);
  return choice === verdict ? VERDICT_POINTS : part ? VERDICT_POINTS * part.credit : 0;
}

/** The verdict is the best of accept, reply or ignore; a listed alternative earns its share. */
export const verdict: WeightedRule<VerdictResponse, 'verdict'> = {
  id: 'verdict',
  maxPoints: VERDICT_POINTS,
  points: earned,
  judge(scenario, response) {
    const { verdict, partial, why } = scenario.answer;
    const choice = choiceOf(response);
    const part = partial.find((p) => p.verdict === choice);
    const points = earned(scenario, response);
    return [
      criterion(
        'verdict',
        choice === verdict,
        choice === verdict
          ? `Yes: ${SAY[verdict]}. ${why}`
          : !choice
            ? `Choose Accept, Reply without accepting or Ignore. The best call here is ${SAY[verdict]}.`
            : `${part ? `Partly right (${Math.round(points * 100) / 100} of ${VERDICT_POINTS} points): ${part.reason}` : `${SAY[choice]} is not the call here.`} The best call is ${SAY[verdict]}. ${why}`,
      ),
    ];
  },
};
