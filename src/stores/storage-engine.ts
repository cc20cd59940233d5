/**
 * The storage engine behind every persistent store. It wraps a Web Storage backend
 * (localStorage in the browser, a fake in tests) so that a browser refusing to save never breaks
 * the course: a refused write is kept in memory for this page and the learner is told, once,
 * that progress will not be saved.
 */
import {
  setPersistentEngine,
  windowPersistentEvents,
  type PersistentEvents,
  type PersistentStore,
} from '@nanostores/persistent';
import { raiseStorageNotice } from './notices';

/** The part of the Web Storage API the course uses. */
export type StorageBackend = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const noEvents: PersistentEvents = { addEventListener() {}, removeEventListener() {} };

let engine: PersistentStore = {};

/**
 * Wraps `backend` as a @nanostores/persistent engine that never throws. `null` means no storage
 * at all (on the server, or when the browser blocks localStorage): everything stays in memory.
 */
export function createSafeStorage(backend: StorageBackend | null): PersistentStore {
  const refused: Record<string, string> = {};
  const read = (key: string): string | undefined => {
    if (key in refused) return refused[key];
    try {
      return backend?.getItem(key) ?? undefined;
    } catch {
      return undefined;
    }
  };
  return new Proxy(refused, {
    get: (_, key) => (typeof key == 'string' ? read(key) : undefined),
    has: (_, key) => typeof key == 'string' && read(key) !== undefined,
    set(_, key, value) {
      try {
        backend!.setItem(key as string, value);
        delete refused[key as string];
      } catch {
        refused[key as string] = value;
        raiseStorageNotice('unsaved');
      }
      return true;
    },
    deleteProperty(_, key) {
      delete refused[key as string];
      try {
        backend?.removeItem(key as string);
      } catch {
        // Nothing to undo: the value is already gone from memory.
      }
      return true;
    },
  });
}

/**
 * Points every persistent store at `backend`. Stores re-read it when they are next mounted.
 * Tests call this with a fake; the browser gets localStorage and other tabs' `storage` events.
 */
export function swapStorageBackend(
  backend: StorageBackend | null,
  events: PersistentEvents = typeof window == 'undefined' ? noEvents : windowPersistentEvents,
): void {
  engine = createSafeStorage(backend);
  setPersistentEngine(engine, events);
}

/** Moves an unreadable value to `<key>:unreadable` so nothing the learner saved is lost for good. */
export function setAside(key: string, raw: string): void {
  engine[`${key}:unreadable`] = raw;
  delete engine[key];
}

function browserStorage(): StorageBackend | null {
  try {
    return window.localStorage;
  } catch {
    // No window on the server; a SecurityError where the browser blocks storage.
    return null;
  }
}

swapStorageBackend(browserStorage());
