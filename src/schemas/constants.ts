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
