import { describe, expect, test } from 'vitest';
import { makeScenario, replyMet as met, withRoute } from '../helpers';

describe('graceful-out', () => {
  test.each([
    'Maybe you have me mixed up with another Omar?',
    'Perhaps you met my brother there?',
    'Perhaps LinkedIn suggested me.',
    'I think this was a mistake.',
    'You might have clicked the wrong person.',
    'Could it be a slip of the finger?',
    'I think LinkedIn got creative there.',
    'Peut-être avez-vous cliqué sur la mauvaise Omar ?',
    'I think LinkedIn mixed things up.',
    "LinkedIn's suggestions can be odd.",
    'I think you mean my cousin.',
    'u sure u got the right omar?',
    'Perhaps a colleague of mine was involved?',
    'u sure u got the right guy?',
    'You may have mixed me up with a former colleague of yours.',
  ])('returns met for %s', (text) => {
    expect(met(text, 'graceful-out')).toBe(true);
  });

  test('returns met for "the wrong <any part of your name>"', () => {
    const lan = makeScenario({ you: { name: 'Nguyen Thi Lan', schools: ['Hanoi University'] } });
    expect(met('I think you have the wrong Lan.', 'graceful-out', lan)).toBe(true);
  });

  test('returns not met for "maybe you can tell me" and "refresh my memory"', () => {
    expect(met('Maybe you can tell me more.', 'graceful-out')).toBe(false);
    expect(met('Could you refresh my memory about where we met?', 'graceful-out')).toBe(false);
  });

  test('returns met for forgiving oneself on the friend route', () => {
    const text = "I can't place where we've met, forgive me if I've forgotten.";
    expect(met(text, 'graceful-out', withRoute('friend'))).toBe(true);
  });
});
