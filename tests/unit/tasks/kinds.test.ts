import { describe, expect, test } from 'vitest';
import { loadBank } from '~/node/bank';
import {
  answerFor,
  gradeTask,
  TASK_KIND_IDS,
  TASK_KINDS,
  taskAnswered,
  taskApplies,
} from '~/tasks';

const { scenarios } = loadBank();
const bank = [...scenarios.values()];
const betty = scenarios.get('betty-same-school')!;
const kaveh = scenarios.get('kaveh-real-friend')!;

describe('TASK_KINDS', () => {
  test('every kind has a name, a prompt, a skill and at least one answer field', () => {
    for (const kind of TASK_KIND_IDS) {
      const spec = TASK_KINDS[kind];
      expect(spec.name.length, kind).toBeGreaterThan(3);
      expect(spec.prompt, kind).toMatch(/[.?]$/);
      expect(['spotting', 'deciding', 'replying']).toContain(spec.skill);
      expect(spec.fields.length, kind).toBeGreaterThan(0);
    }
  });

  test('a model answer earns full marks on every scenario a kind applies to', () => {
    for (const s of bank) {
      const model = {
        verdict: s.answer.verdict,
        flags: s.answer.flags,
        reply: s.answer.reply,
        decision: s.followUp?.decision,
      };
      for (const kind of TASK_KIND_IDS) {
        if (!taskApplies(s, kind) || kind === 'reply') continue;
        expect(gradeTask(s, kind, model).share, `${s.id} ${kind}`).toBe(1);
      }
    }
  });

  test('an empty answer earns nothing', () => {
    for (const kind of TASK_KIND_IDS) {
      if (taskApplies(betty, kind)) expect(gradeTask(betty, kind, {}).share, kind).toBe(0);
    }
  });
});

describe('taskApplies', () => {
  test('a reply only where the best verdict is to reply, a follow-up only where there is one', () => {
    expect(taskApplies(betty, 'reply')).toBe(true);
    expect(taskApplies(kaveh, 'reply')).toBe(false);
    expect(taskApplies(betty, 'followup')).toBe(!!betty.followUp);
    expect(taskApplies(kaveh, 'followup')).toBe(false);
  });

  test('spotting needs a scenario with red flags', () => {
    expect(taskApplies(betty, 'spot')).toBe(true);
    expect(taskApplies(kaveh, 'spot')).toBe(false);
  });
});

describe('taskAnswered', () => {
  test('reads the fields of its kind only', () => {
    expect(taskAnswered('judge', { verdict: 'reply' })).toBe(true);
    expect(taskAnswered('judge', { flags: ['no-reason'] })).toBe(false);
    expect(taskAnswered('reply', { reply: '   ' })).toBe(false);
    expect(taskAnswered('reply', { reply: 'Hi Betty' })).toBe(true);
    expect(taskAnswered('followup', { decision: 'decline' })).toBe(true);
    expect(taskAnswered('spot', { flags: [] })).toBe(false);
    expect(taskAnswered('decide', null)).toBe(false);
  });
});

describe('answerFor', () => {
  const all = {
    verdict: 'reply',
    flags: ['false-classmate'],
    reply: 'Hi',
    decision: 'decline',
  } as const;
  test('keeps only what a kind reads', () => {
    expect(answerFor('judge', all)).toEqual({ verdict: 'reply', flags: ['false-classmate'] });
    expect(answerFor('reply', all)).toEqual({ reply: 'Hi' });
    expect(answerFor('followup', all)).toEqual({ decision: 'decline' });
  });
  test('is null when the kind has nothing to read', () => {
    expect(answerFor('reply', { verdict: 'accept' })).toBeNull();
    expect(answerFor('judge', undefined)).toBeNull();
  });
});

describe('gradeTask', () => {
  test('spotting keeps only the flag criteria; deciding only the verdict', () => {
    const spot = gradeTask(betty, 'spot', { flags: ['false-classmate', 'sales-pitch'] });
    expect(spot.result.criteria.every((c) => c.id.startsWith('flag:'))).toBe(true);
    expect(spot.share).toBeLessThan(1);
    const decide = gradeTask(betty, 'decide', { verdict: 'accept' });
    expect(decide.result.criteria.map((c) => c.id)).toEqual(['verdict']);
  });

  test('spotting scores a debatable flag as the verdict task does: no point won or lost', () => {
    // Betty's invitation has no note, so "no reason given" is debatable there (met: null).
    const both = gradeTask(betty, 'spot', { flags: ['false-classmate', 'no-reason'] });
    expect(both.result.criteria.some((c) => c.met === null)).toBe(true);
    expect(both.result).toMatchObject({ score: 1, maxScore: 1, passed: true });
    expect(both.share).toBe(1);
    const alone = gradeTask(betty, 'spot', { flags: ['no-reason'] });
    expect(alone.result).toMatchObject({ score: 0, maxScore: 1, passed: false });
  });
});
