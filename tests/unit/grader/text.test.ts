import { describe, expect, test } from 'vitest';
import { editDistance } from '../../../src/grader/text';

describe('editDistance', () => {
  test('returns one edit for a swap of neighbouring letters', () => {
    expect(editDistance('siobahn', 'siobhan', 1)).toBe(1);
    expect(editDistance('lena', 'lane', 2)).toBe(2);
    expect(editDistance('omar', 'omra', 0)).toBe(1);
  });
});
