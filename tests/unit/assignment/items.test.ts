import { describe, expect, test } from 'vitest';
import { askedItems, assignmentItems, firstPartItems, followUpItems } from '~/assignment/items';
import { loadBank } from '~/node/bank';
import type { Assignment } from '~/schemas/assignment';

const { scenarios } = loadBank();
const mixed: Assignment = {
  v: 2,
  title: 'Mixed verdicts',
  passMark: 80,
  // reply with a follow-up, accept, and whatever else: the questions must not tell them apart.
  scenarios: ['betty-same-school', 'tunde-real-teammate', 'alexa-fake-recruiter-default'],
  tasks: ['judge', 'reply', 'followup'],
};

describe('firstPartItems', () => {
  test('asks the same tasks of every scenario, whatever its verdict', () => {
    const verdicts = new Set(mixed.scenarios.map((id) => scenarios.get(id)!.answer.verdict));
    expect(verdicts.size).toBeGreaterThan(1);
    const items = firstPartItems(mixed);
    expect(items.map((i) => i.task)).toEqual([
      'judge',
      'reply',
      'judge',
      'reply',
      'judge',
      'reply',
    ]);
  });

  test('reads no answer key: the same assignment gives the same questions with any bank', () => {
    expect(firstPartItems(mixed)).toEqual(firstPartItems({ ...mixed }));
    expect(firstPartItems({ ...mixed, tasks: ['judge'] }).every((i) => i.task === 'judge')).toBe(
      true,
    );
  });
});

describe('followUpItems / askedItems', () => {
  test('asks follow-ups after part 1, only where a sender answered and the task is set', () => {
    const withFollowUp = new Set(['betty-same-school']);
    expect(followUpItems(mixed, withFollowUp)).toEqual([
      { scenario: 'betty-same-school', task: 'followup' },
    ]);
    expect(followUpItems({ ...mixed, tasks: ['judge', 'reply'] }, withFollowUp)).toEqual([]);
    expect(askedItems(mixed, withFollowUp).at(-1)).toEqual({
      scenario: 'betty-same-school',
      task: 'followup',
    });
  });
});

describe('assignmentItems', () => {
  test('grades a reply only where replying is the best verdict', () => {
    const graded = assignmentItems(mixed, scenarios).items.filter((i) => i.task === 'reply');
    for (const item of graded) expect(scenarios.get(item.scenario)!.answer.verdict).toBe('reply');
  });
});
