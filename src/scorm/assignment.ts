/**
 * An assignment's link to the LMS, like `./quiz.ts` for the self-assessment. In an LMS the
 * score is computed in the browser with the same grader the instructor's gradebook uses (the
 * LMS has no other way to get one); outside a package these functions do nothing.
 */
import type { gradeResults } from '~/gradebook/grade';
import type { Assignment } from '~/schemas/assignment';
import { TASK_KINDS } from '~/tasks';
import { activityItems } from './answers';
import type { CourseBridge } from './bridge';
import { lmsBridge } from './browser';

/**
 * Reports the student's graded answers (the row the end screen shows, see gradeResults): each
 * answered question as an interaction, and once the student reaches the end, the score against
 * the assignment's pass mark. The package's launch page keeps the run in the LMS's resume data
 * itself. `key` names the run; a package holds one assignment, so its title does.
 */
export function reportAssignmentScore(
  assignment: Assignment,
  { percent, items }: Pick<ReturnType<typeof gradeResults>, 'percent' | 'items'>,
  finished: boolean,
  bridge: CourseBridge | undefined = lmsBridge,
  key = assignment.title,
): boolean {
  if (!bridge?.connected) return false;
  const now = new Date().toISOString();
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
    key,
    percent,
    passMark: assignment.passMark,
    finished,
    questions: questions.length,
    items: activityItems('assignment', key.replace(/\s+/g, '-').slice(0, 60), questions, now),
  });
  return true;
}
