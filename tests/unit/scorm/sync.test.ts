import { atom } from 'nanostores';
import { describe, expect, test } from 'vitest';
import { createLmsSession, encodeEntries, syncStoreWithLms } from '~/scorm';
import { fakeApi } from './fake-api';

const isQuiz = (x: unknown): x is { index: number } =>
  typeof x == 'object' && x !== null && typeof (x as { index?: unknown }).index == 'number';

function started(initial: Record<string, string> = {}) {
  const lms = fakeApi(initial);
  const session = createLmsSession({ api: lms.api, now: () => 0 });
  session.start();
  return { ...lms, session };
}

describe('syncStoreWithLms', () => {
  test('restores the value the LMS kept, then saves every change', () => {
    const { session, data } = started({
      'cmi.suspend_data': encodeEntries([['quiz', { index: 4 }]])!,
    });
    const $quiz = atom({ index: 0 });
    syncStoreWithLms(session, $quiz, 'quiz', isQuiz);
    expect($quiz.get()).toEqual({ index: 4 });
    $quiz.set({ index: 5 });
    expect(data['cmi.suspend_data']).toContain('"index":5');
  });

  test('saves the local value when the LMS holds nothing valid', () => {
    const { session } = started({ 'cmi.suspend_data': encodeEntries([['quiz', 'junk']])! });
    const $quiz = atom({ index: 2 });
    syncStoreWithLms(session, $quiz, 'quiz', isQuiz);
    expect($quiz.get()).toEqual({ index: 2 });
    expect(session.loadState('quiz')).toEqual({ index: 2 });
  });

  test('does nothing offline', () => {
    const session = createLmsSession({ api: undefined, now: () => 0 });
    const $quiz = atom({ index: 1 });
    const stop = syncStoreWithLms(session, $quiz, 'quiz', isQuiz);
    $quiz.set({ index: 2 });
    stop();
    expect(session.loadState('quiz')).toBeUndefined();
  });

  test('stops saving when unbound', () => {
    const { session } = started();
    const $quiz = atom({ index: 1 });
    const stop = syncStoreWithLms(session, $quiz, 'quiz', isQuiz);
    stop();
    $quiz.set({ index: 9 });
    expect(session.loadState('quiz')).toEqual({ index: 1 });
  });
});
