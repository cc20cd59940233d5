/**
 * Italian words of the grader's word lists, under the keys of `Lexicon` (./types.ts) that have any.
 * Words are written as the grader normalises them: lowercase, no accents.
 */
import type { Translation } from './types';

/** Words every exercise reads. */
export const shared: Translation['shared'] = {
  greetingWords: 'ciao',
  functionWords: 'il gli che non io lei noi sono ho ha di della come',
};

/** Words the reply rules read. */
export const reply: Translation['reply'] = {
  requestWords: 'dirmi',
  streetTypesFirst: 'via strada',
  groupRoute: 'gruppo',
  blankWhat: 'messaggio',
  missing: 'perche messaggio',
  firstPerson: 'io',
  grace: 'confondi confonde',
  otherOne: 'altra altro sbagliata sbagliato',
  knowUs: 'conosciamo',
  help: 'aiutare aiutarti aiutarci',
  helpCue: 'come cosa',
  acceptPast: 'accettato',
};

/** Words the note rules read. */
export const note: Translation['note'] = {
  howWeKnow: 'lei visitato mostra seguito intervento',
  particular: 'tua',
  yours: 'tua',
  reason: 'scambiare seguire consiglio',
};
