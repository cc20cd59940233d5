import { describe, expect, test } from 'vitest';
import { gradeReply } from '../../../../src/grader/index';
import { makeScenario, noteMet, replyMet as met } from '../helpers';

const s = makeScenario();

describe('greets-by-name in a reply', () => {
  test.each([
    ['Lena - quick question about your invite', true],
    ['Dear Ms. Park, thank you', true],
    ['hi lenna, thanks', true],
    ['Thank you for your invitation, Lena.', true],
    ['Hello, Omar here. Thanks for the invite.', false],
    ['Hi there, thanks for the invite.', false],
    ['Hi, Lena here. Thanks for the invite.', false],
    ['Thanks for the invite. I have a question for you about it, Lena.', false],
  ])('returns %s -> %s', (text, want) => {
    expect(met(text, 'greets-by-name')).toBe(want);
  });

  test('returns met for a title and a surname in parts, with or without its hyphen', () => {
    const dr = makeScenario({ sender: { name: 'Fatima Al-Sayed', headline: 'Professor' } });
    for (const text of ['Dear Dr. Al-Sayed, thank you.', 'dr alsayed, thanks', 'Dr Sayed, hello'])
      expect(met(text, 'greets-by-name', dr)).toBe(true);
    expect(met('Dear Dr. Haddad, thank you.', 'greets-by-name', dr)).toBe(false);
  });

  test('returns feedback asking to name the sender, not oneself', () => {
    const c = gradeReply(s, 'Hi, Omar here.').criteria[0]!;
    expect(c.feedback).toMatch(/name yourself/);
  });

  test('returns met for a misspelt name with two neighbouring letters swapped', () => {
    const sio = makeScenario({ sender: { name: 'Siobhan Kelly', headline: 'Physio' } });
    expect(met('hi siobahn, thanks', 'greets-by-name', sio)).toBe(true);
  });
});

describe('greets-by-name in a note', () => {
  test.each([['Hello! Great to meet you at the meetup.', false]] as const)(
    'returns %s -> %s',
    (text, want) => {
      expect(noteMet(text, 'greets-by-name')).toBe(want);
    },
  );
});
