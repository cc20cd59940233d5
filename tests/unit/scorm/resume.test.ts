import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { loadBank } from '~/node/bank';
import {
  betterResult,
  decodeResume,
  encodeResume,
  mergeExercise,
  type ResumeState,
} from '~/scorm/resume';
import { SUSPEND_LIMITS } from '~/scorm/rte';

const { scenarios } = loadBank();
// Twice today's bank: every scenario as a verdict and (when it has a model reply) a reply
// exercise, then all of it again under other ids.
const bank = [...scenarios.values()];
const catalog = [0, 1].flatMap((copy) =>
  bank.flatMap((s) => [
    `verdict:${s.id}${copy ? '-copy' : ''}`,
    ...(s.answer.reply ? [`reply:${s.id}${copy ? '-copy' : ''}`] : []),
  ]),
);

/** A learner who checked every exercise, with a long reply each time, and drafts everywhere. */
function busyLearner(): ResumeState {
  const exercises: ResumeState['exercises'] = {};
  catalog.forEach((id, i) => {
    const at = new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString();
    const answer = id.startsWith('reply:')
      ? { text: `Hello, thank you for the invitation number ${i}. `.repeat(12) }
      : { verdict: 'reply', flags: ['false-classmate', 'vague-route'] };
    exercises[id] = {
      attempts: 1 + (i % 4),
      passed: i % 3 != 0,
      best: { score: i % 7, maxScore: 7 },
      last: { answer, score: i % 7, maxScore: 7, passed: i % 3 != 0, at },
    };
  });
  const drafts = Object.fromEntries(
    catalog
      .filter((id) => id.startsWith('reply:'))
      .map((id, i) => [
        id,
        {
          text: `A draft I am still writing, ${i}. `.repeat(10),
          at: `2026-02-01T00:00:${String(i % 60).padStart(2, '0')}Z`,
        },
      ]),
  );
  const quizAnswers = Object.fromEntries(
    Array.from({ length: 15 }, (_, i) => [
      i,
      { reply: 'Hi, how do we know each other? '.repeat(8) },
    ]),
  );
  return {
    exercises,
    best: { percent: 73.33, passed: false },
    interactionIds: [
      ...catalog,
      ...Array.from({ length: 45 }, (_, i) => `quiz:abcdefgh:15:${i + 1}`),
    ],
    quiz: {
      key: 'abcdefgh:15',
      run: { answers: quizAnswers, current: 14, finished: false, at: '2026-03-01T00:00:00Z' },
    },
    answers: {
      'verdict:not-checked': { answer: { verdict: 'ignore' }, at: '2026-03-02T00:00:00Z' },
    },
    drafts,
  };
}

