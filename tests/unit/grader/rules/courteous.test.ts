import { describe, expect, test } from 'vitest';
import { gradeReply } from '../../../../src/grader/index';
import { makeScenario, noteMet, replyMet as met } from '../helpers';

const s = makeScenario();

describe('courteous in a reply', () => {
  test.each([
    ['Nice try.', false],
    ['This is obviously fake.', false],
    ["Nice, except we've never spoken. Bold move.", false],
    ["Don't waste my time.", false],
    ['Let me guess, you want to sell me solar panels? Hard pass.', false],
    ['STOP ADDING STRANGERS', false],
    ['Please don’t message me again.', true],
    ['I went to NC State, not UCLA MBA.', true],
  ])('returns %s -> %s', (text, want) => {
    expect(met(text, 'courteous')).toBe(want);
  });

  test('returns the offending words as evidence', () => {
    const c = gradeReply(s, 'Lena, nice try and you know it.').criteria.find(
      (x) => x.id === 'courteous',
    )!;
    expect(c.evidence).toBe('nice try');
  });
});

describe('courteous in a note', () => {
  test.each([
    ['Limited offer ends Friday, do not miss out.', false],
    ['Must be nice to be so famous.', false],
    ['Why do you keep ignoring me?', false],
    ['Your paper was sloppy and frankly embarrassing.', false],
    ['I need a referral ASAP. Please accept and reply today.', false],
    ["Since you clearly don't read your messages, maybe you'll notice an invite.", false],
    ['Not sure why you never answer recruiters.', false],
    ['You ignored my last invite. Accept this one.', false],
    ["I see you accept everyone else's invitations but not mine.", false],
    ['Reply me now.', false],
  ] as const)('returns %s -> %s', (text, want) => {
    expect(noteMet(text, 'courteous')).toBe(want);
  });
});
