// @vitest-environment happy-dom
import { beforeEach, describe, expect, test, vi } from 'vitest';

async function load() {
  vi.resetModules();
  const quiz = await import('~/stores/quiz');
  const assignment = await import('~/stores/assignment');
  const notices = await import('~/stores/notices');
  return { ...quiz, ...assignment, ...notices };
}

beforeEach(() => localStorage.clear());

describe('quizRuns', () => {
  test('a saved answer survives a reload (a fresh module reading storage)', async () => {
    const first = await load();
    first.quizRuns.update('seed:10', { answers: { 0: { verdict: 'reply' } }, current: 1 });
    const again = await load();
    expect(again.quizRuns.read('seed:10')).toMatchObject({
      answers: { 0: { verdict: 'reply' } },
      current: 1,
      finished: false,
    });
  });

  test('runOf gives one store per key, following only that run', async () => {
    const { quizRuns } = await load();
    const store = quizRuns.runOf('a:5');
    expect(quizRuns.runOf('a:5')).toBe(store);
    const seen: unknown[] = [];
    const stop = store.listen((run) => seen.push(run?.current));
    quizRuns.update('a:5', { current: 2 });
    quizRuns.update('b:5', { current: 3 });
    stop();
    expect(seen).toEqual([2]);
    expect(store.get()?.current).toBe(2);
  });

  test('keeps only the five most recent runs', async () => {
    const { quizRuns, MAX_QUIZ_RUNS } = await load();
    for (let i = 0; i < MAX_QUIZ_RUNS + 2; i++) {
      quizRuns.put(`s${i}:10`, {
        answers: {},
        current: 0,
        finished: false,
        at: `2026-01-0${i + 1}`,
      });
    }
    const keys = Object.keys(quizRuns.$runs.get().runs).sort();
    expect(keys).toEqual(['s2:10', 's3:10', 's4:10', 's5:10', 's6:10']);
  });

  test('a key from the prototype is not a run', async () => {
    const { quizRuns } = await load();
    expect(quizRuns.read('toString')).toBeUndefined();
    expect(quizRuns.runOf('__proto__').get()).toBeUndefined();
  });

  test('migrates v1 answers: a draft kept as text becomes reply', async () => {
    localStorage.setItem(
      'snty:quiz',
      JSON.stringify({
        v: 1,
        runs: {
          'x:5': { answers: { 2: { text: 'Hi Betty' } }, current: 2, finished: false, at: 't' },
        },
      }),
    );
    const { quizRuns } = await load();
    expect(quizRuns.read('x:5')?.answers[2]).toEqual({ reply: 'Hi Betty' });
  });

  test('restore upgrades a single v1 run kept by an LMS and refuses junk', async () => {
    const { quizRuns } = await load();
    const old = { answers: { 0: { text: 'Hello' } }, current: 0, finished: true, at: 't' };
    expect(quizRuns.restore(old)?.answers[0]).toEqual({ reply: 'Hello' });
    expect(quizRuns.restore('junk')).toBeUndefined();
    expect(
      quizRuns.restore({ answers: {}, current: 'x', finished: false, at: 't' }),
    ).toBeUndefined();
  });

  test('unreadable saved runs are set aside with a notice, and the store starts empty', async () => {
    localStorage.setItem('snty:quiz', '{"v":2,"runs":{"a:5":{"answers":3}}}');
    const { quizRuns, $storageNotices } = await load();
    expect(quizRuns.$runs.get()).toEqual({ v: 2, runs: {} });
    expect($storageNotices.get()).toContain('reset');
    expect(localStorage.getItem('snty:quiz:unreadable')).toContain('"answers":3');
  });
});

describe('assignmentRuns', () => {
  test('update creates a run with the time it started, then keeps it', async () => {
    const { assignmentRuns } = await load();
    assignmentRuns.update('fp1', { name: 'Robin' });
    const run = assignmentRuns.read('fp1')!;
    expect(run.name).toBe('Robin');
    expect(run.startedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    assignmentRuns.update('fp1', { current: 3 });
    expect(assignmentRuns.read('fp1')).toMatchObject({
      name: 'Robin',
      current: 3,
      startedAt: run.startedAt,
    });
  });

  test('two assignments never mix, and clear forgets one only', async () => {
    const { assignmentRuns } = await load();
    assignmentRuns.update('fp1', { name: 'Robin', answers: { a: { verdict: 'accept' } } });
    assignmentRuns.update('fp2', { name: 'Sam' });
    assignmentRuns.clear('fp1');
    expect(assignmentRuns.read('fp1')).toBeUndefined();
    expect(assignmentRuns.read('fp2')?.name).toBe('Sam');
  });
});
