/**
 * Properties that must hold for any input: no throw, a well-formed result, determinism, and time
 * that grows linearly (no regular expression that backtracks catastrophically).
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { gradeNote, gradeReply, type GradeResult } from '../../../src/grader/index';
import { makeScenario, withRoute } from './helpers';

const scenarios = [
  makeScenario(),
  withRoute('friend'),
  withRoute('group', 'Product Guild'),
  withRoute('none'),
];
const target = { name: 'Maria Gonzalez', headline: 'Auditor' };

// Words the rules look for, mixed with noise, so random drafts reach deep into the rules.
const vocab = fc.constantFrom(
  'Hi',
  'Lena',
  'Omar',
  'not',
  "don't",
  'never',
  'BU',
  'Boston',
  'University',
  'how',
  'we',
  'know',
  'each',
  'other',
  'met',
  'help',
  '?',
  '.',
  '!',
  '\n',
  'accept',
  'connected',
  'maybe',
  'wrong',
  '555-0100',
  'a@b.co',
  '12',
  'Oak',
  'Lane',
  'NICE',
  'TRY',
  'idiot',
  '’',
  '😀',
  'é',
  'ß',
  '¿',
  '…',
  'Ms.',
  'Park',
);
const drafts = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.array(vocab, { maxLength: 80 }).map((w) => w.join(' ')),
);

function wellFormed(r: GradeResult, evidenceFrom: string) {
  expect(Number.isFinite(r.score)).toBe(true);
  expect(r.score).toBeGreaterThanOrEqual(0);
  expect(r.score).toBeLessThanOrEqual(r.maxScore);
  // Weighted points (src/grader/policy.ts): each applicable criterion is worth 1 or 2.
  const applicable = r.criteria.filter((c) => c.met !== null).length;
  expect(r.maxScore).toBeGreaterThanOrEqual(applicable);
  expect(r.maxScore).toBeLessThanOrEqual(2 * applicable);
  // A pass needs 80% and never comes with a lead (what to fix first).
  if (r.passed) expect(r.score / r.maxScore).toBeGreaterThanOrEqual(0.8);
  expect(r.passed).toBe(r.lead === undefined && r.maxScore > 0 && r.score / r.maxScore >= 0.8);
  for (const c of r.criteria) {
    expect(typeof c.id).toBe('string');
    expect([true, false, null]).toContain(c.met);
    expect(c.feedback.length).toBeGreaterThan(0);
    expect(c.feedback).not.toMatch(/<[a-z/]/i);
    if (c.evidence !== undefined) expect(evidenceFrom.includes(c.evidence)).toBe(true);
  }
}

describe('gradeReply', () => {
  test('returns a well-formed result with exact-substring evidence for any string', () => {
    fc.assert(
      fc.property(fc.constantFrom(...scenarios), drafts, (s, text) => {
        wellFormed(gradeReply(s, text), text);
      }),
      { numRuns: 400 },
    );
  });

  test('returns the same result when called twice with the same draft', () => {
    fc.assert(
      fc.property(drafts, (text) => {
        expect(gradeReply(scenarios[0]!, text)).toEqual(gradeReply(scenarios[0]!, text));
      }),
      { numRuns: 150 },
    );
  });

  test('returns within a linear time budget for 100 KB adversarial drafts', () => {
    const s = scenarios[0]!;
    const attacks = [
      'a'.repeat(100_000),
      '1 '.repeat(50_000),
      '1-'.repeat(50_000),
      'a@'.repeat(50_000),
      'a.'.repeat(50_000),
      'not '.repeat(25_000),
      'HOW ARE YOU '.repeat(8_000),
      '😀'.repeat(50_000),
      'Hi Lena, how do we know each other? '.repeat(3_000),
    ];
    for (const text of attacks) {
      const t0 = performance.now();
      wellFormed(gradeReply(s, text), text);
      // Generous: the bench goal is 50 ms; this only catches runaway (quadratic) behaviour.
      expect(performance.now() - t0).toBeLessThan(1500);
    }
  });

  test('returns in time roughly proportional to length (10x text, well under 30x time)', () => {
    const s = scenarios[0]!;
    const unit =
      'Hi Lena, I never went to BU! Maybe the wrong Omar? How can I help? call 555 0100. ';
    const time = (text: string) => {
      let best = Infinity;
      for (let i = 0; i < 5; i++) {
        const t0 = performance.now();
        gradeReply(s, text);
        best = Math.min(best, performance.now() - t0);
      }
      return best;
    };
    const small = time(unit.repeat(60));
    const big = time(unit.repeat(600));
    expect(big).toBeLessThan(Math.max(small, 0.5) * 30);
  });
});

describe('gradeNote', () => {
  test('returns a well-formed result with exact-substring evidence for any string', () => {
    fc.assert(
      fc.property(drafts, (text) => {
        const r = gradeNote(target, text);
        wellFormed(r, text);
        expect(gradeNote(target, text)).toEqual(r);
      }),
      { numRuns: 300 },
    );
  });
});
