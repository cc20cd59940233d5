/**
 * The instructor's gradebook session, kept in this browser so a reload loses nothing: the
 * assignment link, the results files imported and the overrides (see src/gradebook/session.ts).
 *
 * Kept under the key `snty:gradebook` as JSON. Shapes:
 *
 * - **v1** (current): `{ v: 1, link, files: {name, text}[], overrides }`. When the files hold
 *   more than 3 MB of text (beyond what browsers store), they are left out and only the link and
 *   overrides are kept.
 *
 * Migrations: none yet. Data that does not read as v1 is set aside under
 * `snty:gradebook:unreadable` (src/stores/versioned-atom.ts) and the session starts empty.
 */
import { emptySession, isSession, type GradebookSession } from '../gradebook/session';
import { versionedAtom } from './versioned-atom';

/** The storage key. */
export const GRADEBOOK_KEY = 'snty:gradebook';

/** The gradebook session, as stored. */
export const $gradebookSession = versionedAtom<GradebookSession>({
  key: GRADEBOOK_KEY,
  empty: emptySession,
  migrations: {},
  isValid: isSession,
});
