/**
 * The signs of a fake or suspicious profile (lesson 4), as the learner ticks them and as the
 * scenario's profile lists them. One table for both, so that a ticked sign is recognised again.
 */
import type { ProfileSign } from '../schemas/invitation-description';

/** Each sign in the words the checkbox and the card use. */
export const PROFILE_SIGN_TEXT: Record<ProfileSign, string> = {
  'stock-photo': "The photo looks like a stock image or a model's portrait.",
  'new-account': 'The account is new, with few connections and no history.',
  'grand-headline': 'The headline is grand or vague ("Philanthropist", "Entrepreneur").',
  misspellings: 'The company name or job title is misspelled.',
  flattery: 'It flatters your looks or offers a "confidential" opportunity.',
  'asks-for-details':
    'It asks for money, personal details, documents or a click on an outside link.',
  'copies-someone': 'It copies someone you know, who is already connected to you.',
};

const SIGN_BY_TEXT = new Map(
  Object.entries(PROFILE_SIGN_TEXT).map(([sign, text]) => [text, sign as ProfileSign]),
);

/** The signs among a scenario's profile facts (other facts are shown, but raise no flag). */
export const profileSigns = (profile: readonly string[]): ProfileSign[] =>
  profile.flatMap((fact) => {
    const sign = SIGN_BY_TEXT.get(fact);
    return sign ? [sign] : [];
  });
