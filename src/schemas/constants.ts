/**
 * Plain constants of the scenario format, kept free of zod so that browser code (the grader) can
 * import them without pulling the schema library into the page. `scenario.ts` builds its zod
 * enums from these lists and re-exports them, so existing imports keep working.
 */

/** Scenario ids are kebab-case (safe in file names, URLs and CSV): the bank and links share the rule. */
export const SCENARIO_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Longest scenario id, in characters. */
export const MAX_SCENARIO_ID_CHARS = 80;

/** The red flags an invitation can show. The ids are fixed: fixtures, results files and links use them. */
export const RED_FLAGS = [
  'false-colleague',
  'false-classmate',
  'false-worked-together',
  'false-friend',
  'unexplained-other',
  'unexplained-group',
  'no-reason',
  'sales-pitch',
  'suspicious-profile',
] as const;

/** What the recipient does with the invitation. */
export const VERDICTS = ['accept', 'reply', 'ignore'] as const;

/** How the sender says they know you: LinkedIn's "How do you know …?" routes. */
export const ROUTES = [
  'colleague',
  'classmate',
  'worked-together',
  'friend',
  'other',
  'group',
  'none',
] as const;

/** Routes that assert a shared past; the others (other, group, none) assert nothing. */
export const CLAIMING_ROUTES: readonly (typeof ROUTES)[number][] = [
  'colleague',
  'classmate',
  'worked-together',
  'friend',
];

/** What the learner decides once the sender has answered the clarifying reply. */
export const FOLLOW_UP_DECISIONS = ['accept-with-caution', 'decline'] as const;

/**
 * Which part of the course may show a scenario. Kept apart so the self-assessment only ever
 * shows invitations the learner has not met: `lesson` (worked examples and exercises printed in
 * lessons), `practice` ("Another one like this" and the review page), `quiz` (the self-assessment
 * only; never printed on a student page outside it).
 */
export const POOLS = ['lesson', 'practice', 'quiz'] as const;

/**
 * The kind of situation an invitation puts the learner in. The answer-key policy
 * (`src/schemas/answer-key.ts`) gives, for each, the best verdict and the credit every other
 * verdict earns, so the same situation is marked the same way across the bank.
 */
export const SITUATIONS = [
  'real-relationship',
  'honest-stranger',
  'likely-slip',
  'false-claim-worth-asking',
  'unexplained-worth-asking',
  'no-benefit',
  'pitch',
  'scam',
] as const;

/** LinkedIn's default notes, which give no reason at all. */
export const DEFAULT_NOTES = [
  "I'd like to add you to my professional network.",
  "I'd like to join your LinkedIn network.",
] as const;

/** True when a note is empty or one of LinkedIn's default notes. */
export function isEmptyOrDefaultNote(note: string): boolean {
  const n = note.trim().replace(/[’]/g, "'");
  return n === '' || (DEFAULT_NOTES as readonly string[]).includes(n);
}

/** The red flag a false claim of each claiming route raises. */
export const FALSE_CLAIM_FLAG: Partial<
  Record<(typeof ROUTES)[number], (typeof RED_FLAGS)[number]>
> = {
  colleague: 'false-colleague',
  classmate: 'false-classmate',
  'worked-together': 'false-worked-together',
  friend: 'false-friend',
};

/**
 * How a learner really knows the person they invite (the note exercise's facts): met them
 * (`detail`: where), introduced (by `introducer`), knows their work (a talk, an article), shares a
 * group, a school or an employer (`detail`: which), or none (a cold approach).
 */
export const NOTE_CONTEXTS = [
  'met',
  'introduced',
  'their-work',
  'group',
  'school',
  'employer',
  'none',
] as const;

/** Longest draft kept (a reply, a note): LinkedIn messages stop at 8,000 characters. */
export const MAX_DRAFT_CHARS = 8000;
/** Longest student number or email kept in a results file. */
export const MAX_STUDENT_ID_CHARS = 120;
