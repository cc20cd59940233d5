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
    expect(saved.last).toMatchObject({
      answer: { verdict: 'ignore' },
      score: 1,
      maxScore: 3,
      passed: false,
    });
    expect(saved.passed).toBe(false);
    expect(new Date(saved.last.at).toISOString()).toBe(saved.last.at);
  });

  test('stays passed once passed, while the last check can fail', async () => {
    const { $progress, recordAttempt } = await loadStores();
    recordAttempt('verdict:x', { score: 3, maxScore: 3, passed: true }, { verdict: 'reply' });
    recordAttempt('verdict:x', { score: 0, maxScore: 3, passed: false }, { verdict: 'accept' });
    const saved = $progress.get().exercises['verdict:x']!;
    expect(saved.passed).toBe(true);
    expect(saved.last.passed).toBe(false);
  });

  test('keeps a text as { text } and a follow-up decision as { decision }', async () => {
    const { $progress, recordAttempt } = await loadStores();
    recordAttempt('reply:x', { score: 1, maxScore: 9, passed: false }, 'Hello Betty');
    recordAttempt('followup:x', { score: 1, maxScore: 1, passed: true }, 'decline');
    recordAttempt('practice:p-x:verdict', { score: 1, maxScore: 3, passed: false }, null);
    const { exercises } = $progress.get();
    expect(exercises['reply:x']?.last.answer).toEqual({ text: 'Hello Betty' });
    expect(exercises['followup:x']?.last.answer).toEqual({ decision: 'decline' });
    expect(exercises['practice:p-x:verdict']?.last.answer).toEqual({});
  });

  test('saves to localStorage in the versioned shape', async () => {
    const { recordAttempt } = await loadStores();
    recordAttempt('reply:x', { score: 9, maxScore: 10, passed: true }, 'Hello Betty');
    const stored = JSON.parse(localStorage.getItem('snty:progress')!);
    expect(stored.v).toBe(2);
    expect(stored.exercises['reply:x']).toMatchObject({ attempts: 1, passed: true });
  });

  test('survives a reload', async () => {
    (await loadStores()).recordAttempt('note:x', { score: 1, maxScore: 6, passed: false }, 'Hi');
    const { $progress } = await loadStores();
    expect($progress.get().exercises['note:x']?.attempts).toBe(1);
  });
});

describe('saveAnswer and readAnswer', () => {
  test('an unchecked answer survives a reload', async () => {
    (await loadStores()).saveAnswer('verdict:x', { verdict: 'ignore', flags: ['sales-pitch'] });
    const { readAnswer } = await loadStores();
    expect(readAnswer('verdict:x')).toEqual({ verdict: 'ignore', flags: ['sales-pitch'] });
  });

  test('without a saved answer, the last answer checked comes back', async () => {
    const { recordAttempt, saveAnswer, readAnswer } = await loadStores();
    recordAttempt('verdict:x', { score: 3, maxScore: 3, passed: true }, { verdict: 'reply' });
    saveAnswer('verdict:x', null);
    expect(readAnswer('verdict:x')).toEqual({ verdict: 'reply' });
    expect(readAnswer('verdict:never')).toBeUndefined();
  });
});

describe('lessons', () => {
  test('markLessonVisited remembers the last lesson', async () => {
    const { $progress, markLessonVisited } = await loadStores();
    markLessonVisited('01-why');
    markLessonVisited('02-anatomy');
    expect($progress.get().lastLesson).toBe('02-anatomy');
  });

  test('reaching the end of a lesson is noted once and passes no exercise', async () => {
    const { $progress, markLessonEndReached } = await loadStores();
    markLessonEndReached('01-why');
    const first = $progress.get().lessons['01-why']?.reachedEnd;
    markLessonEndReached('01-why');
    expect($progress.get().lessons['01-why']?.reachedEnd).toBe(first);
    expect($progress.get().exercises).toEqual({});
  });

  test('resetProgress forgets progress, answers and drafts', async () => {
    const { $progress, markLessonEndReached, saveAnswer, resetProgress, emptyProgress } =
      await loadStores();
    const { $drafts, saveDraft } = await import('~/stores/drafts');
    markLessonEndReached('01-why');
    saveAnswer('verdict:x', { verdict: 'accept' });
    saveDraft('reply:x', 'Hello');
    resetProgress();
    expect($progress.get()).toEqual(emptyProgress());
    expect($progress.get()).toEqual({ v: 2, exercises: {}, answers: {}, lessons: {} });
    expect($drafts.get().texts).toEqual({});
  });
});

