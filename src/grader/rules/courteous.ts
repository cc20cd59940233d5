/**
 * courteous: no insult, accusation, sarcasm, threat, profanity or shouting; a note also puts no
 * pressure on the person it invites ("you ignored my invite", "reply now").
 */
import { noteWords } from '../lexicon';
import { findRudeness } from '../tone';
import { phrases } from '../words';
import { absent } from '../engine';
import type { NoteRule, ReplyRule } from './types';

/** The reply has no insult, accusation, sarcasm, threat, profanity or shouting. */
export const courteous: ReplyRule<'courteous'> = {
  id: 'courteous',
  check: ({ doc }) => absent(findRudeness(doc)),
  feedback: {
    met: () => 'Your tone stays courteous.',
    unmet: () => '@ may read as hostile; stay calm and polite.',
  },
};

// Built on first use: the reply grader shares this module and should not download note words.
let pressure: string[][] | undefined;

/** The note is courteous as a reply must be, and puts no pressure or reproach on them. */
export const courteousNote: NoteRule<'courteous'> = {
  id: 'courteous',
  check: ({ doc }) => absent(findRudeness(doc, (pressure ??= phrases(noteWords.pressure)))),
  feedback: {
    met: () => 'Your tone is friendly and leaves the choice to them.',
    unmet: (_, { name }) => `@ may read as pressure or reproach; ${name} owes you nothing.`,
  },
};
