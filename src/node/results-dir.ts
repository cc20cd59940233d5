/**
 * The gradebook on the command line (Node only: it reads files). `npm run grade -- --results DIR`
 * calls `resultsToCsv`; the browser gradebook does the same regrading from dropped files, and
 * both open folders and zips with src/gradebook/archive.ts.
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { loadBank } from './bank';
import { listFiles } from './files';
import { withOwnScenarios } from '../assignment/own';
import type { Assignment } from '../schemas/assignment';
import type { Scenario } from '../schemas/scenario';
import { MAX_RESULTS_BYTES } from '../schemas/submission';
import {
  buildGradebook,
  describeGroups,
  gradebookCsv,
  type Gradebook,
  type RejectedFile,
  type ResultsInput,
} from '../gradebook/gradebook';
import {
  candidateText,
  expandPicked,
  isJsonPath,
  isZipPath,
  nothingFoundMessage,
  type PickedFile,
} from '../gradebook/archive';
import { TOO_LARGE_REASON } from '../gradebook/parse';

/**
 * Reads the results files of `dir`: every `*.json` in it and its subfolders, and those inside
 * `.zip` files (an LMS's "Download all submissions"), sorted by path. A file too large is not
 * read at all. `ignored` lists the other files found.
 */
export async function readResultsDir(dir: string): Promise<{
  inputs: ResultsInput[];
  rejected: RejectedFile[];
  ignored: string[];
}> {
  const paths = await listFiles(dir);
  const picked: PickedFile[] = [];
  const rejected: RejectedFile[] = [];
  const ignored: string[] = [];
  for (const path of paths) {
    if (!isJsonPath(path) && !isZipPath(path)) {
      ignored.push(path);
      continue;
    }
    const full = join(dir, path);
    // A zip may hold a whole class; a results file over the limit is not read.
    if (isJsonPath(path) && (await stat(full)).size > MAX_RESULTS_BYTES) {
      rejected.push({ fileName: path, reason: TOO_LARGE_REASON });
    } else picked.push({ path, bytes: new Uint8Array(await readFile(full)) });
  }
  const expanded = expandPicked(picked);
  return {
    inputs: expanded.candidates.map((c) => ({ name: c.name, text: candidateText(c) })),
    rejected: [...rejected, ...expanded.rejected],
    ignored: [...ignored, ...expanded.ignored],
  };
}

/** Regrades the results files of `dir` with `bank` and returns the gradebook. */
export async function gradebookFromDir(
  dir: string,
  bank: ReadonlyMap<string, Scenario>,
  assignment: Assignment | null = null,
): Promise<Gradebook> {
  const { inputs, rejected } = await readResultsDir(dir);
  const book = buildGradebook(inputs, bank, assignment);
  book.rejected.push(...rejected);
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
 * For the CLI: regrades `dir` (its subfolders and zips included) against the course's own bank
 * and `assignment` (the instructor's; without it every file must carry the same one). `csv` is
 * the gradebook (the files not imported in their own section, with their reason), or empty when
 * no results file was found; `errors` lists, one line each, that nothing was found, the files not
 * imported, the assignments found when the files disagree, and any bank file that failed to
 * load, for stderr and a non-zero exit.
 */
export async function resultsToCsv(
  dir: string,
  assignment: Assignment | null = null,
): Promise<{ csv: string; errors: string[] }> {
  const { inputs, rejected, ignored } = await readResultsDir(dir);
  if (!inputs.length && !rejected.length) {
    return { csv: '', errors: [nothingFoundMessage(dir, ignored)] };
  }
  const { scenarios, problems } = loadBank();
  // The link's own scenarios (the instructor's, carried inline) join the bank.
  const bank = withOwnScenarios(scenarios, assignment, (s) => s);
  const book = buildGradebook(inputs, bank, assignment);
  book.rejected.push(...rejected);
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
