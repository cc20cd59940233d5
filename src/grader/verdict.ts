/**
 * Grading the first decision on an invitation: the verdict (accept, reply, ignore) and the red
 * flags the learner picked, each flag explained whether it applies or not.
 */
import type { RedFlag, Scenario } from '../schemas/scenario';
import { criterion, tally } from './result';
import type { Criterion, GradeResult, VerdictResponse } from './types';

/** Points the verdict is worth; each flag is worth one. */
export const VERDICT_POINTS = 2;

/** What each red flag means, in the words the feedback uses. */
export const FLAG_MEANING: Record<RedFlag, string> = {
  'false-colleague': 'the invitation says you were colleagues, which is not true',
  'false-classmate': 'the invitation says you studied together, which is not true',
  'false-worked-together': 'the invitation says you worked together, which is not true',
  'false-friend': 'the invitation says you are friends, but you have never met',
  'unexplained-other':
    'it came through "Other" (an email address) without saying how you know each other',
  'unexplained-group': 'it relies on a shared group without saying why the sender wants to connect',
  'no-reason': 'there is no clear, honest reason to connect',
  'sales-pitch': 'the note is selling something',
  'suspicious-profile': 'the profile shows signs of a fake or throwaway account',
};

const ROUTE_FLAG: Partial<Record<string, RedFlag>> = {
  colleague: 'false-colleague',
  classmate: 'false-classmate',
  'worked-together': 'false-worked-together',
  friend: 'false-friend',
  other: 'unexplained-other',
  group: 'unexplained-group',
};

function whyNot(flag: RedFlag, s: Scenario): string {
  const routeFlag = ROUTE_FLAG[s.invitation.via];
  if (flag in ROUTE_FLAG_REVERSE && routeFlag !== flag) {
    return `The invitation came through the ${s.invitation.via} route, so ${flag} does not apply.`;
  }
  if (routeFlag === flag)
    return `Here the ${s.invitation.via} route is accurate, so it is not a red flag.`;
  if (flag === 'sales-pitch') return 'The note does not try to sell anything.';
  if (flag === 'no-reason') return 'The invitation does give a reason to connect.';
  return "Nothing on the profile suggests a fake account; don't let caution turn into suspicion of everyone.";
}
const ROUTE_FLAG_REVERSE: Record<string, true> = Object.fromEntries(
  Object.values(ROUTE_FLAG).map((f) => [f, true]),
);

/**
 * Grades the learner's verdict and flags. The verdict is worth 2 points (a listed alternative earns
 * its share, with the reason); each expected flag picked is a point, each missed or wrongly picked
 * flag a criterion not met. `passed` at 80% of the maximum.
 */
export function gradeVerdict(scenario: Scenario, response: VerdictResponse): GradeResult {
  const answer = scenario.answer;
  const picked = Array.isArray(response?.flags) ? response.flags : [];
  const choice = response?.verdict ?? null;
  const partial = answer.partial.find((p) => p.verdict === choice);
  let points = 0;
  let feedback: string;
  if (choice === answer.verdict) {
    points = VERDICT_POINTS;
    feedback = `Yes: ${answer.verdict}. ${answer.why}`;
  } else if (partial) {
    points = VERDICT_POINTS * partial.credit;
    feedback = `Partly right (${Math.round(points * 100) / 100} of ${VERDICT_POINTS} points): ${partial.reason} The best call is ${answer.verdict}. ${answer.why}`;
  } else {
    feedback = choice
      ? `The better call is ${answer.verdict}, not ${choice}. ${answer.why}`
      : `Choose accept, reply or ignore. The best call here is ${answer.verdict}.`;
  }
  const criteria: Criterion[] = [criterion('verdict', choice === answer.verdict, feedback)];
  const marks = (flag: RedFlag) => answer.marks.find((m) => m.flag === flag)?.explain;
  for (const flag of answer.flags) {
    const got = picked.includes(flag);
    const why = marks(flag) ?? `Here ${FLAG_MEANING[flag]}.`;
    criteria.push(
      criterion(`flag:${flag}`, got, got ? `Well spotted: ${why}` : `You missed this one: ${why}`),
    );
  }
  for (const flag of new Set(picked)) {
    if (answer.flags.includes(flag) || !(flag in FLAG_MEANING)) continue;
    criteria.push(
      criterion(`flag:${flag}`, false, `Not a red flag here: ${whyNot(flag, scenario)}`),
    );
  }
  return tally(criteria, { score: points, max: VERDICT_POINTS });
}
