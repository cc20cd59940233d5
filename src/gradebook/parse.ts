/**
 * Reading one results file a student handed in. Never throws: a file that is not ours, not
 * readable or not valid comes back with a reason the instructor can act on.
 */
import { describeIssues } from '../schemas/assignment';
import {
  MAX_RESULTS_BYTES,
  RESULTS_KIND,
  RESULTS_VERSION,
  resultsFileSchema,
  type ResultsFile,
} from '../schemas/submission';

/** A parsed file, or why it was not imported. */
export type ParsedResults = { ok: true; file: ResultsFile } | { ok: false; reason: string };

/** Why a file over {@link MAX_RESULTS_BYTES} is not imported (the command line skips reading it). */
export const TOO_LARGE_REASON = `The file is larger than ${MAX_RESULTS_BYTES / 1_000_000} MB, far more than a results file holds.`;

/** Validates the text of one results file (its JSON). */
export function parseResultsText(text: string): ParsedResults {
  if (typeof text !== 'string') return { ok: false, reason: 'The file could not be read as text.' };
  // Characters count at least one byte each, so this bounds the bytes as well as JSON.parse's work.
  if (text.length > MAX_RESULTS_BYTES) {
    return { ok: false, reason: TOO_LARGE_REASON };
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return {
      ok: false,
      reason: 'The file is not JSON, so it is not a results file from this course.',
    };
  }
  const obj =
    typeof data === 'object' && data !== null && !Array.isArray(data)
      ? (data as Record<string, unknown>)
      : null;
  if (!obj || obj.kind !== RESULTS_KIND) {
    return {
      ok: false,
      reason:
        'The file is JSON but not a results file from this course (its "kind" is not "snty-results").',
    };
  }
  if (obj.version !== RESULTS_VERSION) {
    return {
      ok: false,
      reason: `The file is results format version ${JSON.stringify(obj.version)?.slice(0, 20)}; this gradebook reads version ${RESULTS_VERSION}.`,
    };
  }
  const parsed = resultsFileSchema.safeParse(data);
  if (!parsed.success) {
    return {
      ok: false,
      reason: `The results file is damaged or edited:\n${describeIssues(parsed.error.issues, 3)}`,
    };
  }
  return { ok: true, file: parsed.data };
}
