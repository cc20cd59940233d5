import { describe, expect, test } from 'vitest';
import { gradeNote, NOTE_CRITERIA } from '../../../src/grader/index';

const target = { name: 'Maria Gonzalez', headline: 'Auditor' };
const met = (text: string, id: string) =>
  gradeNote(target, text).criteria.find((c) => c.id === id)!.met;

describe('gradeNote', () => {
  test('returns the six criteria in order and passes a good note', () => {
    const r = gradeNote(
      target,
      'Hi Maria, I enjoyed your talk on supply audits. I would love to learn how you plan them.',
    );
    expect(r.criteria.map((c) => c.id)).toEqual([...NOTE_CRITERIA]);
    expect(r).toMatchObject({ score: 6, maxScore: 6, passed: true });
  });

  test('returns nothing met for an empty note', () => {
    expect(gradeNote(target, '').score).toBe(0);
    expect(gradeNote(target, 42 as unknown as string).score).toBe(0);
  });

  test.each([
    ['Hello! Great to meet you at the meetup.', 'greets-by-name', false],
    ['Hello! Great to meet you at the meetup.', 'says-how-we-know', true],
    ["We haven't met, but I enjoyed your talk.", 'says-how-we-know', true],
    ["We haven't met.", 'says-how-we-know', false],
    ['I came across your profile.', 'says-how-we-know', true],
    ['I walked across town.', 'says-how-we-know', false],
    ['Love your design work.', 'says-how-we-know', true],
    ["Let's connect.", 'gives-a-reason', false],
    ['Our software cuts costs by 30%. 15 minutes for a demo?', 'gives-a-reason', true],
    ['Our software cuts costs by 30%. 15 minutes for a demo?', 'no-pitch', false],
    ['We help companies like yours.', 'no-pitch', false],
    ['Grab a free trial.', 'no-pitch', false],
    ['We can save money together.', 'no-pitch', false],
    ['Growth was 30% last year.', 'no-pitch', false],
    ['You ignored my last invite. Accept this one.', 'courteous', false],
    ['x'.repeat(301), 'within-limit', false],
    ['😀'.repeat(300) + '', 'within-limit', true],
  ])('returns the hand label for note case %#', (text, id, want) => {
    expect(met(text, id)).toBe(want);
  });

  test('returns a warning above 200 characters', () => {
    const c = gradeNote(target, 'a '.repeat(120)).criteria.find((x) => x.id === 'within-limit')!;
    expect(c.met).toBe(true);
    expect(c.feedback).toMatch(/200/);
  });
});
