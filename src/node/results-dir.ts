/**
 * The gradebook on the command line (Node only: it reads files). `npm run grade -- --results DIR`
 * calls `resultsToCsv`; the browser gradebook does the same regrading from dropped files.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { loadBank } from './bank';
import { withOwnScenarios } from '../assignment/own';
import type { Assignment } from '../schemas/assignment';
import type { Scenario } from '../schemas/scenario';
import { MAX_RESULTS_BYTES } from '../schemas/submission';
import {
  buildGradebook,
  describeGroups,
  gradebookCsv,
  type Gradebook,
  type ResultsInput,
} from '../gradebook/gradebook';
import { TOO_LARGE_REASON } from '../gradebook/parse';

/** Reads every `*.json` file of `dir` (sorted by name); a file too large is not read at all. */
async function readResultsDir(
  dir: string,
): Promise<{ inputs: ResultsInput[]; tooLarge: string[] }> {
  const names = (await readdir(dir)).filter((f) => f.toLowerCase().endsWith('.json')).sort();
  const inputs: ResultsInput[] = [];
  const tooLarge: string[] = [];
  for (const name of names) {
    const path = join(dir, name);
    const info = await stat(path);
    if (!info.isFile()) continue;
    if (info.size > MAX_RESULTS_BYTES) tooLarge.push(name);
    else inputs.push({ name, text: await readFile(path, 'utf8') });
  }
  return { inputs, tooLarge };
}

/** Regrades the results files of `dir` with `bank` and returns the gradebook. */
export async function gradebookFromDir(
  dir: string,
  bank: ReadonlyMap<string, Scenario>,
  assignment: Assignment | null = null,
): Promise<Gradebook> {
  const { inputs, tooLarge } = await readResultsDir(dir);
  const book = buildGradebook(inputs, bank, assignment);
  for (const fileName of tooLarge) {
    book.rejected.push({ fileName, reason: TOO_LARGE_REASON });
  }
  return book;
}

/** Regrades the results files of `dir` against `bank` and returns the CSV text. */
export async function gradeResultsDir(
  dir: string,
  bank: ReadonlyMap<string, Scenario>,
): Promise<string> {
  return gradebookCsv(await gradebookFromDir(dir, bank));
}

/**
 * For the CLI: regrades `dir` against the course's own bank and `assignment` (the instructor's;
 * without it every file must carry the same one). `csv` is the gradebook (rejected files included
 * as rows with their reason); `errors` lists, one line each, the files not imported, the
 * assignments found when the files disagree, and any bank file that failed to load, for stderr
 * and a non-zero exit.
 */
export async function resultsToCsv(
  dir: string,
  assignment: Assignment | null = null,
): Promise<{ csv: string; errors: string[] }> {
  const { scenarios, problems } = loadBank();
  // The link's own scenarios (the instructor's, carried inline) join the bank.
  const bank = withOwnScenarios(scenarios, assignment, (s) => s);
  const book = await gradebookFromDir(dir, bank, assignment);
  const conflicts = book.conflicts.length
    ? [
        `the files are for ${book.conflicts.length} different assignments, so none was graded; give the link of the one you set with --assignment LINK. Found:`,
        ...describeGroups(book.conflicts).map((line) => `  ${line}`),
      ]
    : [];
  const errors = [
    ...problems.map((p) => `scenario bank: ${p.file}: ${p.error}`),
    ...conflicts,
    ...book.rejected.map((r) => `${r.fileName}: ${r.reason.replace(/\n/g, ' ')}`),
    ...book.unknownScenarios.map(
      (id) => `assignment: scenario "${id}" is not in the bank; it was not graded`,
    ),
  ];
  return { csv: gradebookCsv(book), errors };
}
