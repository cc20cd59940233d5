import { beforeEach, describe, expect, test } from 'vitest';
import { $storageNotices } from '~/stores/notices';
import { createSafeStorage, type StorageBackend } from '~/stores/storage-engine';

/** A Web Storage stand-in backed by a Map; `refuse` makes every write throw like a full quota. */
function fakeStorage(refuse = false) {
  const data = new Map<string, string>();
  const backend: StorageBackend = {
    getItem: (key) => data.get(key) ?? null,
    setItem(key, value) {
      if (refuse) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      data.set(key, value);
    },
    removeItem: (key) => void data.delete(key),
  };
  return { data, backend };
}

beforeEach(() => $storageNotices.set([]));

describe('createSafeStorage', () => {
  test('reads and writes through to the backend', () => {
    const { data, backend } = fakeStorage();
    const engine = createSafeStorage(backend);
    engine.a = '1';
    expect(data.get('a')).toBe('1');
    expect('a' in engine).toBe(true);
    expect(engine.a).toBe('1');
    delete engine.a;
    expect(data.has('a')).toBe(false);
    expect('a' in engine).toBe(false);
  });

  test('keeps a refused write in memory and raises the unsaved notice', () => {
    const { data, backend } = fakeStorage(true);
    const engine = createSafeStorage(backend);
    expect(() => (engine.a = '1')).not.toThrow();
    expect(engine.a).toBe('1');
    expect(data.has('a')).toBe(false);
    expect($storageNotices.get()).toEqual(['unsaved']);
  });

  test('works in memory when there is no storage at all', () => {
    const engine = createSafeStorage(null);
    engine.a = '1';
    expect(engine.a).toBe('1');
    expect($storageNotices.get()).toEqual(['unsaved']);
  });

  test('treats a backend that throws on read as empty', () => {
    const engine = createSafeStorage({
      getItem() {
        throw new DOMException('Blocked', 'SecurityError');
      },
      setItem() {},
      removeItem() {},
    });
    expect(engine.a).toBeUndefined();
    expect('a' in engine).toBe(false);
  });
});
