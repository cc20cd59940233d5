import { describe, expect, test } from 'vitest';
import { loadBank } from '~/node/bank';
import { nextPracticeItem, practiceExerciseId, similarItems, skillOf } from '~/practice';
import { RED_FLAGS, VERDICTS, type Scenario } from '~/schemas/scenario';

const bank = [...loadBank().scenarios.values()];
const practice = bank.filter((s) => s.pool === 'practice');
const lessonItems = bank.filter((s) => s.pool === 'lesson');

/** A bank scenario with only what similarItems reads changed. */
const fake = (
  id: string,
  pool: Scenario['pool'],
  verdict: Scenario['answer']['verdict'],
  flags: Scenario['answer']['flags'],
): Scenario => {
  const base = bank[0]!;
  return { ...base, id, pool, answer: { ...base.answer, verdict, flags, reply: 'Hi' } };
};

describe('similarItems', () => {
  test('offers only practice scenarios sharing a red flag or the verdict, best first', () => {
    const items = [
      fake('q-classmate', 'quiz', 'reply', ['false-classmate']),
      fake('p-ignore', 'practice', 'ignore', []),
      fake('p-accept', 'practice', 'accept', []),
      fake('p-one-flag', 'practice', 'ignore', ['false-classmate']),
      fake('p-two-flags', 'practice', 'reply', ['false-classmate', 'no-reason']),
      fake('p-same-verdict', 'practice', 'reply', []),
    ];
    const found = similarItems(
      { verdict: 'reply', flags: ['false-classmate', 'no-reason'] },
      items,
    );
    expect(found.map((s) => s.id)).toEqual(['p-two-flags', 'p-one-flag', 'p-same-verdict']);
  });

  test('never offers an excluded scenario (the one just solved)', () => {
    const items = [fake('p-a', 'practice', 'accept', []), fake('p-b', 'practice', 'accept', [])];
    expect(similarItems({ verdict: 'accept', flags: [] }, items, ['p-a']).map((s) => s.id)).toEqual(
      ['p-b'],
    );
  });

  test('for a flagless skill, flagless items of the same verdict come first', () => {
    const items = [
      fake('p-flagged', 'practice', 'accept', ['sales-pitch']),
      fake('p-clean', 'practice', 'accept', []),
    ];
    expect(similarItems({ verdict: 'accept', flags: [] }, items).map((s) => s.id)).toEqual([
      'p-clean',
      'p-flagged',
    ]);
  });

  test('a reply practice item needs the reply verdict and a model reply', () => {
    const noReply = { ...fake('p-r', 'practice', 'ignore', ['no-reason']) };
    const items = [noReply, fake('p-ok', 'practice', 'reply', ['no-reason'])];
    expect(
      similarItems({ verdict: 'reply', flags: ['no-reason'] }, items, [], 'reply').map((s) => s.id),
    ).toEqual(['p-ok']);
  });

  test('the bank has a similar practice item for every lesson scenario, never itself', () => {
    const without = lessonItems.filter((s) => !similarItems(skillOf(s), bank, [s.id]).length);
    expect(without.map((s) => s.id)).toEqual([]);
    for (const s of practice) {
      expect(similarItems(skillOf(s), bank, [s.id]).map((x) => x.id)).not.toContain(s.id);
    }
  });

  test('the bank has a similar practice reply for every reply exercise scenario', () => {
    const replies = lessonItems.filter((s) => s.answer.verdict === 'reply');
    const without = replies.filter((s) => !similarItems(skillOf(s), bank, [s.id], 'reply').length);
    expect(without.map((s) => s.id)).toEqual([]);
  });

  test('every red flag and verdict has practice items in the bank', () => {
    for (const flag of RED_FLAGS) {
      expect(
        similarItems({ verdict: 'accept', flags: [flag] }, practice).some((s) =>
          s.answer.flags.includes(flag),
        ),
        flag,
      ).toBe(true);
    }
    for (const verdict of VERDICTS) {
      expect(similarItems({ verdict, flags: [] }, practice).length, verdict).toBeGreaterThan(0);
    }
  });
});

describe('nextPracticeItem', () => {
  const items = [
    fake('p-a', 'practice', 'ignore', ['sales-pitch']),
    fake('p-b', 'practice', 'ignore', ['sales-pitch']),
    fake('p-c', 'practice', 'ignore', ['sales-pitch']),
  ];
  const skill = { verdict: 'ignore' as const, flags: ['sales-pitch' as const] };

  test('prefers an item the learner has not met yet', () => {
    expect(nextPracticeItem(skill, items, { exclude: ['p-a'], done: ['p-b'] })?.id).toBe('p-c');
  });

  test('once all have been met, offers one again, but never the one just solved', () => {
    const next = nextPracticeItem(skill, items, { exclude: ['p-a'], done: ['p-a', 'p-b', 'p-c'] });
    expect(next?.id).toBe('p-b');
  });

  test('returns undefined when nothing is similar', () => {
    expect(nextPracticeItem(skill, items, { exclude: ['p-a', 'p-b', 'p-c'] })).toBeUndefined();
  });
});

describe('practiceExerciseId', () => {
  test('saves a practice item under its own id', () => {
    expect(practiceExerciseId('p-a')).toBe('practice:p-a:verdict');
    expect(practiceExerciseId('p-a', 'reply')).toBe('practice:p-a:reply');
  });
});
