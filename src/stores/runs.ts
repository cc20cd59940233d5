/**
 * Stores of runs by key (`$quizRuns` by `<seed>:<n>`, `$assignmentRuns` by assignment
 * fingerprint): reading one run and saving one while keeping only the most recent.
 */
import type { ReadableAtom, WritableAtom } from 'nanostores';

/** The stored shape of a runs store, version 1. */
export interface RunsStore<R> {
  v: 1;
  runs: Record<string, R>;
}

/** The run saved under `key` (an own key only, never one from the prototype), or undefined. */
export function readRun<R>(store: ReadableAtom<RunsStore<R>>, key: string): R | undefined {
  const runs = store.get().runs;
  return Object.hasOwn(runs, key) ? runs[key] : undefined;
}

/**
 * Saves `run` under `key` and keeps the `max` most recent runs by `at` (ISO 8601, so text order
 * is time order), so storage never grows without bound.
 */
export function writeRun<R extends { at: string }>(
  store: WritableAtom<RunsStore<R>>,
  key: string,
  run: R,
  max: number,
): void {
  const runs = { ...store.get().runs, [key]: run };
  const keep = Object.entries(runs)
    .sort((a, b) => (a[1].at < b[1].at ? 1 : -1))
    .slice(0, max);
  store.set({ v: 1, runs: Object.fromEntries(keep) });
}
