// @vitest-environment happy-dom
import { beforeEach, describe, expect, test, vi } from 'vitest';

/** Loads the stores afresh, as a new page would, over whatever localStorage now holds. */
async function loadStores() {
  vi.resetModules();
  const progress = await import('~/stores/progress');
  const notices = await import('~/stores/notices');
  return { ...progress, ...notices };
}

beforeEach(() => localStorage.clear());

describe('recordAttempt', () => {
  test('counts attempts, keeps the best score and the last answer with its time', async () => {
    const { $progress, recordAttempt } = await loadStores();
    recordAttempt('verdict:x', { score: 2, maxScore: 3, passed: false }, { verdict: 'reply' });
    recordAttempt('verdict:x', { score: 1, maxScore: 3, passed: false }, { verdict: 'ignore' });
    const saved = $progress.get().exercises['verdict:x']!;
    expect(saved.attempts).toBe(2);
    expect(saved.best).toEqual({ score: 2, maxScore: 3 });
    expect(saved.last).toEqual({ verdict: 'ignore' });
    expect(saved.passed).toBe(false);
    expect(new Date(saved.at).toISOString()).toBe(saved.at);
  });

  test('saves to localStorage in the versioned shape', async () => {
    const { recordAttempt } = await loadStores();
    recordAttempt('reply:x', { score: 9, maxScore: 10, passed: true }, 'Hello Betty');
    const stored = JSON.parse(localStorage.getItem('snty:progress')!);
    expect(stored.v).toBe(1);
    expect(stored.exercises['reply:x']).toMatchObject({ attempts: 1, passed: true });
  });

  test('survives a reload', async () => {
    (await loadStores()).recordAttempt('note:x', { score: 1, maxScore: 6, passed: false }, 'Hi');
    const { $progress } = await loadStores();
    expect($progress.get().exercises['note:x']?.attempts).toBe(1);
  });
});

describe('lesson completion', () => {
  test('markLessonVisited remembers the last lesson; markLessonComplete completes it', async () => {
    const { $progress, $completedLessons, markLessonVisited, markLessonComplete } =
      await loadStores();
    markLessonVisited('01-why');
    markLessonVisited('02-anatomy');
    expect($progress.get().lastLesson).toBe('02-anatomy');
    expect($completedLessons.get()).toEqual([]);
    markLessonComplete('01-why');
    expect($completedLessons.get()).toEqual(['01-why']);
  });

  test('completing a lesson again keeps the first completion time', async () => {
    const { $progress, markLessonComplete } = await loadStores();
    markLessonComplete('01-why');
    const first = $progress.get().lessons['01-why']?.completed;
    markLessonComplete('01-why');
    expect($progress.get().lessons['01-why']?.completed).toBe(first);
  });

  test('resetProgress forgets progress and drafts', async () => {
    const { $progress, markLessonComplete, resetProgress } = await loadStores();
    const { $drafts, saveDraft } = await import('~/stores/drafts');
    markLessonComplete('01-why');
    saveDraft('reply:x', 'Hello');
    resetProgress();
    expect($progress.get()).toEqual({ v: 1, exercises: {}, lessons: {} });
    expect($drafts.get().texts).toEqual({});
  });
});

describe('unreadable saved progress', () => {
  test.each([
    ['not JSON', '{"v":1,"exercises":'],
    ['the wrong shape', '{"v":1,"exercises":[],"lessons":{}}'],
    ['an unknown version', '{"v":99,"exercises":{},"lessons":{}}'],
    ['null', 'null'],
  ])('%s: is set aside, progress starts fresh and a notice shows', async (_, raw) => {
    localStorage.setItem('snty:progress', raw);
    const { $progress, $storageNotices } = await loadStores();
    expect($progress.get()).toEqual({ v: 1, exercises: {}, lessons: {} });
    expect(localStorage.getItem('snty:progress:unreadable')).toBe(raw);
    expect(localStorage.getItem('snty:progress')).not.toBe(raw);
    expect($storageNotices.get()).toEqual(['reset']);
  });

  test('after setting it aside, the course keeps saving', async () => {
    localStorage.setItem('snty:progress', 'garbage');
    const { $progress, markLessonComplete } = await loadStores();
    markLessonComplete('01-why');
    expect(JSON.parse(localStorage.getItem('snty:progress')!).lessons['01-why']).toBeDefined();
    expect($progress.get().lessons['01-why']?.completed).toBeTypeOf('string');
  });
});

describe('storage refusing writes', () => {
  test('progress keeps working in memory and the unsaved notice shows', async () => {
    const { $progress, $storageNotices, markLessonComplete } = await loadStores();
    const { swapStorageBackend } = await import('~/stores/storage-engine');
    swapStorageBackend({
      getItem: (key) => localStorage.getItem(key),
      setItem() {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
      removeItem: (key) => localStorage.removeItem(key),
    });
    expect(() => markLessonComplete('01-why')).not.toThrow();
    expect($progress.get().lessons['01-why']?.completed).toBeTypeOf('string');
    expect(localStorage.getItem('snty:progress')).toBeNull();
    expect($storageNotices.get()).toEqual(['unsaved']);
  });
});

describe('another tab', () => {
  function otherTabWrites(key: string, newValue: string | null) {
    localStorage.setItem(key, newValue ?? '');
    if (newValue === null) localStorage.removeItem(key);
    window.dispatchEvent(new StorageEvent('storage', { key, newValue }));
  }

  test('progress saved in another tab shows here', async () => {
    const { $progress } = await loadStores();
    const unlisten = $progress.listen(() => {});
    otherTabWrites(
      'snty:progress',
      JSON.stringify({ v: 1, exercises: {}, lessons: { '03-false': { completed: 'x' } } }),
    );
    expect($progress.get().lessons['03-false']?.completed).toBe('x');
    unlisten();
  });

  test('unreadable data from another tab is set aside with a notice, never thrown', async () => {
    const { $progress, $storageNotices, markLessonComplete } = await loadStores();
    const unlisten = $progress.listen(() => {});
    markLessonComplete('01-why');
    expect(() => otherTabWrites('snty:progress', '{oops')).not.toThrow();
    expect($progress.get()).toEqual({ v: 1, exercises: {}, lessons: {} });
    expect($storageNotices.get()).toEqual(['reset']);
    expect(localStorage.getItem('snty:progress:unreadable')).toBe('{oops');
    unlisten();
  });

  test('a reset in another tab resets here', async () => {
    const { $progress, markLessonComplete } = await loadStores();
    const unlisten = $progress.listen(() => {});
    markLessonComplete('01-why');
    otherTabWrites('snty:progress', null);
    expect($progress.get().lessons).toEqual({});
    unlisten();
  });
});
