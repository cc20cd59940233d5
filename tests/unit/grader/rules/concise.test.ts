import { describe, expect, test } from 'vitest';
import { gradeReply } from '../../../../src/grader/index';
import { makeScenario, replyMet as met } from '../helpers';

const s = makeScenario();

describe('concise', () => {
  test('returns not met under 15 and over 150 words', () => {
    expect(met('Hi Lena, have we met?', 'concise')).toBe(false);
    expect(met('word '.repeat(151), 'concise')).toBe(false);
    expect(met('word '.repeat(20), 'concise')).toBe(true);
    expect(gradeReply(s, 'word '.repeat(151)).criteria[7]!.feedback).toMatch(/trim/);
  });
});
