import { describe, expect, test } from 'vitest';
import { gradeNote } from '../../../../src/grader/index';
import { NOTE_TARGET as target, noteMet } from '../helpers';

describe('within-limit', () => {
  test.each([
    ['x'.repeat(301), false],
    ['😀'.repeat(300) + '', true],
  ] as const)('returns %s -> %s', (text, want) => {
    expect(noteMet(text, 'within-limit')).toBe(want);
  });

  test('returns a warning above 200 characters', () => {
    const c = gradeNote(target, 'a '.repeat(120)).criteria.find((x) => x.id === 'within-limit')!;
    expect(c.met).toBe(true);
    expect(c.feedback).toMatch(/200/);
  });
});
