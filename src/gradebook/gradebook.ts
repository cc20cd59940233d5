/**
 * Importing a class's results files: validate each, check it belongs to the assignment, regrade
 * it, and summarise. Pure: the page, the command line and the benchmark all call `buildGradebook`.
 */
import { assignmentDifferences, assignmentFingerprint } from '../assignment/fingerprint';
import { assignmentItems, type AssignmentItem } from '../assignment/items';
import type { Assignment } from '../schemas/assignment';
import type { Scenario } from '../schemas/scenario';
import { toCsv } from './csv';
import { gradeResults, type StudentRow } from './grade';
import { parseResultsText, type ParsedResults } from './parse';
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
  /** Where the assignment came from: the instructor's link, or every valid file agreeing on it. */
  assignmentSource: 'link' | 'files' | null;
  /** The questions, as the columns of the table. */
  items: AssignmentItem[];
  /** Scenarios of the assignment this site's bank does not have (skipped in grading). */
  unknownScenarios: string[];
  rows: StudentRow[];
  rejected: RejectedFile[];
  summary: ClassSummary;
  /**
   * Without the instructor's assignment, the different assignments the valid files carry (empty
   * when they all agree): nothing is graded then, since no file may decide for the others.
   */
  conflicts: AssignmentGroup[];
}

/** The files that carry one assignment. */
export interface AssignmentGroup {
  assignment: Assignment;
  fileNames: string[];
}

/** What became of one file: a student's row, or a reason it was set aside. */
export type FileOutcome = { row: StudentRow } | { rejected: RejectedFile };

/**
 * Validates one file, checks it is for `assignment` (by fingerprint; a file that differs is set
 * aside with what differs, e.g. "This file's pass mark is 10%, the assignment's is 80%.") and
 * regrades it. Pure and independent of the other files, so the page can run it in several
 * workers at once.
 */
export function gradeInput(
  input: ResultsInput,
  assignment: Assignment,
  bank: ReadonlyMap<string, Scenario>,
  fingerprint = assignmentFingerprint(assignment),
): FileOutcome {
  return gradeParsed(input.name, parseResultsText(input.text), assignment, bank, fingerprint);
}

/** {@link gradeInput} for a file already parsed (named `name`). */
function gradeParsed(
  name: string,
  parsed: ParsedResults,
  assignment: Assignment,
  bank: ReadonlyMap<string, Scenario>,
  fingerprint: string,
): FileOutcome {
  if (!parsed.ok) return { rejected: { fileName: name, reason: parsed.reason } };
  const file = parsed.file;
  if (assignmentFingerprint(file.assignment) !== fingerprint) {
    return { rejected: { fileName: name, reason: mismatchReason(file.assignment, assignment) } };
  }
  return { row: gradeResults(file, name, assignment, bank) };
}

/**
 * Why a file made for `fileAssignment` is not graded against `expected`: every difference, then
 * what to do. Most often the student opened another link, or edited the file.
 */
export function mismatchReason(fileAssignment: Assignment, expected: Assignment): string {
  const differences = assignmentDifferences(fileAssignment, expected);
  return `${differences.join(' ')} It was made for another assignment or edited: check the link the student used, or ask them to download the results again from your link.`;
}

/**
 * The valid files grouped by the assignment they carry, largest group first (ties in file order).
 * One group: every file agrees. Used when the instructor gave no assignment.
 */
function groupByAssignment(
  files: readonly { name: string; parsed: ParsedResults }[],
): AssignmentGroup[] {
  const groups = new Map<string, AssignmentGroup>();
  for (const { name, parsed } of files) {
    if (!parsed.ok) continue;
    const key = assignmentFingerprint(parsed.file.assignment);
    const group = groups.get(key);
    if (group) group.fileNames.push(name);
    else groups.set(key, { assignment: parsed.file.assignment, fileNames: [name] });
  }
  return [...groups.values()].sort((a, b) => b.fileNames.length - a.fileNames.length);
}

/** Why every file is set aside when the files disagree and no assignment was given. */
export const DISAGREE_REASON =
  'The files are for different assignments and no assignment link was given, so none was graded: give the link of the assignment you set.';

