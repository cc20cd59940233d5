/**
 * Grading functions are loaded on the learner's first interaction with an exercise rather than
 * with the island: the grader is most of an exercise's code and a learner who only reads never
 * needs it. Each island module declares its loader with `lazy()` next to its use (so a page
 * carries only the loaders of its own islands), e.g.
 *
 *     export const loadGrader = lazy(() => import('~/grader/reply').then((m) => m.gradeReply));
 *
 * A loader fetches its module once per page (every island of that kind shares it) and keeps the
 * function in `current` once it has arrived; a failed load (offline) is forgotten, so the next
 * call tries again. ./useCheck calls it on the learner's first touch and on Check.
 */

/** Loads a value once, on demand; `current` holds it once loaded. */
export interface Lazy<T> {
  (): Promise<T>;
  current?: T;
}

/** Wraps `load` so that it runs at most once at a time and its result is kept. */
export function lazy<T>(load: () => Promise<T>): Lazy<T> {
  let pending: Promise<T> | undefined;
  const get: Lazy<T> = () =>
    (pending ??= load().then(
      (value) => (get.current = value),
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    ));
  return get;
}
