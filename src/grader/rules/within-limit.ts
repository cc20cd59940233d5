/**
 * within-limit: the note fits LinkedIn's 300 characters, counted as Unicode code points like
 * LinkedIn; the feedback warns above the 200 of free accounts.
 */
import { codePoints } from '../text';
import type { Finding, NoteRule } from './types';

/** LinkedIn cuts notes at 300 characters; free accounts get 200. */
export const NOTE_LIMIT = 300;
export const FREE_NOTE_LIMIT = 200;

/** The note has at most 300 characters. */
export const withinLimit: NoteRule<'within-limit', Finding & { chars: number }> = {
  id: 'within-limit',
  check({ text }) {
    const chars = codePoints(text);
    return { met: chars <= NOTE_LIMIT, chars };
  },
  feedback: {
    met: ({ chars }) =>
      `${chars} characters: ${chars > FREE_NOTE_LIMIT ? `fine, but free accounts can only send ${FREE_NOTE_LIMIT}` : 'within every limit'}.`,
    unmet: ({ chars }) => `${chars} characters: LinkedIn cuts notes at ${NOTE_LIMIT}.`,
  },
};
