/**
 * The red flags (`flag:<id>`): one criterion per flag the scenario expects, met when the learner
 * picked it, and one not met per flag picked that does not apply, explaining why not.
 */
import type { RedFlag, Scenario } from '../../schemas/scenario';
import { criterion } from '../result';
import type { Criterion, VerdictResponse } from '../types';
import type { ChoiceRule } from './types';

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

/** Each expected red flag is picked, and no flag that does not apply. */
export const flags: ChoiceRule<VerdictResponse, 'flag'> = {
  id: 'flag',
  judge(scenario, response) {
    const { flags: expected, marks } = scenario.answer;
    const picked = Array.isArray(response?.flags) ? response.flags : [];
    const criteria: Criterion[] = [];
    for (const flag of expected) {
      const got = picked.includes(flag);
      const explain = marks.find((m) => m.flag === flag)?.explain ?? `Here ${FLAG_MEANING[flag]}.`;
      criteria.push(
        criterion(
          `flag:${flag}`,
          got,
          `${got ? 'Well spotted' : 'You missed this one'}: ${explain}`,
        ),
      );
    }
    for (const flag of new Set(picked)) {
      if (!expected.includes(flag) && flag in FLAG_MEANING) {
        criteria.push(
          criterion(`flag:${flag}`, false, `Not a red flag: ${whyNot(flag, scenario)}`),
        );
      }
    }
    return criteria;
  },
};
