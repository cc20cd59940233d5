import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { createCourseSession, type LmsNotice } from '~/scorm/course-session';
import type { AnsweredItem } from '~/scorm/interactions';
import { rteOf } from '~/scorm/rte';
import { fakeApi } from './fake-api';

type Api = Record<string, (...args: string[]) => string> & { cmi: Record<string, unknown> };

/** scorm-again's run-times (browser scripts that define globals), loaded once. */
const runtimes = (() => {
  const scope = { window: {} } as Record<string, unknown>;
  for (const file of ['scorm2004.js', 'scorm12.js']) {
    const code = readFileSync(path.resolve('node_modules/scorm-again/dist', file), 'utf8');
    new Function('window', 'self', code).call(scope, scope, scope);
  }
  return scope as unknown as {
    Scorm2004API: new (o: object) => Api & { loadFromJSON(j: object, p: string): void };
    Scorm12API: new (o: object) => Api & { loadFromJSON(j: object, p: string): void };
  };
})();

const verdict: AnsweredItem = {
  id: 'verdict:betty-same-school',
  description: 'Lesson 3: verdict',
  response: ['reply', 'false-classmate'],
  passed: true,
  share: 1,
  weighting: 1,
  skill: 'deciding',
  at: '2026-12-06T14:31:47.000Z',
};
const reply: AnsweredItem = {
  ...verdict,
  id: 'reply:betty-same-school',
  response: 'Hi Betty, how do we know each other?',
  passed: false,
  share: 0.5,
  skill: 'replying',
};

