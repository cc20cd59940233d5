import { describe, expect, test } from 'vitest';
import { gradeFollowUp, gradeVerdict } from '../../../src/grader/index';
import { makeScenario, withRoute } from './helpers';

const s = makeScenario();

describe('gradeVerdict', () => {
  test('returns full marks for the expected verdict and flags', () => {
    const r = gradeVerdict(s, { verdict: 'reply', flags: ['false-classmate'] });
    expect(r).toMatchObject({ score: 3, maxScore: 3, passed: true });
    expect(r.criteria.map((c) => c.id)).toEqual(['verdict', 'flag:false-classmate']);
  });

  test('returns partial credit with its reason for a listed alternative', () => {
    const r = gradeVerdict(s, { verdict: 'ignore', flags: ['false-classmate'] });
    expect(r.score).toBe(2);
    expect(r.criteria[0]!.feedback).toContain('Ignoring is safe.');
  });

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

  test('returns zero and a prompt when no verdict is chosen', () => {
    const r = gradeVerdict(s, { verdict: null, flags: [] });
    expect(r.criteria[0]!.feedback).toMatch(/Choose/);
    expect(gradeVerdict(s, null as never).score).toBe(0);
  });
});

describe('gradeFollowUp', () => {
  const f = makeScenario({
    followUp: { message: 'Sorry, wrong Omar!', decision: 'decline', why: 'No relationship.' },
  });

  test('returns met for the expected decision', () => {
    expect(gradeFollowUp(f, 'decline')).toMatchObject({ score: 1, maxScore: 1, passed: true });
  });

  test('returns not met with the reason for the other decision or none', () => {
    expect(gradeFollowUp(f, 'accept-with-caution').criteria[0]!.feedback).toMatch(
      /not accept with caution/,
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
