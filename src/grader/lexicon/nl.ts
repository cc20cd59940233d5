/**
 * Dutch words of the grader's word lists, under the keys of `Lexicon` (./types.ts) that have any.
 * Words are written as the grader normalises them: lowercase, no accents.
 */
import type { Translation } from './types';

/** Words every exercise reads. */
export const shared: Translation['shared'] = {
  negations: 'niet nooit geen',
  functionWords: 'het een maar dat met voor van niet ik jij wij ben heb heeft mijn uw hoe',
};

/** Words the reply rules read. */
export const reply: Translation['reply'] = {
  knowing: 'ontmoet',
  grace: 'verward',
  where: 'waar',
  acceptPast: 'geaccepteerd',
};

/** Words the note rules read. */
export const note: Translation['note'] = {};
