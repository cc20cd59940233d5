import { describe, expect, test } from 'vitest';
import { gradeReply } from '../../../../src/grader/index';
import { makeScenario, replyMet as met, withRoute } from '../helpers';

describe('corrects-the-claim', () => {
  test('returns met for correcting the school', () => {
    expect(met('I went to Northeastern, not BU.', 'corrects-the-claim')).toBe(true);
  });

  test('returns not met for corrects-the-claim when the draft affirms the claim', () => {
    expect(met('Go Terriers! Great to hear from a fellow BU alum.', 'corrects-the-claim')).toBe(
      false,
    );
  });

  test('returns met for a first-person statement of the true school', () => {
    expect(met('Hi Lena, I studied at Northeastern University.', 'corrects-the-claim')).toBe(true);
  });

  test('returns not met for "Didn\'t we meet at BU?"', () => {
    expect(met("Didn't we meet at BU?", 'corrects-the-claim')).toBe(false);
  });

  test('returns met for "That is incorrect"', () => {
    expect(met('Your invitation is incorrect.', 'corrects-the-claim')).toBe(true);
  });

  test('returns met for a soft correction on the friend route', () => {
    const f = withRoute('friend');
    const text = "I can't place where we've met, forgive me if I've forgotten.";
    expect(met(text, 'corrects-the-claim', f)).toBe(true);
    expect(met('Are we friends? I do not think so.', 'corrects-the-claim', f)).toBe(true);
  });

  test('returns met for a first-person statement of the true school in other languages', () => {
    const sevilla = makeScenario({
      you: { name: 'Carmen Vidal', schools: ['Universidad de Sevilla'] },
    });
    expect(met('Yo estudié en la Universidad de Sevilla.', 'corrects-the-claim', sevilla)).toBe(
      true,
    );
    const ucsd = makeScenario({ you: { name: 'Daniela Ruiz', schools: ['UC San Diego'] } });
    expect(met('i actually went to ucsd lol', 'corrects-the-claim', ucsd)).toBe(true);
  });

  test('returns met for "we never overlapped" and a claim a few words before the negation', () => {
    const globex = withRoute('colleague', 'Globex');
    expect(met('We never overlapped: I joined in 2021.', 'corrects-the-claim', globex)).toBe(true);
    expect(met('Globex kenne ich allerdings nicht.', 'corrects-the-claim', globex)).toBe(true);
  });

  test('returns met for corrections in French and Portuguese', () => {
    const globex = withRoute('colleague', 'Globex');
    const fr = "Je n'ai jamais travaillé chez Globex, l'entreprise m'est inconnue.";
    expect(met(fr, 'corrects-the-claim', globex)).toBe(true);
    const pt = 'O LinkedIn diz que somos amigos, mas nunca nos conhecemos.';
    expect(met(pt, 'corrects-the-claim', withRoute('friend'))).toBe(true);
  });

  test('returns an example with the persona facts or without them', () => {
    const noFacts = makeScenario({ you: { name: 'Omar Haddad' } });
    expect(gradeReply(noFacts, 'Hello.').criteria[2]!.feedback).toContain(
      'never at Boston University',
    );
    expect(gradeReply(withRoute('friend'), 'Hello.').criteria[2]!.feedback).toContain("we've met");
  });
});
