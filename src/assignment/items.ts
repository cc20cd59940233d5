/**
 * The questions an assignment asks: each scenario with each of the assignment's tasks that the
 * scenario allows (a reply only where the best verdict is to reply, a follow-up only where the
 * scenario has one). The student page and the gradebook expand assignments the same way.
 */
import type { Assignment, Task } from '../schemas/assignment';
import type { Scenario } from '../schemas/scenario';
import { taskApplies } from '../tasks';

/** One question of an assignment. */
export interface AssignmentItem {
  scenario: string;
  task: Task;
}

/** The order tasks come in for one scenario: judge it, reply, then decide on the answer. */
const ORDER: readonly Task[] = ['judge', 'reply', 'followup'];

/**
 * Expands an assignment into questions, in its scenario order. Ids missing from `bank` are
 * returned in `unknown` instead of being asked.
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
