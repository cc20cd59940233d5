/**
 * The course's grader: pure functions from a scenario and a learner's response to a plain result
 * `{ score, maxScore, passed, criteria }`. No DOM, no stores, no clock, no randomness: the same call
 * runs in the browser, in tests and in the CLI. See docs/grader.md for the criteria and scoring.
 */
export { gradeVerdict, FLAG_MEANING, VERDICT_POINTS } from './verdict';
export { gradeReply, REPLY_CRITERIA, MIN_WORDS, MAX_WORDS } from './reply';
export { gradeNote, NOTE_CRITERIA, NOTE_LIMIT, FREE_NOTE_LIMIT } from './note';
export { gradeFollowUp } from './followup';
export { PASS_RATIO } from './result';
export { displayFirstName } from './names';
export type { Criterion, FollowUpDecision, GradeResult, VerdictResponse } from './types';
export type { NoteTarget, RedFlag, Route, Scenario, Verdict } from '../schemas/scenario';

/** Version of the grading rules; stored with results so a later regrade can tell them apart. */
export const GRADER_VERSION = '1.3.0';
