import { describe, expect, test } from 'vitest';
import { gradeVerdict } from '../../../../src/grader/index';
import { makeScenario } from '../helpers';

const s = makeScenario();

describe('flags', () => {
  test('returns a criterion per missed and wrongly picked flag', () => {
    const r = gradeVerdict(s, {
      verdict: 'accept',
      flags: ['sales-pitch', 'false-colleague', 'no-reason', 'suspicious-profile'],
    });
    expect(r.score).toBe(0);
    expect(r.maxScore).toBe(7);
    const ids = r.criteria.map((c) => c.id);
    expect(ids).toContain('flag:false-classmate');
    expect(r.criteria.find((c) => c.id === 'flag:false-colleague')!.feedback).toMatch(
      /classmate route/,
    );
    expect(r.criteria.find((c) => c.id === 'flag:sales-pitch')!.feedback).toMatch(/sell/);
    expect(r.criteria.find((c) => c.id === 'flag:no-reason')!.feedback).toMatch(/reason/);
  });

  test('returns a flag explanation from the marks or the flag meaning', () => {
    const marked = makeScenario({
      answer: {
        verdict: 'reply',
        flags: ['false-classmate'],
        why: 'Because.',
        reply: 'Hi.',
        marks: [{ flag: 'false-classmate', on: 'route', explain: 'You studied elsewhere.' }],
      },
    });
    expect(gradeVerdict(marked, { verdict: 'reply', flags: [] }).criteria[1]!.feedback).toContain(
      'You studied elsewhere.',
    );
  });

  test('returns the accurate-route explanation when the route flag does not apply', () => {
    const accepted = makeScenario({
      answer: { verdict: 'accept', flags: [], why: 'True classmates.' },
    });
    const r = gradeVerdict(accepted, { verdict: 'accept', flags: ['false-classmate'] });
    expect(r.criteria[1]!.feedback).toMatch(/accurate/);
  });
});
