import { describe, expect, test } from 'vitest';
import { gradeNote, NOTE_CRITERIA } from '../../../src/grader/index';
import { NOTE_TARGET as target } from './helpers';

describe('gradeNote', () => {
  test('returns the criteria in order and passes a good note (honest is null without facts)', () => {
    const r = gradeNote(
      target,
      'Hi Maria, I enjoyed your talk on supply audits. I would love to learn how you plan them.',
    );
    expect(r.criteria.map((c) => c.id)).toEqual([...NOTE_CRITERIA]);
    // Says how we know and gives a reason weigh 2 each (src/grader/policy.ts).
    expect(r).toMatchObject({ score: 8, maxScore: 8, passed: true });
    expect(r.criteria.find((c) => c.id === 'honest')!.met).toBeNull();
  });

  test('returns nothing met for an empty note', () => {
    expect(gradeNote(target, '').score).toBe(0);
    expect(gradeNote(target, 42 as unknown as string).score).toBe(0);
  });
});
