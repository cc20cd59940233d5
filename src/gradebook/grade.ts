/**
 * Regrading: every answer in a results file is graded again with the current grader against the
 * current bank. Nothing the file says about scores is read (the schema drops such fields), so a
 * student cannot raise their grade by editing the file.
 */
import { assignmentItems, type AssignmentItem } from '../assignment/items';
import { weightsOf, type Assignment } from '../schemas/assignment';
import type { Scenario } from '../schemas/scenario';
import type { ResultsFile, ScenarioAnswer } from '../schemas/submission';
import type { GradeResult } from '../grader/types';
import { answerFor, gradeTask, type TaskAnswer } from '../tasks';

/** One question of a student's assignment, regraded. */
export interface GradedItem extends AssignmentItem {
  /** Fraction of the question's points earned, 0 to 1. */
  share: number;
  result: GradeResult;
  /** What the student answered (null when the file has no answer for it). */
  answer: TaskAnswer | null;
}

/** One student's regraded results: a row of the gradebook. */
export interface StudentRow {
  name: string;
  /** The student number or email the student gave ('' when none). */
  studentId: string;
  /** The file it came from. */
  fileName: string;
  startedAt: string;
  finishedAt: string;
  items: GradedItem[];
  /** Overall percentage, each question weighted by its kind (the assignment's weights; one decimal). */
  percent: number;
  passed: boolean;
  /** Things the instructor should know about this file (ignored answers, a repeated name). */
  warnings: string[];
}

/**
 * The total of graded questions in percent (one decimal): each question's share of its points
 * times its kind's weight, over the sum of the weights. 0 when there is no question.
 */
export function weightedPercent(
  items: readonly Pick<GradedItem, 'task' | 'share'>[],
  assignment: Pick<Assignment, 'weights'>,
): number {
  const weights = weightsOf(assignment);
  let earned = 0;
  let total = 0;
  for (const item of items) {
    earned += weights[item.task] * item.share;
    total += weights[item.task];
  }
  return total ? Math.round((earned / total) * 1000) / 10 : 0;
}

/**
 * Regrades a results file against `assignment` (the instructor's, not necessarily the file's) and
 * the `bank`. A question with no answer scores zero; answers to scenarios outside the assignment
 * are ignored and reported in `warnings`.
 */
export function gradeResults(
  file: ResultsFile,
  fileName: string,
  assignment: Assignment,
  bank: ReadonlyMap<string, Scenario>,
): StudentRow {
  const byScenario = new Map<string, ScenarioAnswer>();
  const warnings: string[] = [];
  for (const a of file.answers) {
    if (!assignment.scenarios.includes(a.scenario)) {
      warnings.push(`An answer for "${a.scenario}", which is not in this assignment, was ignored.`);
    } else if (byScenario.has(a.scenario)) {
      warnings.push(`"${a.scenario}" is answered twice; the first answer was graded.`);
    } else byScenario.set(a.scenario, a);
  }
  const items = assignmentItems(assignment, bank).items.map((item): GradedItem => {
    const answer = answerFor(item.task, byScenario.get(item.scenario));
    const graded = gradeTask(bank.get(item.scenario)!, item.task, answer ?? {});
    return { ...item, ...graded, answer };
  });
  const percent = weightedPercent(items, assignment);
  return {
    name: file.student.name,
    studentId: file.student.id ?? '',
    fileName,
    startedAt: file.startedAt,
    finishedAt: file.finishedAt,
    items,
    percent,
    passed: percent >= assignment.passMark,
    warnings,
  };
}
