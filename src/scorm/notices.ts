import { atom } from 'nanostores';
import type { LmsNotice } from './session';

/** LMS notices the learner has not dismissed, at most one per topic, newest last. */
export const $lmsNotices = atom<readonly LmsNotice[]>([]);

/** Shows `notice`, replacing an older notice on the same topic (the newest problem is what counts). */
export function raiseLmsNotice(notice: LmsNotice): void {
  $lmsNotices.set([...$lmsNotices.get().filter((n) => n.topic !== notice.topic), notice]);
}

/** Hides the notice on `topic`. */
export function dismissLmsNotice(topic: LmsNotice['topic']): void {
  $lmsNotices.set($lmsNotices.get().filter((n) => n.topic !== topic));
}