describe('resume data', () => {
  test.each(['2004', '1.2'] as const)(
    "SCORM %s: a bank twice today's size fits, and every exercise's mastery comes back",
    (version) => {
      const limit = SUSPEND_LIMITS[version];
      const state = busyLearner();
      const data = encodeResume(state, catalog, limit);
      expect(data).toBeDefined();
      expect(data!.length).toBeLessThanOrEqual(limit);
      expect(new TextEncoder().encode(data).length).toBeLessThanOrEqual(limit);
      const back = decodeResume(data!, catalog);
      for (const id of catalog) {
        expect(back.exercises[id]?.passed, id).toBe(state.exercises[id]!.passed);
        expect(back.exercises[id]?.best).toEqual(state.exercises[id]!.best);
      }
      expect(back.best).toEqual(state.best);
      if (version == '2004') {
        // 64,000 characters hold the interaction ids, the quiz run and the newest checks too.
        expect(back.interactionIds).toEqual(state.interactionIds);
        expect(back.quiz).toEqual(state.quiz);
        const newest = catalog.at(-1)!;
        expect(back.exercises[newest]!.last).toEqual(state.exercises[newest]!.last);
      }
    },
  );

  test('a small state comes back whole, readable as JSON', () => {
    const state: ResumeState = {
      exercises: {
        'verdict:a': {
          attempts: 2,
          passed: true,
          best: { score: 3, maxScore: 3 },
          last: {
            answer: { verdict: 'reply', flags: [] },
            score: 3,
            maxScore: 3,
            passed: true,
            at: '2026-01-01T00:00:00.000Z',
          },
        },
        'note:outside-the-list': { attempts: 1, passed: false, best: { score: 1, maxScore: 4 } },
      },
      interactionIds: ['verdict:a', 'quiz:s:5:1'],
      answers: {
        'verdict:b': { answer: { flags: ['vague-route'] }, at: '2026-01-02T00:00:00.000Z' },
      },
      drafts: { 'reply:c': { text: 'Hi', at: '2026-01-03T00:00:00.000Z' } },
    };
    const data = encodeResume(state, ['verdict:a', 'verdict:b', 'reply:c'], 4096)!;
    expect(data.startsWith('j')).toBe(true);
    expect(decodeResume(data, ['verdict:a', 'verdict:b', 'reply:c'])).toEqual(state);
  });

  test('never overflows, whatever the answers (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.boolean(), fc.string({ maxLength: 3000 })), { maxLength: 40 }),
        fc.integer({ min: 200, max: 5000 }),
        (answers, limit) => {
          const ids = answers.map((_, i) => `reply:s${i}`);
          const exercises = Object.fromEntries(
            answers.map(([passed, text], i) => [
              ids[i]!,
              {
                attempts: 1,
                passed,
                best: { score: 1, maxScore: 2 },
                last: { answer: { text }, score: 1, maxScore: 2, passed, at: `t${i}` },
              },
            ]),
          );
          const data = encodeResume(
            { exercises, interactionIds: ids, answers: {}, drafts: {} },
            ids,
            limit,
          );
          if (data === undefined) return;
          expect(data.length).toBeLessThanOrEqual(limit);
          const back = decodeResume(data, ids);
          ids.forEach((id, i) => expect(back.exercises[id]?.passed).toBe(answers[i]![0]));
        },
      ),
      { numRuns: 60 },
    );
  });

  test('unreadable resume data gives an empty state, never an exception', () => {
    for (const junk of ['', 'zzz', 'j{', 'j{"v":1,"e":[["core",5]]}', 'qwerty'])
      expect(decodeResume(junk, ['verdict:a'])).toEqual({
        exercises: {},
        interactionIds: [],
        answers: {},
        drafts: {},
      });
  });

  test('merging: passed if either passed, the better best score, the newer last check', () => {
    const older = {
      answer: { text: 'old' },
      score: 4,
      maxScore: 4,
      passed: true,
      at: '2026-01-01T00:00:00Z',
    };
    const newer = {
      answer: { text: 'new' },
      score: 1,
      maxScore: 4,
      passed: false,
      at: '2026-01-02T00:00:00Z',
    };
    expect(
      mergeExercise(
        { attempts: 1, passed: false, best: { score: 1, maxScore: 4 }, last: newer },
        { attempts: 3, passed: true, best: { score: 4, maxScore: 4 }, last: older },
      ),
    ).toEqual({ attempts: 3, passed: true, best: { score: 4, maxScore: 4 }, last: newer });
    // Only the mastery was kept: the check stands in with the best score and no answer.
    expect(
      mergeExercise(undefined, { attempts: 2, passed: true, best: { score: 3, maxScore: 3 } }).last,
    ).toEqual({
      answer: {},
      score: 3,
      maxScore: 3,
      passed: true,
      at: '1970-01-01T00:00:00.000Z',
    });
  });

  test('the better result: a pass beats a fail, then the higher score', () => {
    expect(betterResult({ percent: 90, passed: false }, { percent: 80, passed: true })).toEqual({
      percent: 80,
      passed: true,
    });
    expect(betterResult({ percent: 85, passed: true }, { percent: 80, passed: true })).toEqual({
      percent: 85,
      passed: true,
    });
    expect(betterResult(undefined, { percent: 10, passed: false })).toEqual({
      percent: 10,
      passed: false,
    });
  });
});
