import { describe, expect, test } from 'vitest';
import { gradeReply, REPLY_CRITERIA } from '../../../src/grader/index';
import { makeScenario, withRoute } from './helpers';

const s = makeScenario();
const model =
  'Hello Lena, your invitation says we went to Boston University together. I actually studied at Northeastern, not BU. Maybe you clicked on the wrong Omar? If not, how do we know each other? And how do you think I can help you?';

describe('gradeReply', () => {
  test('returns the ten criteria in the order of the issue', () => {
    expect(gradeReply(s, model).criteria.map((c) => c.id)).toEqual([...REPLY_CRITERIA]);
  });

  test('returns full marks and passed for a model reply', () => {
    const r = gradeReply(s, model);
    // The two questions and the correction weigh 2 each (src/grader/policy.ts).
    expect(r).toMatchObject({ score: 13, maxScore: 13, passed: true });
  });

  test('returns evidence that is an exact substring of the draft', () => {
    for (const c of gradeReply(s, model).criteria)
      if (c.evidence) expect(model).toContain(c.evidence);
  });

  test('returns nothing met for an empty draft', () => {
    const r = gradeReply(s, '   ');
    expect(r.score).toBe(0);
    expect(r.criteria.find((c) => c.id === 'courteous')!.feedback).toMatch(/Write your reply/);
  });

  test('returns null for corrects-the-claim and graceful-out when the route claims nothing', () => {
    const r = gradeReply(withRoute('none'), model);
    expect(r.maxScore).toBe(10);
    expect(r.criteria.filter((c) => c.met === null).map((c) => c.id)).toEqual([
      'corrects-the-claim',
      'graceful-out',
    ]);
  });

  test('treats a non-string draft as empty instead of throwing', () => {
    expect(gradeReply(s, undefined as unknown as string).score).toBe(0);
  });
  test('returns a result for words that are Object.prototype keys', () => {
    for (const w of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect(gradeReply(s, `Hi Lena, ${w} here.`).criteria).toHaveLength(10);
    }
  });
});
