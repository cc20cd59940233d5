import type { WritableAtom } from 'nanostores';
import { readRun, type RunsStore } from '~/stores/runs';
import type { LmsSession } from './session';

export type { RunsStore };

/**
 * Keeps the run `key` of a runs store in the LMS's resume data under `entry`: a newer copy the
 * LMS kept (from another computer) replaces the local one now, and every change is saved from
 * then on. Runs are compared by their `at` (ISO 8601, so text order is time order). One entry
 * per run means older runs are the first trimmed when the 4,096 characters run out.
 * Returns a function that stops it (for an effect's cleanup).
 */
export function syncRun<R extends { at: string }>(
  session: LmsSession,
  store: WritableAtom<RunsStore<R>>,
  key: string,
  entry: string,
  isRun: (x: unknown) => x is R,
): () => void {
  if (!session.connected) return () => {};
  const saved = session.loadState(entry);
  const local = readRun(store, key);
  if (isRun(saved) && (!local || local.at < saved.at)) {
    store.set({ v: 1, runs: { ...store.get().runs, [key]: saved } });
  } else if (local) session.saveState(local, entry);
  let last = store.get().runs[key];
  return store.listen(({ runs }) => {
    const run = runs[key];
    if (run === last || !run) return;
    last = run;
    session.saveState(run, entry);
  });
}
