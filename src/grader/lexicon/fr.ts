/**
 * French words of the grader's word lists, under the keys of `Lexicon` (./types.ts) that have any.
 * Words are written as the grader normalises them: lowercase, no accents.
 */
import type { Translation } from './types';

/** Words every exercise reads. */
export const shared: Translation['shared'] = {
  negations: 'jamais pas sans non aucun aucune',
  titles: 'madame',
  greetingWords: 'bonjour salut',
  rudeWords: 'arnaque menteur mensonge mensonges',
  functionWords:
    'les une et ou mais qui avec pour par pas je vous nous est sont suis ai des du au aux ne mon ma votre comment',
};

/** Words the reply rules read. */
export const reply: Translation['reply'] = {
  questionWords: 'comment ou pourquoi',
  requestWords: 'dire dites',
  streetTypes: 'rue',
  streetTypesFirst: 'rue avenue',
  classmateRoute: 'ecole universite etudie',
  colleagueRoute: 'collegue entreprise travaille',
  workedTogetherRoute: 'ensemble collabore',
  friendRoute: 'ami amie amis',
  groupRoute: 'groupe',
  blank: 'defaut',
  emailWords: 'courriel',
  missing: 'pourquoi',
  knowing: 'connais rencontre souviens',
  firstPerson: 'je',
  grace: 'erreur trompe confondu confondez',
  gracePhrases: 'autre personne',
  otherOne: 'autre mauvaise mauvais',
  knowHow: 'connaissons rencontre',
  knowWhere: 'rencontre connaissons',
  followUpPhrases: 'rappeler',
  how: 'comment',
  where: 'ou',
  knowUs: 'connaissons connait croises rencontres',
  help: 'aider utile',
  gain: 'attendez',
  helpCue: 'quoi comment',
  you: 'vous',
  acceptPast: 'accepte',
};

/** Words the note rules read. */
export const note: Translation['note'] = {
  howWeKnow: 'discute assiste croises croisees rencontre conseille',
  noteEvent: 'vernissage salon',
  particular: 'votre la le',
  perceive: 'lu decouvert',
  yours: 'votre vos',
  reason: 'appel suivre echanger discuter conseil avis conseils',
  pitch: 'devis',
  pitchAfterOur: 'prix',
  ours: 'notre',
  seller: 'fournisseur',
  selfSubject: 'nous',
  noObligation: 'sans engagement',
};
