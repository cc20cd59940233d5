import { describe, expect, test } from 'vitest';
import { gradeVerdict } from '../../../../src/grader/index';
import { loadBank } from '../../../../src/node/bank';
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
      /does not claim you were colleagues/,
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
    expect(r.criteria[1]!.feedback).toMatch(/and that is true/);
  });
});

describe('no-reason where the rule leaves it debatable', () => {
  test('returns a neutral criterion (no point won or lost) when the note repeats a claim', () => {
    const { scenarios } = loadBank();
    const betty = scenarios.get('betty-same-school')!;
    const r = gradeVerdict(betty, { verdict: 'reply', flags: ['false-classmate', 'no-reason'] });
    const c = r.criteria.find((x) => x.id === 'flag:no-reason')!;
    expect(c.met).toBeNull();
    expect(c.feedback).toMatch(/^Debatable/);
    expect(r.score).toBe(r.maxScore);
  });

  test('returns not met, never "gives a reason", where the note is the default one', () => {
    const { scenarios } = loadBank();
    const gary = scenarios.get('gary-other-default')!;
    const r = gradeVerdict(gary, { verdict: 'reply', flags: ['unexplained-other', 'no-reason'] });
    expect(r.criteria.find((x) => x.id === 'flag:no-reason')!.met).toBe(true);
    expect(r.criteria.map((c) => c.feedback).join(' ')).not.toMatch(/does give a reason/);
  });
});
