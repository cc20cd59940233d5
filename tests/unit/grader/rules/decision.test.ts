import { describe, expect, test } from 'vitest';
import { gradeFollowUp } from '../../../../src/grader/index';
import { makeScenario, withRoute } from '../helpers';

describe('decision', () => {
  const f = makeScenario({
    followUp: { message: 'Sorry, wrong Omar!', decision: 'decline', why: 'No relationship.' },
  });

  test('returns met for the expected decision', () => {
    expect(gradeFollowUp(f, 'decline')).toMatchObject({ score: 1, maxScore: 1, passed: true });
  });

  test('returns not met with the reason for the other decision or none', () => {
    expect(gradeFollowUp(f, 'accept-with-caution').criteria[0]!.feedback).toMatch(
      /not accept, with a little less trust and respect/,
    );
    expect(gradeFollowUp(f, null).criteria[0]!.feedback).toMatch(/Choose/);
  });

  test('returns null and maxScore 0 when the scenario has no follow-up', () => {
    expect(gradeFollowUp(withRoute('none'), 'decline')).toMatchObject({
      score: 0,
      maxScore: 0,
      passed: false,
    });
  });
});
