import type { LmsSession } from './session';

/** The part of a nanostores atom that {@link syncStoreWithLms} uses. */
export interface SyncableStore<T> {
  get(): T;
  set(value: T): void;
  listen(listener: (value: T) => void): () => void;
}

/**
 * Keeps `store` in the LMS's resume data under `name`: at once, a value the LMS kept from an
 * earlier launch replaces the local one (the LMS is the record when the learner switches
 * computers); from then on every change is saved. `isValid` guards against resume data written
 * by an older version of the course. Returns a function that stops syncing.
 */
export function syncStoreWithLms<T>(
  session: LmsSession,
  store: SyncableStore<T>,
  name: string,
  isValid: (value: unknown) => value is T,
): () => void {
  if (!session.connected) return () => {};
  const saved = session.loadState(name);
  if (saved !== undefined && isValid(saved)) store.set(saved);
  else session.saveState(store.get(), name);
  return store.listen((value) => session.saveState(value, name));
}
