/**
 * Assignments a student is working on, so that a reload keeps their name and answers until they
 * download the results.
 *
 * Stored under the key `snty:assignment` as JSON, through the shared storage engine (same fault
 * handling as progress and drafts). Shapes:
 *
 * - **v1** (current): `{ v: 1, runs: { [assignment fingerprint]: { name, startedAt, answers:
 *   { [scenario id]: StudentAnswer }, current, part?, finished?, at } } }`. Keyed by the
 *   assignment's fingerprint so two assignments never mix; only the {@link MAX_ASSIGNMENT_RUNS}
 *   most recent are kept. `part`, `finished` and `studentId` came later as optional fields (a run
 *   without them is in part 1, not finished, with no student ID), so runs saved before them still
 *   load unchanged.
 *
 * Migrations: none yet, v1 is the first shape. To change it, bump `version`, add
 * `migrations[1] = (old: AssignmentRunsV1) => AssignmentRunsV2` and describe it here.
 */
import type { StudentAnswer } from '../assignment/results';
import { runsStore, type RunsStore } from './runs';
import { isRecord } from './versioned-atom';

/** One student's work on one assignment. */
export interface AssignmentRun {
  /** The name the student gave ('' until they give it). */
  name: string;
  /** The student number or email the student gave, if any (came later: optional). */
  studentId?: string;
  /** When they started (ISO 8601). */
  startedAt: string;
  /** Answers by scenario id. */
  answers: Record<string, StudentAnswer>;
  /**
   * The question on screen, counted within its part; equal to the part's number of questions on
   * the screen that ends the part.
   */
  current: number;
  /**
   * 2 once the student has moved on to the follow-ups: part 1 (verdicts, flags, replies) is then
   * locked, because the follow-ups show which invitations deserved a reply. Absent: part 1.
   */
  part?: 1 | 2;
  /** True once the student pressed Finish: every answer is final, the score is shown. */
  finished?: boolean;
  /** Last change (ISO 8601). */
  at: string;
}

/** The stored runs, version 1. */
export type AssignmentRuns = RunsStore<AssignmentRun>;

/** How many assignments are remembered. */
export const MAX_ASSIGNMENT_RUNS = 10;

/** True when `x` has the shape of one stored assignment run (also checks LMS resume data). */
export const isAssignmentRun = (x: unknown): x is AssignmentRun =>
  isRecord(x) &&
  typeof x.name == 'string' &&
  (x.studentId === undefined || typeof x.studentId == 'string') &&
  typeof x.startedAt == 'string' &&
  isRecord(x.answers) &&
  typeof x.current == 'number' &&
  typeof x.at == 'string' &&
  (x.part === undefined || x.part === 1 || x.part === 2) &&
  (x.finished === undefined || typeof x.finished == 'boolean');

/** Assignment runs by assignment fingerprint. */
export const assignmentRuns = runsStore<AssignmentRun, 1>({
  key: 'snty:assignment',
  version: 1,
  max: MAX_ASSIGNMENT_RUNS,
  isRun: isAssignmentRun,
  fresh: () => {
    const now = new Date().toISOString();
    return { name: '', startedAt: now, answers: {}, current: 0, at: now };
  },
});

/** Every saved assignment run. */
export const $assignmentRuns = assignmentRuns.$runs;
