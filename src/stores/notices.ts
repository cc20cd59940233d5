import { atom } from 'nanostores';

/**
 * What went wrong with saved progress, in the learner's terms:
 * - `reset`: saved data could not be read, so it was set aside and the course started afresh;
 * - `unsaved`: the browser refuses to store anything, so progress lasts only while the page is open.
 */
export type StorageNoticeKind = 'reset' | 'unsaved';

/** Notices the learner has not dismissed yet, oldest first, each kind at most once. */
export const $storageNotices = atom<readonly StorageNoticeKind[]>([]);

/** Shows a notice unless the same kind is already showing. */
export function raiseStorageNotice(kind: StorageNoticeKind): void {
  const shown = $storageNotices.get();
  if (!shown.includes(kind)) $storageNotices.set([...shown, kind]);
}

/** Hides a notice the learner has read. */
export function dismissStorageNotice(kind: StorageNoticeKind): void {
  $storageNotices.set($storageNotices.get().filter((k) => k !== kind));
}
