import { describe, expect, test } from 'vitest';
import { createLmsSession, encodeEntries, type LmsNotice, type LmsSessionOptions } from '~/scorm';
import { fakeApi, type FakeFaults } from './fake-api';

/** A session over a fake LMS, with a clock the test moves and the notices it raised. */
function setup(
  initial: Record<string, string> = {},
  faults: FakeFaults = {},
  extra: Partial<LmsSessionOptions> = {},
) {
  const lms = fakeApi(initial, faults);
  let time = 1_000_000;
  const notices: LmsNotice[] = [];
  const session = createLmsSession({
    api: lms.api,
    now: () => time,
    onNotice: (n) => notices.push(n),
    ...extra,
  });
  return { ...lms, session, notices, tick: (ms: number) => (time += ms) };
}

const quiz = (score: number, complete: boolean) => ({
  score,
  maxScore: 10,
  passMark: 0.8,
  complete,
});

describe('start', () => {
  test('initialises, marks a new attempt incomplete, asks to keep resume data and commits', () => {
    const { session, data, calls } = setup();
    expect(session.start()).toBe(true);
    expect(session.connected).toBe(true);
    expect(calls[0]).toBe('LMSInitialize');
    expect(data['cmi.core.lesson_status']).toBe('incomplete');
    expect(data['cmi.core.exit']).toBe('suspend');
    expect(calls.at(-1)).toBe('LMSCommit');
  });

  test('keeps a status the LMS already holds', () => {
    const { session, data } = setup({ 'cmi.core.lesson_status': 'passed' });
    session.start();
    expect(data['cmi.core.lesson_status']).toBe('passed');
  });

  test('returns true again without a second LMSInitialize', () => {
    const { session, calls } = setup();
    session.start();
    expect(session.start()).toBe(true);
    expect(calls.filter((c) => c == 'LMSInitialize')).toHaveLength(1);
  });

  test('runs offline and says why when LMSInitialize fails', () => {
    const { session, notices, calls } = setup({}, { initialize: '101' });
    expect(session.start()).toBe(false);
    expect(session.connected).toBe(false);
    expect(notices).toEqual([
      expect.objectContaining({ level: 'error', topic: 'connect', code: '101' }),
    ]);
    expect(notices[0]!.message).toMatch(
      /could not connect.*\(LMS error 101: General exception\)\.$/,
    );
    expect(session.saveState({ a: 1 })).toBe(false);
    expect(session.reportScore(quiz(9, true))).toBe(false);
    session.finish();
    expect(calls).toEqual(['LMSInitialize']);
  });

  test('does nothing at all without an LMS', () => {
    const session = createLmsSession({ api: undefined, now: () => 0 });
    expect(session.start()).toBe(false);
    expect(session.saveState('x')).toBe(false);
    expect(session.loadState()).toBeUndefined();
    expect(session.commit()).toBe(false);
    session.finish();
  });

  test('stays quiet about optional elements the LMS does not implement', () => {
    const { session, notices } = setup({}, { unsupported: /mastery_score|score\.raw/ });
    session.start();
    expect(notices).toEqual([]);
  });
});

describe('loadState', () => {
  test('returns the resume data of an earlier launch', () => {
    const saved = encodeEntries([['quiz', { seed: 'abc', index: 3 }]])!;
    const { session } = setup({ 'cmi.suspend_data': saved, 'cmi.core.entry': 'resume' });
    session.start();
    expect(session.loadState()).toEqual({ seed: 'abc', index: 3 });
    expect(session.loadState('other')).toBeUndefined();
  });

  test('returns undefined for resume data it cannot read', () => {
    const { session } = setup({ 'cmi.suspend_data': 'bookmark=12' });
    session.start();
    expect(session.loadState()).toBeUndefined();
  });
});

describe('saveState', () => {
  test('writes the value into cmi.suspend_data without committing', () => {
    const { session, data, calls } = setup();
    session.start();
    const before = calls.length;
    expect(session.saveState({ seed: 'abc' })).toBe(true);
    expect(data['cmi.suspend_data']).toBe('j{"v":1,"e":[["quiz",{"seed":"abc"}]]}');
    expect(calls.slice(before)).toEqual(['LMSSetValue cmi.suspend_data']);
    expect(session.loadState()).toEqual({ seed: 'abc' });
  });

  test('reports a refused write, keeps the last accepted value, and retries next time', () => {
    const { session, data, notices } = setup({}, { refuseWrites: /suspend_data/ });
    session.start();
    expect(session.saveState({ seed: 'abc' })).toBe(false);
    expect(session.loadState()).toBeUndefined();
    expect(data['cmi.suspend_data']).toBe('');
    expect(notices.at(-1)).toMatchObject({ level: 'error', topic: 'save', code: '405' });
    expect(notices.at(-1)!.message).toMatch(/kept in this browser.*Incorrect data type/);
  });

  test('never writes more than the limit and tells the learner when an answer is too long', () => {
    const { session, data, notices, calls } = setup({}, {}, { suspendLimit: 100 });
    session.start();
    const noise = Array.from({ length: 400 }, (_, i) => ((i * 2654435761) >>> 0) % 97).join(',');
    expect(session.saveState(noise, 'draft')).toBe(false);
    expect(calls).not.toContain('LMSSetValue cmi.suspend_data');
    expect(data['cmi.suspend_data']).toBe('');
    expect(notices.at(-1)).toMatchObject({ level: 'info', topic: 'too-long' });
  });

  test('drops older entries to keep the current answer', () => {
    const { session } = setup({}, {}, { suspendLimit: 120 });
    session.start();
    session.saveState('first draft of about forty characters..', 'a');
    session.saveState('second draft of about forty characters.', 'b');
    expect(session.saveState('the current answer, which must survive', 'c')).toBe(true);
    expect(session.loadState('a')).toBeUndefined();
    expect(session.loadState('c')).toBe('the current answer, which must survive');
  });

  test('reports a value that is not JSON instead of throwing', () => {
    const { session, notices } = setup();
    session.start();
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(session.saveState(cycle)).toBe(false);
    expect(notices.at(-1)).toMatchObject({ level: 'error', topic: 'save' });
  });
});