describe('migration from version 1', () => {
  const v1 = {
    v: 1,
    exercises: {
      'verdict:betty': {
        attempts: 2,
        best: { score: 3, maxScore: 3 },
        passed: true,
        last: { verdict: 'reply', flags: ['false-classmate'] },
        at: '2026-01-02T03:04:05.000Z',
      },
      'reply:betty': {
        attempts: 1,
        best: { score: 4, maxScore: 9 },
        passed: false,
        last: 'Hi Betty',
        at: '2026-01-02T03:05:00.000Z',
      },
      'followup:kwame': {
        attempts: 1,
        best: { score: 0, maxScore: 1 },
        passed: false,
        last: 'accept',
        at: '2026-01-02T03:06:00.000Z',
      },
    },
    lessons: { '01-why': { visited: 'a', completed: 'b' }, '02-anatomy': { visited: 'c' } },
    lastLesson: '02-anatomy',
  };

  test('upgrades saved v1 progress to v2, keeping every result and answer', async () => {
    localStorage.setItem('snty:progress', JSON.stringify(v1));
    const { $progress, $storageNotices, readAnswer } = await loadStores();
    const progress = $progress.get();
    expect(progress.v).toBe(2);
    expect(progress.exercises['verdict:betty']).toEqual({
      attempts: 2,
      best: { score: 3, maxScore: 3 },
      passed: true,
      last: {
        answer: { verdict: 'reply', flags: ['false-classmate'] },
        score: 3,
        maxScore: 3,
        passed: true,
        at: '2026-01-02T03:04:05.000Z',
      },
    });
    expect(progress.exercises['reply:betty']?.last.answer).toEqual({ text: 'Hi Betty' });
    expect(progress.exercises['followup:kwame']?.last.answer).toEqual({ decision: 'accept' });
    expect(readAnswer('verdict:betty')).toEqual({ verdict: 'reply', flags: ['false-classmate'] });
    expect(progress.answers).toEqual({});
    expect($storageNotices.get()).toEqual([]);
  });

  test('"completed" (scrolled to the end) becomes reachedEnd; the last lesson stays', async () => {
    localStorage.setItem('snty:progress', JSON.stringify(v1));
    const { $progress } = await loadStores();
    expect($progress.get().lessons).toEqual({
      '01-why': { visited: 'a', reachedEnd: 'b' },
      '02-anatomy': { visited: 'c' },
    });
    expect($progress.get().lastLesson).toBe('02-anatomy');
  });

  test('the next save writes version 2', async () => {
    localStorage.setItem('snty:progress', JSON.stringify(v1));
    const { markLessonVisited } = await loadStores();
    markLessonVisited('03-false');
    expect(JSON.parse(localStorage.getItem('snty:progress')!).v).toBe(2);
  });

  test('wrongly shaped v1 data is set aside like any unreadable data', async () => {
    const raw = JSON.stringify({ v: 1, exercises: { x: { attempts: 'two' } }, lessons: {} });
    localStorage.setItem('snty:progress', raw);
    const { $progress, $storageNotices, emptyProgress } = await loadStores();
    expect($progress.get()).toEqual(emptyProgress());
    expect(localStorage.getItem('snty:progress:unreadable')).toBe(raw);
    expect($storageNotices.get()).toEqual(['reset']);
  });
});

describe('unreadable saved progress', () => {
  test.each([
    ['not JSON', '{"v":2,"exercises":'],
    ['the wrong shape', '{"v":2,"exercises":[],"answers":{},"lessons":{}}'],
    [
      'an answer that is not a record',
      '{"v":2,"exercises":{},"answers":{"x":{"answer":"a","at":"t"}},"lessons":{}}',
    ],
    ['an unknown version', '{"v":99,"exercises":{},"lessons":{}}'],
    ['null', 'null'],
  ])('%s: is set aside, progress starts fresh and a notice shows', async (_, raw) => {
    localStorage.setItem('snty:progress', raw);
    const { $progress, $storageNotices } = await loadStores();
    expect($progress.get()).toEqual({ v: 2, exercises: {}, answers: {}, lessons: {} });
    expect(localStorage.getItem('snty:progress:unreadable')).toBe(raw);
    expect(localStorage.getItem('snty:progress')).not.toBe(raw);
    expect($storageNotices.get()).toEqual(['reset']);
  });

  test('after setting it aside, the course keeps saving', async () => {
    localStorage.setItem('snty:progress', 'garbage');
    const { $progress, markLessonEndReached } = await loadStores();
    markLessonEndReached('01-why');
    expect(JSON.parse(localStorage.getItem('snty:progress')!).lessons['01-why']).toBeDefined();
    expect($progress.get().lessons['01-why']?.reachedEnd).toBeTypeOf('string');
  });
});

describe('storage refusing writes', () => {
  test('progress keeps working in memory and the unsaved notice shows', async () => {
    const { $progress, $storageNotices, markLessonEndReached } = await loadStores();
    const { swapStorageBackend } = await import('~/stores/storage-engine');
    swapStorageBackend({
      getItem: (key) => localStorage.getItem(key),
      setItem() {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
      removeItem: (key) => localStorage.removeItem(key),
    });
    expect(() => markLessonEndReached('01-why')).not.toThrow();
    expect($progress.get().lessons['01-why']?.reachedEnd).toBeTypeOf('string');
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
      JSON.stringify({
        v: 2,
        exercises: {},
        answers: {},
        lessons: { '03-false': { reachedEnd: 'x' } },
      }),
    );
    expect($progress.get().lessons['03-false']?.reachedEnd).toBe('x');
    unlisten();
  });

  test('unreadable data from another tab is set aside with a notice, never thrown', async () => {
    const { $progress, $storageNotices, markLessonEndReached } = await loadStores();
    const unlisten = $progress.listen(() => {});
    markLessonEndReached('01-why');
    expect(() => otherTabWrites('snty:progress', '{oops')).not.toThrow();
    expect($progress.get()).toEqual({ v: 2, exercises: {}, answers: {}, lessons: {} });
    expect($storageNotices.get()).toEqual(['reset']);
    expect(localStorage.getItem('snty:progress:unreadable')).toBe('{oops');
    unlisten();
  });

  test('a reset in another tab resets here', async () => {
    const { $progress, markLessonEndReached } = await loadStores();
    const unlisten = $progress.listen(() => {});
    markLessonEndReached('01-why');
    otherTabWrites('snty:progress', null);
    expect($progress.get().lessons).toEqual({});
    unlisten();
  });
});
