/** The words learners see for the ids of the scenario format and the grader. */
import type { ChoiceCriterionId } from '~/grader/types';
import type { FollowUpDecision, RedFlag, Route, Verdict } from '~/schemas/scenario';
import { WRITING_CRITERIA } from './writingCriteria';

/** The three things one can do with an invitation, as LinkedIn named them. */
export const VERDICT_LABELS: Record<Verdict, string> = {
  accept: 'Accept',
  reply: 'Reply without accepting',
  ignore: 'Ignore',
};

/** A scenario's level in words. */
export const LEVEL_LABELS = { 1: 'easy', 2: 'medium', 3: 'hard' } as const;

/** The levels as a select's options ("Easy"), easiest first. */
export const LEVEL_OPTIONS = (['1', '2', '3'] as const).map((value) => ({
  value,
  label: LEVEL_LABELS[value].replace(/^./, (c) => c.toUpperCase()),
}));

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

/**
 * The card's route line: what the invitation says about how `first` (the sender's first name)
 * knows you, with the company, school or group it names. '' for the `none` route.
 */
export function routeLine(first: string, via: Route, claim: string): string {
  const at = claim ? ` at ${claim}` : '';
  const lines: Record<Route, string> = {
    colleague: `says you were colleagues${at}`,
    classmate: `says you were classmates${at}`,
    'worked-together': `says you worked together${at}`,
    friend: 'says you are friends',
    other: 'chose "Other" and typed your email address',
    group: claim ? `says you are both members of the group ${claim}` : 'says you share a group',
    none: '',
  };
  return lines[via] && `${first} ${lines[via]}`;
}

/** The choices once the sender has answered. */
export const DECISION_LABELS: Record<FollowUpDecision, string> = {
  'accept-with-caution': 'Accept, with a little caution',
  decline: 'Decline',
};

/** Names of the verdict and follow-up criteria, typed by id: a missing name fails type checking. */
export const CHOICE_CRITERIA: Record<ChoiceCriterionId, string> = {
  verdict: 'What to do',
  decision: 'Your decision',
};

/**
 * A criterion id in words: `flag:no-reason` is "No reason given", others come from `names` (by
 * default every criterion's name; islands pass only theirs, to keep the others off the page).
 */
export function criterionLabel(
  id: string,
  names: Record<string, string> = { ...CHOICE_CRITERIA, ...WRITING_CRITERIA },
): string {
  const flag = id.startsWith('flag:') && FLAG_LABELS[id.slice(5) as RedFlag];
  return flag || names[id] || id;
}

export { formatScore } from './format';
