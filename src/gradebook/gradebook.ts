/**
 * Importing a class's results files: validate each, check it belongs to the assignment, regrade
 * it, and summarise. Pure: the page, the command line and the benchmark all call `buildGradebook`.
 */
import { assignmentFingerprint } from '../assignment/fingerprint';
import { assignmentItems, type AssignmentItem } from '../assignment/items';
import type { Assignment } from '../schemas/assignment';
import type { Scenario } from '../schemas/scenario';
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

/** What became of one file: a student's row, or a reason it was set aside. */
export type FileOutcome = { row: StudentRow } | { rejected: RejectedFile };

/**
 * Validates one file, checks it is for `assignment` (by fingerprint) and regrades it. Pure and
 * independent of the other files, so the page can run it in several workers at once.
 */
export function gradeInput(
  input: ResultsInput,
  assignment: Assignment,
  bank: ReadonlyMap<string, Scenario>,
  fingerprint = assignmentFingerprint(assignment),
): FileOutcome {
  const parsed = parseResultsText(input.text);
  if (!parsed.ok) return { rejected: { fileName: input.name, reason: parsed.reason } };
  const file = parsed.file;
  if (assignmentFingerprint(file.assignment) !== fingerprint) {
    return {
      rejected: {
        fileName: input.name,
        reason: `This file is for another assignment ("${file.assignment.title.slice(0, 80)}"), not "${assignment.title.slice(0, 80)}".`,
      },
    };
  }
  return { row: gradeResults(file, input.name, assignment, bank) };
}

/**
 * The assignment to grade against when the instructor gave no link: the first file that is a
 * valid results file decides. Null when none is.
 */
export function firstAssignment(inputs: readonly ResultsInput[]): Assignment | null {
  for (const input of inputs) {
    const parsed = parseResultsText(input.text);
    if (parsed.ok) return parsed.file.assignment;
  }
  return null;
}

/**
 * Puts the outcomes of every file (in file order) together: rows, files set aside, the
 * questions as columns, scenarios missing from the bank, repeated names and the class summary.
 */
export function assembleGradebook(
  outcomes: readonly FileOutcome[],
  assignment: Assignment | null,
  source: Gradebook['assignmentSource'],
  bank: ReadonlyMap<string, Scenario>,
): Gradebook {
  const rows: StudentRow[] = [];
  const rejected: RejectedFile[] = [];
  const seen = new Set<string>();
  for (const outcome of outcomes) {
    if ('rejected' in outcome) {
      rejected.push(outcome.rejected);
      continue;
    }
    const row = outcome.row;
    const key = row.name.toLowerCase();
    if (seen.has(key)) row.warnings.push('Another file has the same student name.');
    seen.add(key);
    rows.push(row);
  }
  const expanded = assignment ? assignmentItems(assignment, bank) : { items: [], unknown: [] };
  return {
    assignment,
    assignmentSource: assignment ? source : null,
    items: expanded.items,
    unknownScenarios: expanded.unknown,
    rows,
    rejected,
    summary: summarise(rows, bank),
  };
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
  const chosen = assignment ?? firstAssignment(inputs);
  if (!chosen) {
    const outcomes = inputs.map((input): FileOutcome => {
      const parsed = parseResultsText(input.text);
      return { rejected: { fileName: input.name, reason: parsed.ok ? '' : parsed.reason } };
    });
    return assembleGradebook(outcomes, null, null, bank);
  }
  const fingerprint = assignmentFingerprint(chosen);
  const outcomes = inputs.map((input) => gradeInput(input, chosen, bank, fingerprint));
  return assembleGradebook(outcomes, chosen, assignment ? 'link' : 'files', bank);
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
