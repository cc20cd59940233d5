/**
 * Grading the first decision on an invitation: the verdict (accept, reply, ignore) and the red
 * flags the learner picked, each flag explained whether it applies or not.
 */
import type { RedFlag, Scenario } from '../schemas/scenario';
import { criterion, tally } from './result';
import type { Criterion, GradeResult, VerdictResponse } from './types';

/** Points the verdict is worth; each flag is worth one. */
export const VERDICT_POINTS = 2;

const untrue = (what: string) => `the invitation says you ${what}, which is not true`;

/** What each red flag means, in the words the feedback uses. */
export const FLAG_MEANING: Record<RedFlag, string> = {
  'false-colleague': untrue('were colleagues'),
  'false-classmate': untrue('studied together'),
  'false-worked-together': untrue('worked together'),
  'false-friend': 'the invitation says you are friends, but you have never met',
  'unexplained-other': 'it came through "Other" (an email address) without saying how you met',
  'unexplained-group': 'a shared group is its only reason to connect',
  'no-reason': 'there is no clear, honest reason to connect',
  'sales-pitch': 'the note is selling something',
  'suspicious-profile': 'the profile shows signs of a fake or throwaway account',
};

// Why a flag the learner picked does not apply here.
function whyNot(flag: RedFlag, s: Scenario): string {
  const via = s.invitation.via;
  const own = (via === 'other' || via === 'group' ? 'unexplained-' : 'false-') + via;
  return own === flag
    ? `the ${via} route is accurate here.`
    : /^(false|unex)/.test(flag)
      ? `the invitation came through the ${via} route, so ${flag} does not apply.`
      : flag === 'sales-pitch'
        ? 'the note does not sell anything.'
        : flag === 'no-reason'
          ? 'the invitation does give a reason to connect.'
          : 'nothing on the profile suggests a fake account.';
}

/**
 * Grades the learner's verdict and flags. The verdict is worth 2 points (a listed alternative earns
 * its share, with the reason); each expected flag picked is a point, each missed or wrongly picked
 * flag a criterion not met. `passed` at 80% of the maximum.
 */
export function gradeVerdict(scenario: Scenario, response: VerdictResponse): GradeResult {
  const { verdict, partial, flags, marks, why } = scenario.answer;
  const picked = Array.isArray(response?.flags) ? response.flags : [];
  const choice = response?.verdict ?? null;
  const part = partial.find((p) => p.verdict === choice);
  const points = choice === verdict ? VERDICT_POINTS : part ? VERDICT_POINTS * part.credit : 0;
  const criteria: Criterion[] = [
    criterion(
      'verdict',
      choice === verdict,
      choice === verdict
        ? `Yes: ${verdict}. ${why}`
        : !choice
          ? `Choose accept, reply or ignore. The best call here is ${verdict}.`
          : `${part ? `Partly right (${Math.round(points * 100) / 100} of ${VERDICT_POINTS} points): ${part.reason}` : `Not ${choice}.`} The best call is ${verdict}. ${why}`,
    ),
  ];
  for (const flag of flags) {
    const got = picked.includes(flag);
    const explain = marks.find((m) => m.flag === flag)?.explain ?? `Here ${FLAG_MEANING[flag]}.`;
    criteria.push(
      criterion(`flag:${flag}`, got, `${got ? 'Well spotted' : 'You missed this one'}: ${explain}`),
    );
  }
  for (const flag of new Set(picked)) {
    if (!flags.includes(flag) && flag in FLAG_MEANING) {
      criteria.push(criterion(`flag:${flag}`, false, `Not a red flag: ${whyNot(flag, scenario)}`));
    }
  }
  return tally(criteria, { score: points, max: VERDICT_POINTS });
}
