import { describe, expect, test } from 'vitest';
import { assignmentDifferences, assignmentFingerprint } from '~/assignment/fingerprint';
import type { Assignment } from '~/schemas/assignment';

const week3: Assignment = {
  v: 1,
  title: 'Week 3: false claims',
  passMark: 80,
  scenarios: ['betty-same-school', 'kenji-wrong-university'],
  tasks: ['judge', 'reply'],
};

describe('assignmentFingerprint', () => {
  test('returns 12 hex digits, the same for the same content whatever the task order', () => {
    const a = assignmentFingerprint(week3);
    expect(a).toMatch(/^[0-9a-f]{12}$/);
    expect(assignmentFingerprint({ ...week3, tasks: ['reply', 'judge'] })).toBe(a);
  });

  test('keeps the version 1 fingerprint for a version 2 assignment with the defaults', () => {
    // The value files and saved answers made before version 2 are keyed by.
    expect(assignmentFingerprint(week3)).toBe('937a40747b00');
    const v2: Assignment = {
      ...week3,
      v: 2,
      weights: { judge: 1, reply: 1, followup: 1 },
      review: true,
    };
    expect(assignmentFingerprint(v2)).toBe(assignmentFingerprint(week3));
  });

  test('changes with every field that defines the assignment', () => {
    const base = assignmentFingerprint(week3);
    const changed: Assignment[] = [
      { ...week3, title: 'Week 4' },
      { ...week3, passMark: 79 },
      { ...week3, scenarios: ['kenji-wrong-university', 'betty-same-school'] },
      { ...week3, scenarios: ['betty-same-school'] },
      { ...week3, tasks: ['judge'] },
      { ...week3, v: 2, weights: { judge: 1, reply: 2, followup: 1 } },
      { ...week3, v: 2, review: false },
    ];
    const prints = changed.map(assignmentFingerprint);
    expect(prints).not.toContain(base);
    expect(new Set(prints).size).toBe(changed.length);
  });
});

describe('assignmentDifferences', () => {
  test('returns nothing for the same assignment', () => {
    expect(assignmentDifferences({ ...week3, tasks: ['reply', 'judge'] }, week3)).toEqual([]);
  });

  test('names a changed pass mark with both values', () => {
    expect(assignmentDifferences({ ...week3, passMark: 10 }, week3)).toEqual([
      "This file's pass mark is 10%, the assignment's is 80%.",
    ]);
  });

  test('names the title, scenarios, order, tasks, weights and review', () => {
    expect(assignmentDifferences({ ...week3, title: 'Week 4' }, week3)).toEqual([
      'This file\'s title is "Week 4", the assignment\'s is "Week 3: false claims".',
    ]);
    expect(
      assignmentDifferences(
        { ...week3, scenarios: ['betty-same-school', 'gary-other-default'] },
        week3,
      ),
    ).toEqual([
      'This file has scenarios the assignment does not (gary-other-default) and lacks scenarios of the assignment (kenji-wrong-university).',
    ]);
    expect(
      assignmentDifferences({ ...week3, scenarios: [...week3.scenarios].reverse() }, week3),
    ).toEqual(["This file lists the assignment's scenarios in another order."]);
    expect(assignmentDifferences({ ...week3, tasks: ['judge'] }, week3)).toEqual([
      "This file's tasks are verdict and flags; the assignment's are verdict and flags, reply.",
    ]);
    expect(
      assignmentDifferences(
        { ...week3, v: 2, weights: { judge: 1, reply: 5, followup: 1 } },
        week3,
      ),
    ).toEqual(['This file weighs a reply question 5, the assignment 1.']);
    expect(assignmentDifferences({ ...week3, v: 2, review: false }, week3)).toEqual([
      'This file hides the review from students, the assignment shows it.',
    ]);
  });

  test('lists several differences in field order', () => {
    expect(assignmentDifferences({ ...week3, title: 'X', passMark: 10 }, week3)).toHaveLength(2);
  });
});
