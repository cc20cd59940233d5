/**
 * One factory for the stores that keep runs by key: the self-assessment (`$quizRuns`, by
 * `<seed>:<n>`) and assignments (`$assignmentRuns`, by assignment fingerprint). Each store is a
 * versioned persistent atom (see versioned-atom.ts for the fault handling); a run is read through
 * a computed store, so islands subscribe with `useStore(store.runOf(key))` and use the value as
 * it comes.
 */
import { computed, type ReadableAtom, type WritableAtom } from 'nanostores';
import { versionedAtom, isRecord, isRecordOf } from './versioned-atom';

/** The stored shape of a runs store, version `V`. */
export interface RunsStore<R, V extends number = 1> {
  v: V;
  runs: Record<string, R>;
}

/** How one kind of run is stored. */
export interface RunsOptions<R extends { at: string }, V extends number> {
  /** The storage key. */
  key: string;
  /** The current version of the stored shape. */
  version: V;
  /** How many runs are kept: the oldest (by `at`) are dropped beyond it. */
  max: number;
  /** True when `x` has the shape of one run (also checks LMS resume data). */
  isRun: (x: unknown) => x is R;
  /** A fresh run, for `update` on a key with no run yet. */
  fresh: () => R;
  /** Upgrades from each older version `n` to version `n + 1` (see versioned-atom.ts). */
  migrations?: Record<number, (old: never) => { v: number }>;
  /** Upgrades one run saved in an older shape (LMS resume data holds single runs). */
  upgradeRun?: (run: unknown) => unknown;
}

/** A runs store and its actions. */
export interface Runs<R extends { at: string }, V extends number> {
  /** Every saved run, by key. */
  $runs: WritableAtom<RunsStore<R, V>>;
  /** The run saved under `key`, as a store (the same store for the same key). */
  runOf(key: string): ReadableAtom<R | undefined>;
  /** The run saved under `key` now (an own key only, never one from the prototype). */
  read(key: string): R | undefined;
  /** Saves changes to a run (creating it from `fresh()`), stamping `at` with the time. */
  update(key: string, change: Partial<R>): void;
  /** Saves a whole run as it is (its own `at`), e.g. one restored from an LMS. */
  put(key: string, run: R): void;
  /** Forgets a run. */
  clear(key: string): void;
  /** A run kept elsewhere (LMS resume data), upgraded and checked; undefined if not a run. */
  restore(saved: unknown): R | undefined;
}

const own = <R>(runs: Record<string, R>, key: string): R | undefined =>
  Object.hasOwn(runs, key) ? runs[key] : undefined;

/** Creates a runs store; see the module comment. */
export function runsStore<R extends { at: string }, V extends number>(
  options: RunsOptions<R, V>,
): Runs<R, V> {
  const { version, max, isRun } = options;
  const $runs = versionedAtom<RunsStore<R, V>>({
    key: options.key,
    empty: () => ({ v: version, runs: {} }),
    migrations: options.migrations ?? {},
    isValid: (x): x is RunsStore<R, V> =>
      isRecord(x) && x.v === version && isRecordOf(x.runs, isRun),
  });
  const byKey = new Map<string, ReadableAtom<R | undefined>>();
  // Keeps the `max` most recent runs by `at` (ISO 8601, so text order is time order), so storage
  // never grows without bound.
  const put = (key: string, run: R) => {
    const keep = Object.entries({ ...$runs.get().runs, [key]: run })
      .sort((a, b) => (a[1].at < b[1].at ? 1 : -1))
      .slice(0, max);
    $runs.set({ v: version, runs: Object.fromEntries(keep) });
  };
  const read = (key: string) => own($runs.get().runs, key);
  return {
    $runs,
    runOf(key) {
      let store = byKey.get(key);
      if (!store) {
        store = computed($runs, ({ runs }) => own(runs, key));
        byKey.set(key, store);
      }
      return store;
    },
    read,
    update(key, change) {
      put(key, { ...(read(key) ?? options.fresh()), ...change, at: new Date().toISOString() });
    },
    put,
    clear(key) {
      const runs = { ...$runs.get().runs };
      delete runs[key];
      $runs.set({ v: version, runs });
    },
    restore(saved) {
      const run = options.upgradeRun ? options.upgradeRun(saved) : saved;
      return isRun(run) ? run : undefined;
    },
  };
}
