/**
 * A gradebook session: the assignment link, the results files imported and the instructor's
 * overrides. The page keeps it in the browser (src/stores/gradebook.ts) so a reload loses
 * nothing, and exports it as a JSON file the instructor can keep, move to another computer and
 * import again. Reading one never throws: a file that is not a session gets a reason.
 */
import { MAX_RESULTS_BYTES } from '../schemas/submission';
import {
  isEmptyOverride,
  MAX_COMMENT_CHARS,
  type Overrides,
  type ScoreOverride,
} from './overrides';
import type { ResultsInput } from './gradebook';

/** The `kind` of an exported session file. */
export const SESSION_KIND = 'snty-gradebook-session';

/** A session, version 1. */
export interface GradebookSession {
  v: 1;
  /** The assignment link as the instructor pasted it ('' for none). */
  link: string;
  /** The results files imported, by name (their path in a folder or zip) and text. */
  files: ResultsInput[];
  overrides: Overrides;
}

/** Most text of results files kept in the browser: beyond, only the link and overrides are kept. */
export const MAX_SAVED_FILES_CHARS = 3_000_000;

/** An empty session. */
export const emptySession = (): GradebookSession => ({ v: 1, link: '', files: [], overrides: {} });

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const isOverride = (v: unknown): v is ScoreOverride =>
  isRecord(v) &&
  (v.percent === null ||
    (typeof v.percent === 'number' &&
      Number.isInteger(v.percent) &&
      v.percent >= 0 &&
      v.percent <= 100)) &&
  typeof v.comment === 'string' &&
  v.comment.length <= MAX_COMMENT_CHARS &&
  !isEmptyOverride(v as unknown as ScoreOverride);

/** True for a value of the session's shape. */
export function isSession(value: unknown): value is GradebookSession {
  return (
    isRecord(value) &&
    value.v === 1 &&
    typeof value.link === 'string' &&
    value.link.length <= 100_000 &&
    Array.isArray(value.files) &&
    value.files.every(
      (f) =>
        isRecord(f) &&
        typeof f.name === 'string' &&
        typeof f.text === 'string' &&
        f.text.length <= MAX_RESULTS_BYTES,
    ) &&
    isRecord(value.overrides) &&
    Object.values(value.overrides).every((o) => isRecord(o) && Object.values(o).every(isOverride))
  );
}

/** The session as the JSON file "Export session" saves. */
export const sessionFileText = (session: GradebookSession): string =>
  JSON.stringify({ kind: SESSION_KIND, ...session }, null, 1);

/** Why a file is not a session the gradebook can import. */
export const NOT_A_SESSION =
  'This file is not a gradebook session (the file "Export session" saves, named like gradebook-session-week-3.json): results files are imported above, with "Choose results files".';

/** Reads an exported session file; a reason when it is not one. */
export function parseSessionFile(
  text: string,
): { ok: true; session: GradebookSession } | { ok: false; reason: string } {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, reason: NOT_A_SESSION };
  }
  if (!isRecord(data) || data.kind !== SESSION_KIND) return { ok: false, reason: NOT_A_SESSION };
  const { kind: _kind, ...session } = data;
  if (!isSession(session)) {
    return {
      ok: false,
      reason:
        'This gradebook session file is damaged or was edited, so it was not imported: export the session again from the browser you graded in.',
    };
  }
  return { ok: true, session };
}

/**
 * What the browser keeps of a session: all of it, or (when the files are too large for the
 * browser's storage) the link and overrides only, `filesDropped` then true.
 */
export function sessionToKeep(session: GradebookSession): {
  kept: GradebookSession;
  filesDropped: boolean;
} {
  const chars = session.files.reduce((n, f) => n + f.text.length + f.name.length, 0);
  if (chars <= MAX_SAVED_FILES_CHARS) return { kept: session, filesDropped: false };
  return { kept: { ...session, files: [] }, filesDropped: true };
}
