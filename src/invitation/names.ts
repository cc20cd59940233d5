/**
 * Comparing the names a learner types with the names a scenario holds: people ("Betty Carter")
 * and organisations ("Helix Pharma (2019 to now)"), however they are spaced or capitalised.
 */

/** The persona's name when the learner gives none: the draft then offers a way out without it. */
export const NAMELESS = 'You';

/** Lower case, one space between words, composed accents: how two spellings are compared. */
export const normalise = (name: string): string =>
  name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * The first name to greet: the first word that is not a title ("Dr. Ana Ruiz" gives "Ana"), the
 * grader's own reading, so the draft greets the sender as the grader's feedback names them.
 */
export { displayFirstName as firstName } from '../grader/index';

/** True when two people's names are the same, ignoring case and spacing. */
export const sameName = (a: string, b: string): boolean =>
  normalise(a) !== '' && normalise(a) === normalise(b);

/** An organisation's name without a trailing note in brackets: "Helix Pharma (2019 to now)". */
export const bareOrg = (name: string): string => name.replace(/\s*\([^)]*\)\s*$/, '').trim();

/** True when two organisation names are the same, ignoring case, spacing and bracketed notes. */
export const sameOrg = (a: string, b: string): boolean =>
  normalise(bareOrg(a)) !== '' && normalise(bareOrg(a)) === normalise(bareOrg(b));

/** `text` cut to at most `max` characters, ending with "…" when cut. */
export const clip = (text: string, max: number): string =>
  text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
