/** The words learners see for the ids of the scenario format and the grader. */
import type { FollowUpDecision, RedFlag, Route, Verdict } from '~/schemas/scenario';

/** The three things one can do with an invitation, as LinkedIn named them. */
export const VERDICT_LABELS: Record<Verdict, string> = {
  accept: 'Accept',
  reply: 'Reply without accepting',
  ignore: 'Ignore',
};

/** Red flags in plain words, in the order the checkbox group lists them. */
export const FLAG_LABELS: Record<RedFlag, string> = {
  'false-colleague': 'False colleague claim',
  'false-classmate': 'False classmate claim',
  'false-worked-together': 'False "worked together" claim',
  'false-friend': 'False friend claim',
  'unexplained-other': 'Other (email) route with no reason',
  'unexplained-group': 'Group route with no reason',
  'no-reason': 'No reason given',
  'sales-pitch': 'Sales pitch',
  'suspicious-profile': 'Suspicious profile',
};

/** How the invitation says the sender knows you; `none` shows no route at all. */
export const ROUTE_LABELS: Record<Route, string> = {
  colleague: 'Colleague',
  classmate: 'Classmate',
  'worked-together': 'Worked together',
  friend: 'Friend',
  other: 'Other (email)',
  group: 'Group',
  none: '',
};

/** The choices once the sender has answered. */
export const DECISION_LABELS: Record<FollowUpDecision, string> = {
  'accept-with-caution': 'Accept, with a little caution',
  decline: 'Decline',
};

const CRITERION_LABELS: Record<string, string> = {
  verdict: 'What to do',
  decision: 'Your decision',
  'greets-by-name': 'Greets them by name',
  'names-the-claim': 'Names what the invitation claimed',
  'corrects-the-claim': 'Corrects the claim',
  'graceful-out': 'Offers a graceful way out',
  'asks-how-we-know': 'Asks how you know each other',
  'asks-how-to-help': 'Asks how you can help',
  courteous: 'Stays courteous',
  concise: 'Between 15 and 150 words',
  'does-not-accept': 'Does not accept yet',
  'keeps-private': 'Keeps your contact details private',
  'says-how-we-know': 'Says how you know them',
  'gives-a-reason': 'Gives a reason to connect',
  'within-limit': 'Fits in 300 characters',
  'no-pitch': 'No sales pitch',
};

/** A criterion id in words: `flag:no-reason` is "No reason given". */
export function criterionLabel(id: string): string {
  const flag = id.startsWith('flag:') && FLAG_LABELS[id.slice(5) as RedFlag];
  return flag || CRITERION_LABELS[id] || id;
}

/** "1.5", "2": scores with partial credit, without trailing zeros. */
export const formatScore = (n: number): string => String(Math.round(n * 10) / 10);
