/**
 * The self-assessment's own pool: the scenarios written for it (`pool: quiz`) and nothing else,
 * so that a learner never meets in the quiz an invitation a lesson or a practice round showed.
 * The page does not carry them: the build writes them to `quiz/pool.json` and the island fetches
 * that file when the learner starts, so the page stays the same size as the bank grows.
 */
import type { Pool, Scenario } from '../schemas/scenario';

/** The pool the self-assessment draws from. */
export const QUIZ_POOL: Pool = 'quiz';

/**
 * The pool file's URL, relative to the quiz page (`/quiz/`), so it also resolves inside the
 * folder an LMS unpacks a SCORM package into. The page names it in a `<link data-quiz-pool>`,
 * which the SCORM packager follows and copies.
 */
export const QUIZ_POOL_FILE = 'pool.json';

/** True when the scenario belongs to the self-assessment's pool. */
export const inQuizPool = (scenario: Pick<Scenario, 'pool'>): boolean =>
  scenario.pool === QUIZ_POOL;

/** The self-assessment's scenarios out of `bank`, sorted by id (the order the draw relies on). */
export function quizPool(bank: readonly Scenario[]): Scenario[] {
  return bank.filter(inQuizPool).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Checks the fetched pool file's shape before the quiz uses it: an array of quiz-pool scenarios
 * with the parts the questions read. The build wrote it from schema-checked files, so this only
 * guards against a wrong or truncated file (an LMS error page, a stale cache); it stays light so
 * the page does not load the schema library. Throws an Error saying what is wrong.
 */
export function parseQuizPool(data: unknown): Scenario[] {
  if (!Array.isArray(data)) throw new Error('the question pool is not a list');
  data.forEach((s: unknown, i) => {
    const ok =
      isObject(s) &&
      typeof s.id === 'string' &&
      s.pool === QUIZ_POOL &&
      isObject(s.you) &&
      isObject(s.sender) &&
      isObject(s.invitation) &&
      isObject(s.answer) &&
      Array.isArray(s.answer.flags);
    if (!ok) throw new Error(`the question pool's item ${i + 1} is not a quiz scenario`);
  });
  return data as Scenario[];
}
