import { persistentAtom } from '@nanostores/persistent';
import type { WritableAtom } from 'nanostores';
import { raiseStorageNotice } from './notices';
import { setAside } from './storage-engine';

/** A stored JSON shape that carries its version in `v`. */
export interface Versioned {
  v: number;
}

/** How to read one stored shape. */
export interface VersionedShape<T extends Versioned> {
  /** The storage key. */
  key: string;
  /** A fresh, empty value of the current version. */
  empty: () => T;
  /** Upgrades from each older version `n` to the shape of version `n + 1`. */
  migrations: Record<number, (old: never) => Versioned>;
  /** True when a value has the current shape. */
  isValid: (value: unknown) => value is T;
}

/**
 * A persistent atom holding JSON of a versioned shape. Whatever it reads (at start, or from
 * another tab's `storage` event) is migrated and checked: unreadable or wrongly shaped data is set
 * aside under `<key>:unreadable`, the store starts empty and the learner gets a polite notice.
 * It never throws.
 */
export function versionedAtom<T extends Versioned>(shape: VersionedShape<T>): WritableAtom<T> {
  return persistentAtom<T>(shape.key, shape.empty(), {
    encode: JSON.stringify,
    decode(raw) {
      try {
        let value = JSON.parse(raw);
        while (value && shape.migrations[value.v])
          value = shape.migrations[value.v](value as never);
        if (shape.isValid(value)) return value;
      } catch {
        // Not JSON: handled below like any other unreadable value.
      }
      setAside(shape.key, raw);
      raiseStorageNotice('reset');
      return shape.empty();
    },
  });
}

/** True for a plain object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value == 'object' && value !== null && !Array.isArray(value);
}

/** True when `value` is a record whose every value passes `isItem`. */
export function isRecordOf<T>(
  value: unknown,
  isItem: (item: unknown) => item is T,
): value is Record<string, T> {
  return isRecord(value) && Object.values(value).every(isItem);
}
