import { describe, expect, test } from 'vitest';
import { gradeNote, NOTE_CRITERIA } from '../../../src/grader/index';
import { NOTE_TARGET as target } from './helpers';

describe('gradeNote', () => {
  test('returns the six criteria in order and passes a good note', () => {
    const r = gradeNote(
      target,
      'Hi Maria, I enjoyed your talk on supply audits. I would love to learn how you plan them.',
    );
    expect(r.criteria.map((c) => c.id)).toEqual([...NOTE_CRITERIA]);
    expect(r).toMatchObject({ score: 6, maxScore: 6, passed: true });
  });

  test('returns nothing met for an empty note', () => {
    expect(gradeNote(target, '').score).toBe(0);
    expect(gradeNote(target, 42 as unknown as string).score).toBe(0);
  });
});
