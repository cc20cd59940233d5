import type { Runs } from '~/stores/runs';
import type { LmsSession } from './session';

/**
 * Keeps the run `key` of a runs store in the LMS's resume data under `entry`: a newer copy the
 * LMS kept (from another computer) replaces the local one now, and every change is saved from
 * then on. Runs are compared by their `at` (ISO 8601, so text order is time order). One entry
 * per run means older runs are the first trimmed when the 4,096 characters run out.
 * Returns a function that stops it (for an effect's cleanup).
 */
export function syncRun<R extends { at: string }>(
  session: LmsSession,
  store: Runs<R, number>,
  key: string,
  entry: string,
): () => void {
  if (!session.connected) return () => {};
  const saved = store.restore(session.loadState(entry));
  const local = store.read(key);
  if (saved && (!local || local.at < saved.at)) store.put(key, saved);
  else if (local) session.saveState(local, entry);
  let last = store.read(key);
  return store.runOf(key).listen((run) => {
    if (run === last || !run) return;
    last = run;
    session.saveState(run, entry);
  });
}
