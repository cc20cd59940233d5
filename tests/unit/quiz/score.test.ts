import { describe, expect, test } from 'vitest';
import { loadBank } from '~/node/bank';
import { drawQuiz } from '~/quiz/draw';
import { scoreQuiz } from '~/quiz/score';
import { gradeTask, type TaskAnswer } from '~/tasks';

const { scenarios } = loadBank();
const bank = [...scenarios.values()];
const modelAnswer = (id: string): TaskAnswer => {
  const s = scenarios.get(id)!;
  return { verdict: s.answer.verdict, flags: s.answer.flags, reply: s.answer.reply };
};

describe('gradeTask', () => {
  const betty = scenarios.get('betty-same-school')!;
  test('spotting counts only the flags', () => {
    expect(gradeTask(betty, 'spot', { flags: ['false-classmate'] }).share).toBe(1);
    const wrong = gradeTask(betty, 'spot', { flags: ['false-classmate', 'sales-pitch'] });
    expect(wrong.share).toBe(0.5);
    expect(wrong.result.criteria.every((c) => c.id.startsWith('flag:'))).toBe(true);
  });
  test('deciding gives partial credit where the scenario allows it', () => {
    expect(gradeTask(betty, 'decide', { verdict: 'reply' }).share).toBe(1);
    expect(gradeTask(betty, 'decide', { verdict: 'ignore' }).share).toBe(0.5);
    expect(gradeTask(betty, 'decide', { verdict: 'accept' }).share).toBe(0);
    expect(gradeTask(betty, 'decide', {}).result.criteria.map((c) => c.id)).toEqual(['verdict']);
  });
  test('replying grades the draft with gradeReply', () => {
    expect(gradeTask(betty, 'reply', { reply: betty.answer.reply }).share).toBeGreaterThanOrEqual(
      0.9,
    );
    expect(gradeTask(betty, 'reply', {}).share).toBe(0);
  });
});

describe('scoreQuiz', () => {
  const items = drawQuiz(bank, 'score-test', 10);
  test('returns 100% and a pass for the model answers', () => {
    const answers = Object.fromEntries(items.map((it, i) => [i, modelAnswer(it.scenario)]));
    const score = scoreQuiz(items, answers, scenarios);
    expect(score.passed).toBe(true);
    expect(score.percent).toBeGreaterThanOrEqual(95);
    expect(score.skills.map((s) => [s.skill, s.questions])).toEqual([
      ['spotting', 3],
      ['deciding', 4],
      ['replying', 3],
    ]);
  });
  test('returns a fail when nothing is answered', () => {
    const score = scoreQuiz(items, {}, scenarios);
    expect(score.passed).toBe(false);
    expect(score.percent).toBeLessThan(80);
  });
  test('leaves out scenarios no longer in the bank', () => {
    const score = scoreQuiz([{ scenario: 'gone', kind: 'decide' }, ...items], {}, scenarios);
    expect(score.graded).toHaveLength(10);
  });
});