/** One line per group, for the page and the command line: "Week 3 (pass mark 80%): a.json, b.json". */
export function describeGroups(groups: readonly AssignmentGroup[], base?: Assignment): string[] {
  const reference = base ?? groups[0]?.assignment;
  return groups.map((g, i) => {
    const files =
      g.fileNames.length > 5
        ? `${g.fileNames.slice(0, 5).join(', ')} and ${g.fileNames.length - 5} more`
        : g.fileNames.join(', ');
    const how =
      i === 0 || !reference ? '' : ` (${assignmentDifferences(g.assignment, reference).join(' ')})`;
    return `"${g.assignment.title.slice(0, 80)}", pass mark ${g.assignment.passMark}%, ${g.fileNames.length} file${g.fileNames.length === 1 ? '' : 's'}: ${files}${how}`;
  });
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
    conflicts: [],
  };
}

/**
 * Builds the gradebook from files. With `assignment` (from the instructor's link) every file must
 * be for that assignment. Without it, the valid files must all carry the same assignment, which
 * is then graded; when they differ, none is graded (no file decides for the others) and
 * `conflicts` lists the assignments found. Rows keep the order of the files.
 */
export function buildGradebook(
  inputs: readonly ResultsInput[],
  bank: ReadonlyMap<string, Scenario>,
  assignment: Assignment | null = null,
): Gradebook {
  // Each file is parsed once, for grouping and for grading.
  const files = inputs.map((input) => ({ name: input.name, parsed: parseResultsText(input.text) }));
  const groups = assignment ? [] : groupByAssignment(files);
  const chosen = assignment ?? (groups.length === 1 ? groups[0]!.assignment : null);
  if (!chosen) {
    const outcomes = files.map(({ name, parsed }): FileOutcome => ({
      rejected: { fileName: name, reason: parsed.ok ? DISAGREE_REASON : parsed.reason },
    }));
    return { ...assembleGradebook(outcomes, null, null, bank), conflicts: groups };
  }
  const fingerprint = assignmentFingerprint(chosen);
  const outcomes = files.map(({ name, parsed }) =>
    gradeParsed(name, parsed, chosen, bank, fingerprint),
  );
  return assembleGradebook(outcomes, chosen, assignment ? 'link' : 'files', bank);
}

/** The column heading of a question: "betty-same-school: reply". */
export const itemHeading = (item: AssignmentItem): string => `${item.scenario}: ${item.task}`;

/** A percentage for the CSV: a whole number, so it reads the same in every locale. */
const wholePercent = (share: number): number => Math.round(share * 100);

/**
 * A total for the CSV: the whole percent, rounded down so that a total showing the pass mark has
 * passed (79.6% is written 79 and "no" against a pass mark of 80).
 */
export const csvTotal = (percent: number): number => Math.floor(percent + 1e-9);

/**
 * The gradebook as CSV, for a spreadsheet or an LMS's grade import: a header, then one row per
 * imported student (name, the student number or email they gave, file, total, passed, each
 * question's percentage, notes). Only students: the files not imported are in
 * {@link problemsCsv}. Every number is a whole percentage (no decimal separator to misread);
 * yes/no for passed; text is quoted and neutralised (see csv.ts).
 */
export function gradebookCsv(book: Gradebook): string {
  const header = [
    'Student',
    'Student ID or email',
    'File',
    'Total %',
    'Passed',
    ...book.items.map((i) => `${itemHeading(i)} %`),
    'Notes',
    'Instructor comments',
  ];
  const rows = book.rows.map((r) => [
    r.name,
    r.studentId,
    r.fileName,
    csvTotal(r.percent),
    r.passed,
    ...r.items.map((i) => wholePercent(i.share)),
    r.warnings.join(' '),
    instructorNotes(r.items),
  ]);
  return toCsv([header, ...rows]);
}

/**
 * The instructor's overrides and comments of one row, for the CSV: "Q2 betty-same-school: reply:
 * 80% (grader 60%). Good, but sign it." (items without an override say nothing).
 */
function instructorNotes(
  items: readonly (StudentRow['items'][number] & {
    override?: { percent: number | null; comment: string };
    graderShare?: number;
  })[],
): string {
  return items
    .flatMap((item, i) => {
      const o = item.override;
      if (!o) return [];
      const score =
        o.percent === null
          ? ''
          : ` ${o.percent}% (grader ${wholePercent(item.graderShare ?? item.share)}%).`;
      return [`Q${i + 1} ${itemHeading(item)}:${score}${o.comment ? ` ${o.comment.trim()}` : ''}`];
    })
    .join(' ');
}

/** The files not imported as CSV: file and reason, one row each (just the header when none). */
export function problemsCsv(book: Gradebook): string {
  return toCsv([
    ['File not imported', 'Reason'],
    ...book.rejected.map((r) => [r.fileName, r.reason.replace(/\n/g, ' ')]),
  ]);
}
