import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { loadBank } from '~/node/bank';
import { drawQuiz, parseQuizLength, quizPlan, QUIZ_LENGTHS } from '~/quiz/draw';
import { quizPool } from '~/quiz/pool';
import { hashSeed, mulberry32, randomSeed, SEED_PATTERN, shuffle } from '~/quiz/prng';

const { scenarios } = loadBank();
const bank = [...scenarios.values()];
const pool = quizPool(bank);
const seedArb = fc.stringMatching(/^[a-z0-9-]{1,32}$/);

describe('quizPlan', () => {
  test('returns 3 replies, 3 spotting and 4 deciding questions in 10', () => {
    expect(quizPlan(10)).toEqual({ spot: 3, decide: 4, reply: 3 });
  });
  test('scales for 5 and 15 questions', () => {
    expect(quizPlan(5)).toEqual({ spot: 1, decide: 2, reply: 2 });
    expect(quizPlan(15)).toEqual({ spot: 5, decide: 5, reply: 5 });
  });
});

describe('drawQuiz', () => {
  test('returns the same set for the same seed, whatever the bank order', () => {
    const a = drawQuiz(bank, 'class-7', 10);
    const b = drawQuiz([...bank].reverse(), 'class-7', 10);
    expect(b).toEqual(a);
  });

  test('returns the same set from the quiz pool alone as from the whole bank', () => {
    for (const n of QUIZ_LENGTHS) {
      expect(drawQuiz(pool, 'class-7', n)).toEqual(drawQuiz(bank, 'class-7', n));
    }
  });

  test('only ever draws quiz-pool scenarios, for every seed and length', () => {
    const others = bank.filter((s) => s.pool !== 'quiz').map((s) => s.id);
    expect(
      others.length,
      'the bank has lesson and practice scenarios to leave out',
    ).toBeGreaterThan(0);
    fc.assert(
      fc.property(seedArb, fc.constantFrom(...QUIZ_LENGTHS), (seed, n) => {
        for (const item of drawQuiz(bank, seed, n)) {
          expect(scenarios.get(item.scenario)!.pool, item.scenario).toBe('quiz');
        }
      }),
      { numRuns: 300 },
    );
  });

  test('returns nothing from a bank without quiz scenarios', () => {
    expect(
      drawQuiz(
        bank.filter((s) => s.pool !== 'quiz'),
        'x',
        10,
      ),
    ).toEqual([]);
  });

  test('returns different sets for different seeds', () => {
    expect(drawQuiz(bank, 'one', 10)).not.toEqual(drawQuiz(bank, 'two', 10));
  });

  test('is stratified for every seed and length: the plan, no repeats, each kind answerable', () => {
    fc.assert(
      fc.property(seedArb, fc.constantFrom(...QUIZ_LENGTHS), (seed, n) => {
        const items = drawQuiz(bank, seed, n);
        expect(items).toHaveLength(n);
        expect(new Set(items.map((i) => i.scenario)).size).toBe(n);
        const count = (k: string) => items.filter((i) => i.kind === k).length;
        expect({ spot: count('spot'), decide: count('decide'), reply: count('reply') }).toEqual(
          quizPlan(n),
        );
        for (const item of items) {
          const s = scenarios.get(item.scenario)!;
          if (item.kind === 'reply') expect(s.answer.reply).toBeTruthy();
          if (item.kind === 'spot') expect(s.answer.flags.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 200 },
    );
  });

  test('asks to decide on accept, reply and ignore in every set of 10 or more', () => {
    // Every verdict has at least 8 quiz scenarios (tests/unit/bank.test.ts), so this holds.
    fc.assert(
      fc.property(seedArb, fc.constantFrom(10, 15), (seed, n) => {
        const verdicts = drawQuiz(bank, seed, n)
          .filter((i) => i.kind === 'decide')
          .map((i) => scenarios.get(i.scenario)!.answer.verdict);
        expect(new Set(verdicts)).toEqual(new Set(['accept', 'reply', 'ignore']));
      }),
      { numRuns: 200 },
    );
  });

  test('returns a shorter set when the pool is too small, without repeating', () => {
    const items = drawQuiz(pool.slice(0, 3), 'x', 10);
    expect(items.length).toBeGreaterThan(0);
    expect(items.length).toBeLessThanOrEqual(3);
    expect(new Set(items.map((i) => i.scenario)).size).toBe(items.length);
  });
});

describe('parseQuizLength', () => {
  test('returns an offered length, else 10', () => {
    expect(parseQuizLength('15')).toBe(15);
    expect(parseQuizLength('7')).toBe(10);
    expect(parseQuizLength(null)).toBe(10);
    expect(parseQuizLength('__proto__')).toBe(10);
  });
});

describe('prng', () => {
  test('mulberry32 returns numbers in [0, 1), the same sequence for the same seed', () => {
    const a = mulberry32(hashSeed('s'));
    const b = mulberry32(hashSeed('s'));
    for (let i = 0; i < 100; i++) {
      const x = a();
      expect(x).toBe(b());
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });
  test('shuffle returns a permutation', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.integer(), (xs, seed) => {
        expect(shuffle(xs, mulberry32(seed)).sort()).toEqual([...xs].sort());
      }),
    );
  });
  test('randomSeed returns a seed the URL accepts', () => {
    expect(randomSeed()).toMatch(SEED_PATTERN);
  });
});
