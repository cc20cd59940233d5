/**
 * An assignment's link to the LMS, like `./quiz.ts` for the self-assessment. In an LMS the
 * score is computed in the browser with the same grader the instructor's gradebook uses (the
 * LMS has no other way to get one); outside a package these functions do nothing.
 */
import { buildResultsFile, type StudentAnswer } from '~/assignment/results';
import { gradeResults } from '~/gradebook/grade';
import type { Assignment } from '~/schemas/assignment';
import type { Scenario } from '~/schemas/scenario';
import { TASK_KINDS } from '~/tasks';
import { activityItems } from './answers';
import type { CourseBridge } from './bridge';
import { lmsBridge } from './browser';

/**
 * The package's launch page keeps assignment runs in the LMS's resume data itself; kept for the
 * island's effect. Returns a function for the effect's cleanup.
 */
export function syncAssignmentRun(_fingerprint: string): () => void {
  return () => {};
}

/**
 * Grades the answers so far and reports them: each answered question as an interaction, and
 * once the student reaches the end, the score against the assignment's pass mark.
 */
export function reportAssignmentScore(
  assignment: Assignment,
  answers: Readonly<Record<string, StudentAnswer | undefined>>,
  bank: ReadonlyMap<string, Scenario>,
  finished: boolean,
  bridge: CourseBridge | undefined = lmsBridge,
  fingerprint = assignment.title,
): boolean {
  if (!bridge?.connected) return false;
  const now = new Date().toISOString();
  const file = buildResultsFile({ assignment, name: '', startedAt: now, finishedAt: now, answers });
  const { percent, items } = gradeResults(file, '', assignment, bank);
  const questions = items.map((item) => ({
    scenario: item.scenario,
    kind: item.task,
    name: TASK_KINDS[item.task].name,
    skill: TASK_KINDS[item.task].skill,
    share: item.share,
    passed: item.result.passed,
    answer: item.answer,
  }));
  bridge.report({
    activity: 'assignment',
    key: fingerprint,
    percent,
    passMark: assignment.passMark,
    finished,
    questions: questions.length,
    items: activityItems(
      'assignment',
      fingerprint.replace(/\s+/g, '-').slice(0, 60),
      questions,
      now,
    ),
  });
  return true;
}