describe('reportScore', () => {
  test('reports an unfinished attempt as incomplete with its running score, and commits', () => {
    const { session, data, calls, tick } = setup();
    session.start();
    tick(65_500);
    expect(session.reportScore(quiz(3, false))).toBe(true);
    expect(data).toMatchObject({
      'cmi.core.lesson_status': 'incomplete',
      'cmi.core.score.raw': '30',
      'cmi.core.score.min': '0',
      'cmi.core.score.max': '100',
      'cmi.core.session_time': '0000:01:05.50',
    });
    expect(calls.at(-1)).toBe('LMSCommit');
  });

  test('reports passed at the pass mark and failed below it', () => {
    const pass = setup();
    pass.session.start();
    pass.session.reportScore(quiz(8, true));
    expect(pass.data['cmi.core.lesson_status']).toBe('passed');
    const fail = setup();
    fail.session.start();
    fail.session.reportScore({ score: 79, maxScore: 100, passMark: 0.8, complete: true });
    expect(fail.data['cmi.core.lesson_status']).toBe('failed');
    expect(fail.data['cmi.core.score.raw']).toBe('79');
  });

  test("uses the LMS's mastery score over the course's pass mark", () => {
    const { session, data } = setup({ 'cmi.student_data.mastery_score': '60' });
    session.start();
    session.reportScore(quiz(7, true));
    expect(data['cmi.core.lesson_status']).toBe('passed');
  });

  test('rounds the score to two decimals and treats a zero maximum as zero', () => {
    const { session, data } = setup();
    session.start();
    session.reportScore({ score: 2, maxScore: 3, passMark: 0.8, complete: false });
    expect(data['cmi.core.score.raw']).toBe('66.67');
    session.reportScore({ score: 0, maxScore: 0, passMark: 0.8, complete: false });
    expect(data['cmi.core.score.raw']).toBe('0');
  });

  test('keeps a pass when a later attempt is worse or unfinished', () => {
    const { session, data } = setup({
      'cmi.core.lesson_status': 'passed',
      'cmi.core.score.raw': '90',
    });
    session.start();
    session.reportScore(quiz(2, false));
    session.reportScore(quiz(5, true));
    session.reportScore(quiz(8, true));
    expect(data['cmi.core.lesson_status']).toBe('passed');
    expect(data['cmi.core.score.raw']).toBe('90');
    session.reportScore(quiz(10, true));
    expect(data['cmi.core.score.raw']).toBe('100');
  });

  test('replaces a fail with a pass, and a fail with a better fail', () => {
    const { session, data } = setup();
    session.start();
    session.reportScore(quiz(4, true));
    session.reportScore(quiz(6, true));
    expect(data['cmi.core.score.raw']).toBe('60');
    session.reportScore(quiz(5, true));
    expect(data['cmi.core.score.raw']).toBe('60');
    session.reportScore(quiz(9, true));
    expect(data['cmi.core.lesson_status']).toBe('passed');
  });

  test('reports a refused score and a failed commit', () => {
    const { session, notices } = setup({}, { refuseWrites: /score/, commit: true });
    session.start();
    notices.length = 0;
    expect(session.reportScore(quiz(9, true))).toBe(false);
    expect(notices.map((n) => n.code)).toEqual(expect.arrayContaining(['405', '391']));
    expect(notices.every((n) => n.level == 'error' && n.topic == 'save')).toBe(true);
  });
});

describe('finish', () => {
  test('sets the session time and calls LMSFinish once', () => {
    const { session, data, calls, tick } = setup();
    session.start();
    tick(3_723_456);
    session.finish();
    session.finish();
    expect(data['cmi.core.session_time']).toBe('0001:02:03.46');
    expect(calls.filter((c) => c == 'LMSFinish')).toHaveLength(1);
    expect(session.connected).toBe(false);
    expect(session.saveState('late')).toBe(false);
  });

  test('reports an LMSFinish that throws', () => {
    const { session, notices } = setup({}, { finishThrows: true });
    session.start();
    session.finish();
    expect(notices.at(-1)).toMatchObject({ level: 'error', topic: 'finish' });
    expect(notices.at(-1)!.message).toMatch(/LMS script crashed/);
  });

  test('before start, prevents a later start', () => {
    const { session, calls } = setup();
    session.finish();
    expect(session.start()).toBe(false);
    expect(calls).toEqual([]);
  });
});

describe('bookmark', () => {
  test('returns the lesson_location the LMS kept', () => {
    const { session } = setup({ 'cmi.core.lesson_location': '?seed=abc&n=10' });
    session.start();
    expect(session.bookmark).toBe('?seed=abc&n=10');
  });

  test('saves where the learner is at each commit, but never an empty or over-long place', () => {
    let here = '';
    const { session, data } = setup(
      { 'cmi.core.lesson_location': '?seed=old' },
      {},
      { location: () => here },
    );
    session.start();
    expect(data['cmi.core.lesson_location']).toBe('?seed=old');
    here = '?seed=new&n=5';
    session.commit();
    expect(data['cmi.core.lesson_location']).toBe('?seed=new&n=5');
    here = '?' + 'x'.repeat(300);
    session.commit();
    expect(data['cmi.core.lesson_location']).toBe('?seed=new&n=5');
  });
});