function clock() {
  let t = 1_000;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('the course session on scorm-again (SCORM 2004)', () => {
  test('reads the learner, writes interactions, objectives, status and score, then terminates', () => {
    const api = new runtimes.Scorm2004API({ autocommit: false, logLevel: 5 });
    api.loadFromJSON(
      { learner_name: 'Brooks, Owen', learner_id: 'u42', location: 'quiz/index.html' },
      'cmi',
    );
    const time = clock();
    const notices: LmsNotice[] = [];
    const rte = rteOf(api)!;
    const sets: [string, string][] = [];
    const logged = { ...rte, set: (e: string, v: string) => (sets.push([e, v]), rte.set(e, v)) };
    const session = createCourseSession({
      rte: logged,
      now: time.now,
      onNotice: (n) => notices.push(n),
    });
    expect(session.start()).toBe(true);
    expect(session.version).toBe('2004');
    expect(session.learner).toEqual({ name: 'Owen Brooks', id: 'u42' });
    expect(session.saved.location).toBe('quiz/index.html');
    time.advance(65_000);
    expect(
      session.report({
        items: [verdict, reply],
        complete: false,
        progress: 0.25,
        result: { percent: 80, passed: true },
        location: 'lessons/03-false-claims/index.html',
        suspendData: 'j{}',
      }),
    ).toBe(true);
    expect(String(api.GetValue('cmi.interactions._count'))).toBe('2');
    expect(api.GetValue('cmi.interactions.1.learner_response')).toBe(
      'Hi Betty, how do we know each other?',
    );
    expect(api.GetValue('cmi.interactions.0.result')).toBe('correct');
    expect(api.GetValue('cmi.objectives.1.id')).toBe('deciding');
    expect(api.GetValue('cmi.completion_status')).toBe('incomplete');
    expect(api.GetValue('cmi.success_status')).toBe('passed');
    expect(api.GetValue('cmi.score.scaled')).toBe('0.8');
    expect(api.GetValue('cmi.location')).toBe('lessons/03-false-claims/index.html');
    expect(session.sent).toEqual({
      interactions: 2,
      complete: false,
      result: { percent: 80, passed: true },
    });
    // A changed answer rewrites its own interaction, not a new one.
    session.report({ items: [verdict, { ...reply, passed: true }], complete: true, progress: 1 });
    expect(String(api.GetValue('cmi.interactions._count'))).toBe('2');
    expect(api.GetValue('cmi.interactions.1.result')).toBe('correct');
    expect(api.GetValue('cmi.completion_status')).toBe('completed');
    session.finish();
    session.finish();
    expect(sets.filter(([e]) => e == 'cmi.session_time').at(-1)).toEqual([
      'cmi.session_time',
      'PT0H1M5S',
    ]);
    expect(sets).toContainEqual(['cmi.exit', 'suspend']);
    expect(notices).toEqual([]);
  });
});

describe('the course session on scorm-again (SCORM 1.2)', () => {
  test('one lesson_status: incomplete until mastery, then passed or failed', () => {
    const api = new runtimes.Scorm12API({ autocommit: false, logLevel: 5 });
    api.loadFromJSON({ core: { student_name: 'Brooks, Owen', student_id: 'u42' } }, 'cmi');
    const session = createCourseSession({ rte: rteOf(api), now: clock().now });
    session.start();
    expect(session.learner.name).toBe('Owen Brooks');
    session.report({
      items: [reply],
      complete: false,
      progress: 0.5,
      result: { percent: 60, passed: false },
    });
    expect(api.LMSGetValue('cmi.core.lesson_status')).toBe('incomplete');
    expect(api.LMSGetValue('cmi.core.score.raw')).toBe('60');
    session.report({
      items: [reply],
      complete: true,
      progress: 1,
      result: { percent: 60, passed: false },
    });
    expect(api.LMSGetValue('cmi.core.lesson_status')).toBe('failed');
    session.report({ items: [reply], complete: true, progress: 1 });
    expect(api.LMSGetValue('cmi.core.lesson_status')).toBe('completed');
  });
});

describe('an LMS that misbehaves', () => {
  test('refused writes and a failing commit: one polite notice, false returned, nothing thrown', () => {
    const { api } = fakeApi({}, { refuseWrites: /interactions|score/, commit: true });
    const notices: LmsNotice[] = [];
    const session = createCourseSession({
      rte: rteOf(api),
      now: clock().now,
      onNotice: (n) => notices.push(n),
    });
    expect(session.start()).toBe(true);
    expect(
      session.report({
        items: [verdict],
        complete: false,
        progress: 0,
        result: { percent: 50, passed: false },
      }),
    ).toBe(false);
    expect(session.report({ items: [verdict, reply], complete: false, progress: 0 })).toBe(false);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ level: 'info', topic: 'save', code: '405' });
    expect(notices[0]!.message).toMatch(
      /kept in this browser.*\(LMS error 405: Incorrect data type\)\.$/,
    );
    expect(session.sent.interactions).toBe(0);
  });

  test('an LMS that refuses to start: told once, offline, every call harmless', () => {
    const { api, calls } = fakeApi({}, { initialize: '101' });
    const notices: LmsNotice[] = [];
    const session = createCourseSession({
      rte: rteOf(api),
      now: clock().now,
      onNotice: (n) => notices.push(n),
    });
    expect(session.start()).toBe(false);
    expect(session.connected).toBe(false);
    expect(session.report({ items: [verdict], complete: true, progress: 1 })).toBe(false);
    session.finish();
    expect(calls).toEqual(['LMSInitialize']);
    expect(notices.map((n) => n.topic)).toEqual(['connect']);
  });

  test('an LMS whose calls throw: the session catches them', () => {
    const { api } = fakeApi({}, { finishThrows: true });
    const broken = {
      ...api,
      LMSCommit: () => {
        throw new Error('LMS script crashed');
      },
    };
    const notices: LmsNotice[] = [];
    const session = createCourseSession({
      rte: rteOf(broken),
      now: clock().now,
      onNotice: (n) => notices.push(n),
    });
    session.start();
    expect(() => session.report({ items: [verdict], complete: false, progress: 0 })).not.toThrow();
    expect(() => session.finish()).not.toThrow();
    expect(notices.map((n) => n.topic)).toEqual(['save', 'finish']);
  });

  test('outside an LMS: no session, no notice', () => {
    const session = createCourseSession({ rte: undefined, now: clock().now });
    expect(session.start()).toBe(false);
    expect(session.report({ items: [verdict], complete: true, progress: 1 })).toBe(false);
  });
});
