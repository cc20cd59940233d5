import { assignmentFingerprint } from '~/assignment/fingerprint';
import { gradeInput, type FileOutcome } from '~/gradebook/gradebook';
import type { Assignment } from '~/schemas/assignment';
import type { Scenario } from '~/schemas/scenario';
import { MAX_RESULTS_BYTES } from '~/schemas/submission';
import type { ImportedFile } from './pick';

/**
 * A file's text; a file over the size limit is not read at all but stands in as an oversized
 * text, which validation then rejects with the size reason.
 */
export async function readFileText(file: Blob): Promise<string> {
  if (file.size > MAX_RESULTS_BYTES) return ' '.repeat(MAX_RESULTS_BYTES + 1);
  try {
    return await file.text();
  } catch {
    return '';
  }
}

/**
 * Reads `files` and regrades each against `assignment`, in file order: one share of an import,
 * graded the same way on the main thread and in a worker.
 */
export async function gradeShare(
  files: readonly ImportedFile[],
  assignment: Assignment,
  bank: ReadonlyMap<string, Scenario>,
): Promise<FileOutcome[]> {
  const fingerprint = assignmentFingerprint(assignment);
  const texts = await Promise.all(files.map((f) => readFileText(f.blob)));
  return texts.map((text, i) =>
    gradeInput({ name: files[i]!.name, text }, assignment, bank, fingerprint),
  );
}
