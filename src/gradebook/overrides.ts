/**
 * The instructor's word over the grader's: a score set by hand for one question of one student,
 * with a comment for the student (or a comment alone, the grader's score kept). Overrides are
 * applied on top of a regraded gradebook, so regrading never loses them and the CSV, the totals,
 * pass or not and the class summary all follow them.
 */
import type { Scenario } from '../schemas/scenario';
import { weightedPercent, type GradedItem, type StudentRow } from './grade';
import type { Gradebook } from './gradebook';
import { summarise } from './summary';

/** One question's override: a percentage (null keeps the grader's) and a comment. */
export interface ScoreOverride {
  /** The score the instructor gives, a whole percentage 0-100; null keeps the grader's score. */
  percent: number | null;
  /** What the instructor tells the student about this answer ('' for none). */
  comment: string;
}

/** Overrides by student (the row's file name), then by question ({@link itemKey}). */
export type Overrides = Record<string, Record<string, ScoreOverride>>;

/** Longest comment kept. */
export const MAX_COMMENT_CHARS = 2000;

/** The key of a question in {@link Overrides}: "betty-same-school:reply". */
export const itemKey = (item: Pick<GradedItem, 'scenario' | 'task'>): string =>
  `${item.scenario}:${item.task}`;

/** A percentage typed by the instructor, as a whole number 0-100; null when blank or not a number. */
export function parsePercent(text: string): number | null {
  const clean = text.trim().replace(',', '.').replace(/%$/, '');
  if (!clean) return null;
  const n = Number(clean);
  return Number.isFinite(n) ? Math.min(100, Math.max(0, Math.round(n))) : null;
}

/** True for an override that changes nothing (no score, no comment): it is dropped. */
export const isEmptyOverride = (o: ScoreOverride): boolean =>
  o.percent === null && !o.comment.trim();

/**
 * Returns `overrides` with the override of question `key` of student `fileName` set (or removed
 * when it changes nothing). Never changes `overrides` itself.
 */
export function setOverride(
  overrides: Overrides,
  fileName: string,
  key: string,
  next: ScoreOverride,
): Overrides {
  const forStudent = { ...(overrides[fileName] ?? {}) };
  if (isEmptyOverride(next)) delete forStudent[key];
  else
    forStudent[key] = { percent: next.percent, comment: next.comment.slice(0, MAX_COMMENT_CHARS) };
  const out = { ...overrides };
  if (Object.keys(forStudent).length) out[fileName] = forStudent;
  else delete out[fileName];
  return out;
}

/** A question of a row as the instructor decided it: its override, and the grader's share kept. */
export interface DecidedItem extends GradedItem {
  override?: ScoreOverride;
  /** The grader's share, 0 to 1, whatever the override. */
  graderShare: number;
}

/** A row with its overrides applied. */
export interface DecidedRow extends StudentRow {
  items: DecidedItem[];
}

/** A gradebook whose rows carry the instructor's decisions. */
export type DecidedGradebook = Omit<Gradebook, 'rows'> & { rows: DecidedRow[] };

/**
 * The gradebook with the instructor's overrides applied: each overridden question's share is the
 * instructor's percentage, totals and pass or not are recomputed with the assignment's weights,
 * and the class summary follows. Overrides for students or questions not in the book are kept
 * aside (they apply again when that file is imported again).
 */
export function applyOverrides(
  book: Gradebook,
  overrides: Overrides,
  bank: ReadonlyMap<string, Scenario>,
): DecidedGradebook {
  const assignment = book.assignment;
  const any = Object.keys(overrides).length > 0;
  const rows = book.rows.map((row): DecidedRow => {
    const mine = overrides[row.fileName] ?? {};
    const items = row.items.map((item): DecidedItem => {
      const override = mine[itemKey(item)];
      const share = override?.percent != null ? override.percent / 100 : item.share;
      return { ...item, share, graderShare: item.share, ...(override ? { override } : {}) };
    });
    if (!Object.keys(mine).length || !assignment) return { ...row, items };
    const percent = weightedPercent(items, assignment);
    return { ...row, items, percent, passed: percent >= assignment.passMark };
  });
  return { ...book, rows, summary: any ? summarise(rows, bank) : book.summary };
}
