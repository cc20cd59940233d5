/**
 * German words of the grader's word lists, under the keys of `Lexicon` (./types.ts) that have any.
 * Words are written as the grader normalises them: lowercase, no accents.
 */
import type { Translation } from './types';

/** Words every exercise reads. */
export const shared: Translation['shared'] = {
  negations: 'nicht nie kein keine keinen ohne',
  titles: 'herr frau',
  greetingWords: 'hallo',
  rudeWords: 'betrug',
  functionWords:
    'der die das den dem ein eine einen und oder aber dass mit fur von zu ich sie wir ist sind bin habe hat haben mein meine ihr ihre bei wie uns',
};

/** Words the reply rules read. */
export const reply: Translation['reply'] = {
  questionWords: 'wie wo woher warum',
  requestWords: 'sagen',
  orgGeneric: 'gmbh',
  streetTypes: 'strasse',
  classmateRoute: 'schule studiert',
  colleagueRoute: 'firma kollege unternehmen gearbeitet',
  workedTogetherRoute: 'zusammen',
  friendRoute: 'befreundet freund freundin freunde',
  groupRoute: 'gruppe',
  blankWhat: 'nachricht',
  missing: 'warum nachricht',
  knowing: 'kennen begegnet erinnere',
  firstPerson: 'ich',
  grace: 'verwechslung verwechselt verwechseln versehen',
  otherOne: 'andere anderen falsche falschen',
  knowHow: 'kennen',
  knowWhere: 'kennen',
  how: 'woher wie',
  knowUs: 'kennen',
  help: 'helfen weiterhelfen',
  gain: 'erhoffen erwarten',
  helpCue: 'wie wobei womit',
  you: 'sie',
  acceptPast: 'akzeptiert angenommen',
};

/** Words the note rules read. */
export const note: Translation['note'] = {
  howWeKnow: 'getroffen artikel empfohlen kennen kennengelernt unterhalten',
  noteEvent: 'gruppe vortrag messe',
  particular: 'ihr ihren ihrer der dem',
  perceive: 'gelesen',
  yours: 'ihr ihre ihren',
  reason:
    'kontakt austauschen auszutauschen austausch kaffee rat ratschlag bitten fragen erfahren lernen',
  pitch: 'angebot',
  pitchAfterOur: 'preise',
  ours: 'unsere unser',
  seller: 'lieferant',
  selfSubject: 'wir',
};
