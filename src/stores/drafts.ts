/**
 * What the learner is writing, saved as they type so a reload or a closed tab loses nothing.
 *
 * Stored under the key `snty:drafts` as JSON. Shapes and migrations:
 *
 * - **v1** (current): `{ v: 1, texts: { [exerciseId]: { text, at } } }`, `at` the time of the
 *   last save (ISO 8601). An empty draft is removed rather than stored.
 *
 * Migrations: none yet, v1 is the first shape. To change it, bump `v`, add
 * `migrations[1] = (old: DraftsV1) => DraftsV2` and describe it here. Data of an unknown version
 * is set aside like unreadable data.
 */
import { isRecord, isRecordOf, versionedAtom } from './versioned-atom';

/** One saved draft. */
export interface Draft {
  text: string;
  /** When it was saved (ISO 8601). */
  at: string;
}

/** The stored drafts, version 1. */
export interface Drafts {
  v: 1;
  texts: Record<string, Draft>;
}

const isDraft = (x: unknown): x is Draft =>
  isRecord(x) && typeof x.text == 'string' && typeof x.at == 'string';

/** The learner's drafts by exercise id; survive reloads and stay in step across tabs. */
export const $drafts = versionedAtom<Drafts>({
  key: 'snty:drafts',
  empty: () => ({ v: 1, texts: {} }),
  migrations: {},
  isValid: (x): x is Drafts => isRecord(x) && x.v === 1 && isRecordOf(x.texts, isDraft),
});

/** How long typing must pause before a draft is written to storage. */
export const DRAFT_SAVE_DELAY_MS = 400;

const pending = new Map<string, { text: string; timer: ReturnType<typeof setTimeout> }>();

/** The saved draft of an exercise, or ''. */
export function readDraft(exerciseId: string): string {
  return pending.get(exerciseId)?.text ?? $drafts.get().texts[exerciseId]?.text ?? '';
}

/** Saves a draft now; an empty text removes it. */
export function saveDraft(exerciseId: string, text: string): void {
  clearTimeout(pending.get(exerciseId)?.timer);
  pending.delete(exerciseId);
  const texts = { ...$drafts.get().texts };
  if (text) texts[exerciseId] = { text, at: new Date().toISOString() };
  else delete texts[exerciseId];
  $drafts.set({ v: 1, texts });
}

/** Saves a draft once the learner pauses typing; the page hiding saves it at once. */
export function saveDraftSoon(exerciseId: string, text: string): void {
  clearTimeout(pending.get(exerciseId)?.timer);
  const timer = setTimeout(() => saveDraft(exerciseId, text), DRAFT_SAVE_DELAY_MS);
  pending.set(exerciseId, { text, timer });
}

/** Writes every draft still waiting for a pause in typing. */
export function flushDrafts(): void {
  for (const [exerciseId, { text }] of pending) saveDraft(exerciseId, text);
}

/** Forgets every draft, including those waiting to be saved. */
export function clearDrafts(): void {
  for (const { timer } of pending.values()) clearTimeout(timer);
  pending.clear();
  $drafts.set({ v: 1, texts: {} });
}

if (typeof window != 'undefined') addEventListener('pagehide', flushDrafts);
