/**
 * The red flags (`flag:<id>`): one criterion per flag the scenario expects, met when the learner
 * picked it, and one not met per flag picked that does not apply, explaining why not.
 */
import type { RedFlag, Scenario } from '../../schemas/scenario';
import { isEmptyOrDefaultNote } from '../../schemas/constants';
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

// Route-bound flags: the route they are about, and why they do not apply when the route is
// right (true, or explained) and when it is another route. Course words, never ids.
const ROUTE_FLAG: Partial<Record<RedFlag, [Scenario['invitation']['via'], string, string]>> = {
  'false-colleague': [
    'colleague',
    'it says you were colleagues, and that is true',
    'it does not claim you were colleagues',
  ],
  'false-classmate': [
    'classmate',
    'it says you studied together, and that is true',
    'it does not claim you studied together',
  ],
  'false-worked-together': [
    'worked-together',
    'it says you worked together, and that is true',
    'it does not claim you worked together',
  ],
  'false-friend': [
    'friend',
    'it says you are friends, and that is true',
    'it does not claim you are friends',
  ],
  'unexplained-other': [
    'other',
    'it came through "Other", but the note says honestly how and why',
    'it did not come through "Other"',
  ],
  'unexplained-group': [
    'group',
    'it names a shared group, but the note gives a real reason',
    'it does not rely on a shared group',
  ],
};

/**
 * `no-reason` is debatable, not wrong, where the file leaves it out but the note gives no clear
 * reason either (it only repeats a claim, or pitches): the policy's rule in
 * docs/scenario-format.md. An invitation the course tells you to accept has its reason.
 */
function debatable(flag: RedFlag, s: Scenario): boolean {
  return (
    flag === 'no-reason' &&
    s.answer.verdict !== 'accept' &&
    !isEmptyOrDefaultNote(s.invitation.note)
  );
}

// Why a flag the learner picked does not apply here.
function whyNot(flag: RedFlag, s: Scenario): string {
  const route = ROUTE_FLAG[flag];
  if (route) return `${route[0] === s.invitation.via ? route[1] : route[2]}.`;
  return flag === 'sales-pitch'
    ? 'the note does not sell anything.'
    : flag === 'no-reason'
      ? s.situation === 'real-relationship' || isEmptyOrDefaultNote(s.invitation.note)
        ? 'you really know this person, and a true shared past is its own reason.'
        : 'the note gives a clear, honest reason to connect.'
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
          debatable(flag, scenario)
            ? criterion(
                `flag:${flag}`,
                null,
                'Debatable, so it neither earns nor costs a point: the note says little about why, but the course counts its other warning signs first here.',
              )
            : criterion(`flag:${flag}`, false, `Not a red flag here: ${whyNot(flag, scenario)}`),
        );
      }
    }
    return criteria;
  },
};
