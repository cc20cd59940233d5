import { describe, expect, test } from 'vitest';
import { loadBank } from '~/node/bank';
import { inQuizPool, parseQuizPool, quizPool } from '~/quiz/pool';

const bank = [...loadBank().scenarios.values()];

describe('quizPool', () => {
  test('returns only the quiz scenarios, sorted by id', () => {
    const pool = quizPool([...bank].reverse());
    expect(pool.length).toBeGreaterThanOrEqual(40);
    expect(pool.every((s) => s.pool === 'quiz')).toBe(true);
    expect(pool.map((s) => s.id)).toEqual(pool.map((s) => s.id).sort());
    expect(pool).toHaveLength(bank.filter(inQuizPool).length);
  });
});

describe('parseQuizPool', () => {
  const pool = quizPool(bank);

  test('returns the pool as written by the build (JSON round trip)', () => {
    expect(parseQuizPool(JSON.parse(JSON.stringify(pool)))).toEqual(pool);
  });

  test('throws on something that is not a list (an error page, an empty file)', () => {
    expect(() => parseQuizPool({ error: 'not found' })).toThrow(/not a list/);
    expect(() => parseQuizPool(null)).toThrow(/not a list/);
  });

  test('throws on a scenario from another pool, naming its place', () => {
    const lesson = bank.find((s) => s.pool === 'lesson')!;
    expect(() => parseQuizPool([pool[0], lesson])).toThrow(/item 2 is not a quiz scenario/);
  });

  test('throws on a truncated scenario', () => {
    const { answer: _answer, ...truncated } = pool[0]!;
    expect(() => parseQuizPool([truncated])).toThrow(/item 1/);
  });
});
