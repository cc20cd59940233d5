/**
 * The questions of an assignment, in two views.
 *
 * - **Graded** ({@link assignmentItems}): each scenario with each of the assignment's tasks that
 *   the scenario allows (a reply only where the best verdict is to reply, a follow-up only where
 *   the scenario has one). The gradebook and the student's score use these.
 * - **Asked** ({@link askedItems}): what the student page shows. Part 1 asks the same tasks of
 *   every scenario, whatever its answer key (the verdict and flags, and the reply question for
 *   every scenario when the assignment includes replies), so the questions never hint at a
 *   verdict. Part 2 asks the follow-ups; the student reaches it only once part 1 is locked, so a
 *   follow-up (which exists only where replying was right) cannot change an earlier verdict.
 *
 * A reply question asked about a scenario whose best verdict is not to reply is not graded
 * (see docs/instructors.md, "What students see").
 */
import type { Assignment, Task } from '../schemas/assignment';
import type { Scenario } from '../schemas/scenario';
import { TASK_KINDS, taskApplies } from '../tasks';

/** One question of an assignment. */
export interface AssignmentItem {
  scenario: string;
  task: Task;
}

/** A question's name for the instructor and the student: "Betty Carter: write the reply". */
export const questionName = (bank: ReadonlyMap<string, Scenario>, item: AssignmentItem): string =>
  `${bank.get(item.scenario)?.sender.name ?? item.scenario}: ${TASK_KINDS[item.task].name.toLowerCase()}`;

/** The order tasks come in for one scenario: judge it, reply, then decide on the answer. */
const ORDER: readonly Task[] = ['judge', 'reply', 'followup'];

/**
 * Expands an assignment into its graded questions, in its scenario order. Ids missing from
 * `bank` are returned in `unknown` instead of being asked.
 */
export function assignmentItems(
  assignment: Assignment,
  bank: ReadonlyMap<string, Scenario>,
): { items: AssignmentItem[]; unknown: string[] } {
  const items: AssignmentItem[] = [];
  const unknown: string[] = [];
  for (const id of assignment.scenarios) {
    const scenario = bank.get(id);
    if (!scenario) {
      unknown.push(id);
      continue;
    }
    for (const task of ORDER) {
      if (assignment.tasks.includes(task) && taskApplies(scenario, task))
        items.push({ scenario: id, task });
    }
  }
  return { items, unknown };
}

/**
 * Part 1 of what a student is asked: for every scenario, in order, the verdict and flags (when
 * the assignment has `judge`) and the reply question (when it has `reply`). A function of the
 * assignment alone: no answer key is read.
 */
export function firstPartItems(assignment: Assignment): AssignmentItem[] {
  return assignment.scenarios.flatMap((scenario) =>
    ORDER.filter((t) => t !== 'followup' && assignment.tasks.includes(t)).map((task) => ({
      scenario,
      task,
    })),
  );
}

/**
 * Part 2: one follow-up question per scenario of the assignment that has a sender's answer
 * (`withFollowUp`, the ids the page loaded follow-ups for), in the assignment's order; none when
 * the assignment does not ask follow-ups.
 */
export function followUpItems(
  assignment: Assignment,
  withFollowUp: ReadonlySet<string>,
): AssignmentItem[] {
  if (!assignment.tasks.includes('followup')) return [];
  return assignment.scenarios
    .filter((id) => withFollowUp.has(id))
    .map((scenario) => ({ scenario, task: 'followup' as const }));
}

/** Every question a student is asked: part 1, then the follow-ups of part 2. */
export function askedItems(
  assignment: Assignment,
  withFollowUp: ReadonlySet<string>,
): AssignmentItem[] {
  return [...firstPartItems(assignment), ...followUpItems(assignment, withFollowUp)];
}
