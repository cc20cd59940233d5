/**
 * A gradebook worker: reads a share of the dropped files and regrades them, so a class of 1,000
 * files is graded on several cores while the page stays responsive. Same pure code as the main
 * thread (`gradeShare`), so the outcome cannot differ.
 */
import type { FileOutcome } from '~/gradebook/gradebook';
import type { Assignment } from '~/schemas/assignment';
import type { Scenario } from '~/schemas/scenario';
import type { ImportedFile } from './pick';
import { gradeShare } from './read';

/** What the page sends: the files of this share, the bank and the assignment to grade against. */
export interface GradeRequest {
  /** Matches the answer to the request: a warm worker serves several imports. */
  id: number;
  files: ImportedFile[];
  bank: Scenario[];
  assignment: Assignment;
}

/**
 * Drops the feedback sentences before posting: a class's feedback is tens of megabytes to copy
 * between threads, while the table, summary and CSV need only which criteria were met. The page
 * regrades one student's answers (a millisecond) when their row is opened.
 */
export function slim(outcome: FileOutcome): FileOutcome {
  if (!('row' in outcome)) return outcome;
  const items = outcome.row.items.map((item) => ({
    ...item,
    result: {
      ...item.result,
      criteria: item.result.criteria.map((c) => ({ id: c.id, met: c.met, feedback: '' })),
    },
  }));
  return { row: { ...outcome.row, items } };
}

addEventListener('message', async (event: MessageEvent<GradeRequest>) => {
  const { id, files, bank, assignment } = event.data;
  const map = new Map(bank.map((s) => [s.id, s]));
  const outcomes = (await gradeShare(files, assignment, map)).map(slim);
  postMessage({ id, outcomes });
});
