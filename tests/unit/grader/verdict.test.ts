import { describe, expect, test } from 'vitest';
import { gradeVerdict } from '../../../src/grader/index';
import { makeScenario } from './helpers';

const s = makeScenario();

describe('gradeVerdict', () => {
  test('returns full marks for the expected verdict and flags', () => {
    const r = gradeVerdict(s, { verdict: 'reply', flags: ['false-classmate'] });
    expect(r).toMatchObject({ score: 3, maxScore: 3, passed: true });
    expect(r.criteria.map((c) => c.id)).toEqual(['verdict', 'flag:false-classmate']);
  });
});
