import { describe, expect, test } from 'vitest';
import {
  assignable,
  followUpMessages,
  readFollowUps,
  readReview,
  toPublicScenario,
} from '~/assignment/public';
import { loadBank } from '~/node/bank';

const bank = [...loadBank().scenarios.values()];
const betty = bank.find((s) => s.id === 'betty-same-school')!;

describe('toPublicScenario', () => {
  test('keeps who "you" are and the card, drops the key and the follow-up', () => {
    const shown = toPublicScenario(betty);
    expect(Object.keys(shown).sort()).toEqual(['id', 'invitation', 'sender', 'you']);
    const text = JSON.stringify(shown);
    for (const secret of [betty.answer.why, betty.answer.reply!, betty.followUp!.message]) {
      expect(text).not.toContain(secret.slice(0, 40));
    }
  });
});

describe('assignable', () => {
  test('leaves out the self-assessment pool only', () => {
    expect(bank.filter((s) => !assignable(s)).every((s) => s.pool === 'quiz')).toBe(true);
    expect(assignable(betty)).toBe(true);
  });
});

describe('followUpMessages / readFollowUps', () => {
  test('round-trips the messages of the scenarios that have one', () => {
    const messages = followUpMessages(bank);
    expect(messages['betty-same-school']).toBe(betty.followUp!.message);
    expect(Object.keys(messages)).toHaveLength(bank.filter((s) => s.followUp).length);
    expect(readFollowUps(JSON.parse(JSON.stringify(messages)))).toEqual(messages);
  });
  test('returns null for anything else', () => {
    expect(readFollowUps([1])).toBeNull();
    expect(readFollowUps(null)).toBeNull();
  });
});

describe('readReview', () => {
  test('returns the scenarios by id, or null when the file is not a review', () => {
    expect(readReview({ scenarios: [betty] })!.get('betty-same-school')).toEqual(betty);
    expect(readReview({})).toBeNull();
    expect(readReview('x')).toBeNull();
  });
});
