/**
 * Importing a class's results files: validate each, check it belongs to the assignment, regrade
 * it, and summarise. Pure: the page, the command line and the benchmark all call `buildGradebook`.
 */
import { assignmentFingerprint } from '../assignment/fingerprint';
import { assignmentItems, type AssignmentItem } from '../assignment/items';
import type { Assignment } from '../schemas/assignment';
import type { Scenario } from '../schemas/scenario';
import type { ResultsFile } from '../schemas/submission';
import { toCsv } from './csv';
import { gradeResults, type StudentRow } from './grade';
import { parseResultsText } from './parse';
import { summarise, type ClassSummary } from './summary';

/** A file handed in: its name and its text. */
export interface ResultsInput {
  name: string;
  text: string;
}

/** A file that was not imported, and why. */
export interface RejectedFile {
  fileName: string;
  reason: string;
}

/** Everything the gradebook shows. */
export interface Gradebook {
  /** The assignment graded against (null when no file could be read and none was given). */
  assignment: Assignment | null;
  /** Where the assignment came from: the instructor's link, or the first valid file. */
  assignmentSource: 'link' | 'files' | null;
  /** The questions, as the columns of the table. */
  items: AssignmentItem[];
  /** Scenarios of the assignment this site's bank does not have (skipped in grading). */
  unknownScenarios: string[];
  rows: StudentRow[];
  rejected: RejectedFile[];
  summary: ClassSummary;
}

/**
 * Builds the gradebook from files. With `assignment` (from the instructor's link) every file must
 * be for that assignment; without it, the first valid file decides and later files for another
 * assignment are rejected. Rows keep the order of the files.
 */
export function buildGradebook(
  inputs: readonly ResultsInput[],
  bank: ReadonlyMap<string, Scenario>,
  assignment: Assignment | null = null,
): Gradebook {
  const rejected: RejectedFile[] = [];
  const valid: { fileName: string; file: ResultsFile }[] = [];
  for (const input of inputs) {
    const parsed = parseResultsText(input.text);
    if (parsed.ok) valid.push({ fileName: input.name, file: parsed.file });
    else rejected.push({ fileName: input.name, reason: parsed.reason });
  }
  const chosen = assignment ?? valid[0]?.file.assignment ?? null;
  const source = assignment ? 'link' : chosen ? 'files' : null;
  const rows: StudentRow[] = [];
  const seen = new Set<string>();
  if (chosen) {
    const fingerprint = assignmentFingerprint(chosen);
    for (const { fileName, file } of valid) {
      if (assignmentFingerprint(file.assignment) !== fingerprint) {
        rejected.push({
          fileName,
          reason: `This file is for another assignment ("${file.assignment.title.slice(0, 80)}"), not "${chosen.title.slice(0, 80)}".`,
        });
        continue;
      }
      const row = gradeResults(file, fileName, chosen, bank);
      const key = row.name.toLowerCase();
      if (seen.has(key)) row.warnings.push('Another file has the same student name.');
      seen.add(key);
      rows.push(row);
    }
  }
  const expanded = chosen ? assignmentItems(chosen, bank) : { items: [], unknown: [] };
  return {
    assignment: chosen,
    assignmentSource: source,
    items: expanded.items,
    unknownScenarios: expanded.unknown,
    rows,
    rejected,
    summary: summarise(rows, bank),
  };
}

/** The column heading of a question: "betty-same-school: reply". */
export const itemHeading = (item: AssignmentItem): string => `${item.scenario}: ${item.task}`;

/**
 * The gradebook as CSV: one row per student with the total, pass or not, and each question's
 * percentage; then one row per rejected file with its reason.
 */
export function gradebookCsv(book: Gradebook): string {
  const header = [
    'Student',
    'File',
    'Total %',
    'Passed',
    ...book.items.map((i) => `${itemHeading(i)} %`),
    'Notes',
  ];
  const rows = book.rows.map((r) => [
    r.name,
    r.fileName,
    r.percent,
    r.passed,
    ...r.items.map((i) => Math.round(i.share * 1000) / 10),
    r.warnings.join(' '),
  ]);
  const rejected = book.rejected.map((r) => [
    '(not imported)',
    r.fileName,
    null,
    null,
    ...book.items.map(() => null),
    r.reason,
  ]);
  return toCsv([header, ...rows, ...rejected]);
}
