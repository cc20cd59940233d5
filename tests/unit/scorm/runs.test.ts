import { describe, expect, test } from 'vitest';
import { createLmsSession, encodeEntries } from '~/scorm';
import { reportQuizScore } from '~/scorm/quiz';
import { syncRun } from '~/scorm/runs';
import { runsStore } from '~/stores/runs';
import { isRecord } from '~/stores/versioned-atom';
import { fakeApi } from './fake-api';

interface Run {
  current: number;
  at: string;
}
const isRun = (x: unknown): x is Run =>
  isRecord(x) && typeof x.current == 'number' && typeof x.at == 'string';

function started(initial: Record<string, string> = {}) {
  const lms = fakeApi(initial);
  const session = createLmsSession({ api: lms.api, now: () => 0 });
  session.start();
  return { ...lms, session };
}

let stores = 0;
function store(runs: Record<string, Run> = {}) {
  const r = runsStore<Run, 1>({
    key: `test:runs:${++stores}`,
    version: 1,
    max: 5,
    isRun,
    fresh: () => ({ current: 0, at: '' }),
  });
  r.$runs.set({ v: 1, runs });
  return r;
}

describe('syncRun', () => {
  test('restores a newer run the LMS kept, then saves every change', () => {
    const kept = { current: 4, at: '2026-01-02T00:00:00Z' };
    const { session, data } = started({ 'cmi.suspend_data': encodeEntries([['q:a', kept]])! });
    const $runs = store({ a: { current: 1, at: '2026-01-01T00:00:00Z' } });
    syncRun(session, $runs, 'a', 'q:a');
    expect($runs.read('a')).toEqual(kept);
    $runs.$runs.set({ v: 1, runs: { a: { current: 5, at: '2026-01-03T00:00:00Z' } } });
    expect(data['cmi.suspend_data']).toContain('"current":5');
  });

  test('keeps a newer local run and saves it to the LMS', () => {
    const kept = { current: 4, at: '2026-01-01T00:00:00Z' };
    const { session } = started({ 'cmi.suspend_data': encodeEntries([['q:a', kept]])! });
    const local = { current: 7, at: '2026-02-01T00:00:00Z' };
    const $runs = store({ a: local });
    syncRun(session, $runs, 'a', 'q:a');
    expect($runs.read('a')).toEqual(local);
    expect(session.loadState('q:a')).toEqual(local);
  });

  test('ignores resume data of the wrong shape', () => {
    const { session } = started({ 'cmi.suspend_data': encodeEntries([['q:a', 'junk']])! });
    const $runs = store();
    syncRun(session, $runs, 'a', 'q:a');
    expect($runs.$runs.get().runs).toEqual({});
  });

  test('saves only the run it follows, and stops when asked', () => {
    const { session } = started();
    const $runs = store();
    const stop = syncRun(session, $runs, 'a', 'q:a');
    $runs.$runs.set({ v: 1, runs: { b: { current: 1, at: 'x' } } });
    expect(session.loadState('q:a')).toBeUndefined();
    stop();
    $runs.$runs.set({ v: 1, runs: { a: { current: 1, at: 'y' } } });
    expect(session.loadState('q:a')).toBeUndefined();
  });

  test('does nothing offline', () => {
    const session = createLmsSession({ api: undefined, now: () => 0 });
    const $runs = store({ a: { current: 1, at: 'x' } });
    syncRun(session, $runs, 'a', 'q:a')();
    expect(session.loadState('q:a')).toBeUndefined();
  });
});

describe('reportQuizScore', () => {
  test('reports the percentage against the 80% pass mark', () => {
    const { session, data } = started();
    reportQuizScore({ percent: 80 }, true, session);
    expect(data['cmi.core.score.raw']).toBe('80');
    expect(data['cmi.core.lesson_status']).toBe('passed');
  });
});
