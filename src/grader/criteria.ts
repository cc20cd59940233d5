/**
 * Every criterion id the grader gives, as lists (in the order results list them) and as types: the
 * rule lists, the results and the UI's label tables share them, so a rule or label that is missing
 * fails type checking.
 */
import type { RedFlag } from '../schemas/scenario';

/** The reply criteria, in the order results list them. */
export const REPLY_CRITERIA = [
  'greets-by-name',
  'names-the-claim',
  'corrects-the-claim',
  'graceful-out',
  'asks-how-we-know',
  'asks-how-to-help',
  'courteous',
  'concise',
  'does-not-accept',
  'keeps-private',
] as const;

/** The note criteria, in the order results list them. */
export const NOTE_CRITERIA = [
  'greets-by-name',
  'says-how-we-know',
  'gives-a-reason',
  'within-limit',
  'no-pitch',
  'courteous',
  'honest',
] as const;

/** A criterion of a clarifying reply. */
export type ReplyCriterionId = (typeof REPLY_CRITERIA)[number];
/** A criterion of an invitation note. */
export type NoteCriterionId = (typeof NOTE_CRITERIA)[number];
/** A criterion of a written exercise (a reply or a note). */
export type WritingCriterionId = ReplyCriterionId | NoteCriterionId;
/** One criterion per red flag: `flag:false-classmate`. */
export type FlagCriterionId = `flag:${RedFlag}`;
/** The verdict's and the follow-up's own criterion. */
export type ChoiceCriterionId = 'verdict' | 'decision';
/** Every criterion id a grade result may carry. */
export type CriterionId = WritingCriterionId | FlagCriterionId | ChoiceCriterionId;
