/**
 * An assignment's link to the LMS, like `./quiz.ts` for the self-assessment. In an LMS the
 * score is computed in the browser with the same grader the instructor's gradebook uses (the
 * LMS has no other way to get one); outside an LMS these functions do nothing.
 */
import { buildResultsFile, type StudentAnswer } from '~/assignment/results';
import { gradeResults } from '~/gradebook/grade';
import type { Assignment } from '~/schemas/assignment';
import type { Scenario } from '~/schemas/scenario';
import { assignmentRuns } from '~/stores/assignment';
import { lms } from './browser';
import { syncRun } from './runs';
import type { LmsSession } from './session';

/**
 * Keeps the student's work on the assignment `fingerprint` in the LMS's resume data (see
 * `syncRun`). Returns a function that stops it.
 */
export function syncAssignmentRun(fingerprint: string, session: LmsSession = lms): () => void {
  return syncRun(session, assignmentRuns, fingerprint, `asg:${fingerprint}`);
}

/**
 * Grades the answers so far and reports them: incomplete while the student works, passed or
 * failed against the assignment's pass mark once they reach the end.
 */
export function reportAssignmentScore(
  assignment: Assignment,
  answers: Readonly<Record<string, StudentAnswer | undefined>>,
  bank: ReadonlyMap<string, Scenario>,
  finished: boolean,
  session: LmsSession = lms,
): boolean {
  if (!session.connected) return false;
  const now = new Date().toISOString();
  const file = buildResultsFile({ assignment, name: '', startedAt: now, finishedAt: now, answers });
  const { percent } = gradeResults(file, '', assignment, bank);
  return session.reportScore({
    score: percent,
    maxScore: 100,
    passMark: assignment.passMark / 100,
    complete: finished,
  });
}
