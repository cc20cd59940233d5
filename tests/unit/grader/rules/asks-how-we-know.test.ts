import { describe, expect, test } from 'vitest';
import { makeScenario, replyMet as met } from '../helpers';

describe('asks-how-we-know', () => {
  test.each([
    ['Tell me how we know each other.', true],
    ['Have we met?', true],
    ['Where did we meet?', true],
    ['wondering where we met', true],
    ["what's our connection", true],
    ['Who gave you my email?', true],
    ['Was it through Brightwave, perhaps?', true],
    ["I'm not sure how we know each other. Could you fill me in?", true],
    ['We met at that conference, right?', true],
    ['Refresh my memory.', true],
    ['Where do our paths cross?', true],
    ['¿Nos conocemos de algún lugar?', true],
    ['Mas de onde a gente se conhece?', true],
    ['How did we end up in each other’s orbit?', true],
    ['Which conference was it?', true],
    ['no note on ur invite so how do we know each other', true],
    ['Ci conosciamo?', true],
    ['Appelez-moi pour me dire comment nous nous connaissons.', true],
    ['We haven’t met, have we?', true],
    ["What's our link?", true],
    ['Which cohort did you think I was in?', true],
    ['Where did you come across me?', true],
    ["I don't think we've met. Have we?", true],
    ['Where do you remember me from?', true],
    ["I'd welcome a brief word on how we know each other.", true],
    ["Your note doesn't explain how we know each other.", false],
    ['tbh dont remember the harbor deal but whatever, whats up?', false],
    ['we ever talked before?', true],
    ['Did somebody refer you?', true],
    ['Did a mutual contact give you my email?', true],
    ['Which lab were you in?', true],
    ['¿Hemos coincidido en algún evento?', true],
    ['Nous sommes-nous déjà rencontrés ?', true],
    ['Please note: any robotics PhD is welcome.', false],
    ['Where did we talk?', true],
    ["I'd need to know how we know each other first.", true],
    ["I'd really appreciate knowing how we're connected.", true],
    ["If you'd let me know what you're hoping for, that would help.", false],
    ["Brightwave has never worked with you, so please don't pretend.", false],
    ['No need to tell me how we met.', false],
    ['I never went to BU.', false],
  ])('returns %s -> %s', (text, want) => {
    expect(met(text, 'asks-how-we-know')).toBe(want);
  });

  test('returns no match for a word that differs in its first letter', () => {
    // "raison" is one edit from "Maison" but no misspelling of it.
    const maison = makeScenario({
      you: { name: 'Élodie Martin', schools: ['Sciences Po'], employers: ['Maison Lumière'] },
      invitation: { via: 'other', claim: '', note: '' },
    });
    expect(met('Pas de raison, non ?', 'asks-how-we-know', maison)).toBe(false);
    expect(met('Was it at Maisonn Lumière?', 'asks-how-we-know', maison)).toBe(true);
  });
});
