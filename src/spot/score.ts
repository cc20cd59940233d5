import type { SpotTask } from './task';

/** How a selection of parts did against the task's targets. */
export interface SpotScore {
  /** Indexes of the targets found: at least one of their parts is marked. */
  found: number[];
  /** Indexes of the targets not found. */
  missed: number[];
  /** Ids of marked parts that show no red flag. */
  falseAlarms: string[];
  /** Every red flag found and nothing else marked. */
  passed: boolean;
}

/** Scores the parts the learner marked (their ids) against the task's red flags. */
export function scoreSpot(task: Pick<SpotTask, 'targets'>, selected: readonly string[]): SpotScore {
  const found: number[] = [];
  const missed: number[] = [];
  task.targets.forEach((target, i) =>
    (target.parts.some((id) => selected.includes(id)) ? found : missed).push(i),
  );
  const falseAlarms = selected.filter((id) => !task.targets.some((t) => t.parts.includes(id)));
  return { found, missed, falseAlarms, passed: !missed.length && !falseAlarms.length };
}
