import { describe, expect, test } from 'vitest';
import { gradeVerdict } from '../../../../src/grader/index';
import { makeScenario } from '../helpers';

const s = makeScenario();

describe('verdict', () => {
  test('returns partial credit with its reason for a listed alternative', () => {
    const r = gradeVerdict(s, { verdict: 'ignore', flags: ['false-classmate'] });
    expect(r.score).toBe(2);
    expect(r.criteria[0]!.feedback).toContain('Ignoring is safe.');
  });

  test('returns zero and a prompt when no verdict is chosen', () => {
    const r = gradeVerdict(s, { verdict: null, flags: [] });
    expect(r.criteria[0]!.feedback).toMatch(/Choose/);
    expect(gradeVerdict(s, null as never).score).toBe(0);
  });
});
