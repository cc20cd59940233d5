import { describe, expect, test } from 'vitest';
import { courseMastery, lessonMastery, type MasteryProgress } from '~/mastery';

const lessons = [
  { id: '01', exercises: ['verdict:a', 'verdict:b'] },
  { id: '02', exercises: [{ id: 'reply:c' }] },
  { id: '03', exercises: [] },
];

const progress = (
  exercises: Record<string, boolean>,
  lessons: MasteryProgress['lessons'] = {},
): MasteryProgress => ({
  exercises: Object.fromEntries(Object.entries(exercises).map(([id, passed]) => [id, { passed }])),
  lessons,
});

describe('lessonMastery', () => {
  test('counts passed exercises and names the first one not passed as the next step', () => {
    expect(lessonMastery(lessons[0]!, progress({ 'verdict:b': true }))).toEqual({
      lessonId: '01',
      total: 2,
      passed: 1,
      complete: false,
      next: 'verdict:a',
      missed: [],
    });
  });

  test('is complete when every exercise has been passed', () => {
    const m = lessonMastery(lessons[0]!, progress({ 'verdict:a': true, 'verdict:b': true }));
    expect(m).toMatchObject({ passed: 2, complete: true, next: undefined });
  });

  test('an exercise checked but never passed is missed', () => {
    const m = lessonMastery(lessons[0]!, progress({ 'verdict:a': false }));
    expect(m.missed).toEqual(['verdict:a']);
    expect(m.next).toBe('verdict:a');
  });

  test('scrolling to the end completes only a lesson without exercises', () => {
    const read = { '01': { reachedEnd: 't' }, '03': { reachedEnd: 't' } };
    expect(lessonMastery(lessons[0]!, progress({}, read)).complete).toBe(false);
    expect(lessonMastery(lessons[2]!, progress({}, read)).complete).toBe(true);
    expect(lessonMastery(lessons[2]!, progress({})).complete).toBe(false);
  });
});

describe('courseMastery', () => {
  test('a learner who only scrolled has passed nothing and starts at the first exercise', () => {
    const scrolled = progress({}, { '01': { reachedEnd: 't' }, '02': { reachedEnd: 't' } });
    const m = courseMastery(lessons, scrolled);
    expect(m).toMatchObject({ total: 3, passed: 0, share: 0, complete: false });
    expect(m.next).toEqual({ lessonId: '01', exerciseId: 'verdict:a' });
  });

  test('adds up lessons, and lists missed exercises with their lesson', () => {
    const m = courseMastery(
      lessons,
      progress(
        { 'verdict:a': true, 'verdict:b': true, 'reply:c': false },
        { '03': { reachedEnd: 't' } },
      ),
    );
    expect(m).toMatchObject({ total: 3, passed: 2, lessonsComplete: 2, lessonCount: 3 });
    expect(m.share).toBeCloseTo(2 / 3);
    expect(m.next).toEqual({ lessonId: '02', exerciseId: 'reply:c' });
    expect(m.missed).toEqual([{ lessonId: '02', exerciseId: 'reply:c' }]);
  });

  test('ignores results of exercises that are in no lesson (practice items)', () => {
    const m = courseMastery(lessons, progress({ 'practice:p-x:verdict': true }));
    expect(m.passed).toBe(0);
  });

  test('everything passed completes the course', () => {
    const m = courseMastery(
      lessons,
      progress(
        { 'verdict:a': true, 'verdict:b': true, 'reply:c': true },
        { '03': { reachedEnd: 't' } },
      ),
    );
    expect(m).toMatchObject({ share: 1, complete: true, next: undefined, missed: [] });
  });
});
