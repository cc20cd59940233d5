import { describe, expect, test } from 'vitest';
import { CHOICE_CRITERIA } from '../../../src/components/ui/labels';
import { WRITING_CRITERIA } from '../../../src/components/ui/writingCriteria';
import { NOTE_CRITERIA, REPLY_CRITERIA } from '../../../src/grader/index';

describe('REPLY_CRITERIA and NOTE_CRITERIA', () => {
  // The writing names are typed Record<string, string>, so only this test sees a missing one.
  test('returns ids that all have a name the learner sees', () => {
    const unnamed = [...REPLY_CRITERIA, ...NOTE_CRITERIA].filter((id) => !WRITING_CRITERIA[id]);
    expect(unnamed).toEqual([]);
    expect(Object.keys(CHOICE_CRITERIA).sort()).toEqual(['decision', 'verdict']);
  });
});
