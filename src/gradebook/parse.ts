/**
 * Reading one results file a student handed in. Never throws: a file that is not ours, not
 * readable or not valid comes back with a reason that tells the instructor what to ask the
 * student for (most often: download the results again and send the new file).
 */
import { describeIssues } from '../schemas/assignment';
import {
  MAX_RESULTS_BYTES,
  RESULTS_KIND,
  RESULTS_VERSIONS,
  resultsFileSchema,
  type ResultsFile,
} from '../schemas/submission';

/** A parsed file, or why it was not imported. */
export type ParsedResults = { ok: true; file: ResultsFile } | { ok: false; reason: string };

/** What a results file is called, so the instructor can tell the student what to send. */
const FILE_NAME_HINT =
  'the file the assignment page saved with "Download my results" (named like results-ann-lee-3f2a9c01b7e4.json)';

/** Why a file over {@link MAX_RESULTS_BYTES} is not imported (the command line skips reading it). */
export const TOO_LARGE_REASON = `The file is larger than ${MAX_RESULTS_BYTES / 1_000_000} MB, far more than a results file holds (a few kilobytes): check it is the right file, or ask the student for ${FILE_NAME_HINT}.`;

/** The reasons, for tests and for anyone matching them. */
export const REASONS = {
  unreadable: 'The file could not be read as text: ask the student to send it again.',
  empty: (who: string) =>
    `The file is empty: ask ${who} to download the results again and send the new file.`,
  cutOff: (who: string) =>
    `The file is cut off: ask ${who} to download the results again and send the new file.`,
  brokenJson: (who: string) =>
    `The file was edited and is no longer readable: ask ${who} to download the results again and send the new file, without opening it in an editor.`,
  notJson: `The file is not JSON, so it is not a results file from this course: ask the student for ${FILE_NAME_HINT}.`,
  notOurs: `The file is JSON but not a results file from this course (its "kind" is not "snty-results"): ask the student for ${FILE_NAME_HINT}.`,
  newerVersion: (version: number) =>
    `The file is results format version ${version}, made by a newer version of the course; this gradebook reads versions ${RESULTS_VERSIONS.join(' and ')}. Grade it with the course site the student used, or update this one.`,
  badVersion: (who: string) =>
    `The file's format version is damaged: ask ${who} to download the results again and send the new file.`,
  damaged: (who: string, issues: string) =>
    `The results file is damaged or edited, so it no longer fits the format:\n${issues}\nAsk ${who} to download the results again and send the new file, without opening it in an editor.`,
} as const;

/** The student's name as the file gives it, even in a cut-off file; "the student" when absent. */
export function studentNameIn(text: string): string {
  const match = /"student"\s*:\s*\{\s*"name"\s*:\s*"((?:[^"\\]|\\.){1,200})"/.exec(text);
  if (!match) return 'the student';
  try {
    const name = (JSON.parse(`"${match[1]}"`) as string).trim().slice(0, 100);
    return name || 'the student';
  } catch {
    return 'the student';
  }
}

/**
 * True when `text` is the start of a JSON object that stops before its end: an open string, or
 * brackets still open. That is what an interrupted download or a partial copy leaves.
 */
export function looksCutOff(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') depth--;
  }
  return inString || depth > 0;
}

/** Validates the text of one results file (its JSON). */
export function parseResultsText(text: string): ParsedResults {
  if (typeof text !== 'string') return { ok: false, reason: REASONS.unreadable };
  // Characters count at least one byte each, so this bounds the bytes as well as JSON.parse's work.
  if (text.length > MAX_RESULTS_BYTES) {
    return { ok: false, reason: TOO_LARGE_REASON };
  }
  const clean = text.replace(/^\uFEFF/, '');
  if (!clean.trim()) return { ok: false, reason: REASONS.empty('the student') };
  let data: unknown;
  try {
    data = JSON.parse(clean);
  } catch {
    const ours = /^\s*\{/.test(clean) && clean.includes(RESULTS_KIND);
    if (!ours) return { ok: false, reason: REASONS.notJson };
    const who = studentNameIn(clean);
    return {
      ok: false,
      reason: looksCutOff(clean) ? REASONS.cutOff(who) : REASONS.brokenJson(who),
    };
  }
  const obj =
    typeof data === 'object' && data !== null && !Array.isArray(data)
      ? (data as Record<string, unknown>)
      : null;
  if (!obj || obj.kind !== RESULTS_KIND) return { ok: false, reason: REASONS.notOurs };
  const who = studentNameIn(clean);
  if (!(RESULTS_VERSIONS as readonly unknown[]).includes(obj.version)) {
    const newer =
      typeof obj.version === 'number' &&
      Number.isInteger(obj.version) &&
      obj.version > Math.max(...RESULTS_VERSIONS) &&
      obj.version < 1000;
    return {
      ok: false,
      reason: newer ? REASONS.newerVersion(obj.version as number) : REASONS.badVersion(who),
    };
  }
  const parsed = resultsFileSchema.safeParse(data);
  if (!parsed.success) {
    return { ok: false, reason: REASONS.damaged(who, describeIssues(parsed.error.issues, 3)) };
  }
  return { ok: true, file: parsed.data };
}
