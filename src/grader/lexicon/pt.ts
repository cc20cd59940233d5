/**
 * Portuguese words of the grader's word lists, under the keys of `Lexicon` (./types.ts) that have any.
 * Words are written as the grader normalises them: lowercase, no accents.
 */
import type { Translation } from './types';

/** Words every exercise reads. */
export const shared: Translation['shared'] = {
  negations: 'nao sem nenhum nenhuma',
  greetingWords: 'ola',
  functionWords: 'os um e em eu voce nao sao sou tenho da dos no na meu minha seu sua',
};

/** Words the reply rules read. */
export const reply: Translation['reply'] = {
  requestWords: 'dizer diga',
  streetTypesFirst: 'rua',
  classmateRoute: 'universidade estudamos',
  colleagueRoute: 'trabalhamos',
  blankWhat: 'mensagem',
  missing: 'mensagem',
  knowing: 'conhecemos conhece conhecido lembro',
  firstPerson: 'eu',
  grace: 'errada errado',
  otherOne: 'outro',
  knowHow: 'conhecemos conhece',
  knowWhere: 'conhecemos conhece',
  followUpPhrases: 'lembrar',
  where: 'onde',
  knowUs: 'conhecemos conhece conversamos falamos',
  help: 'ajudar',
  acceptPast: 'aceitei',
};

/** Words the note rules read. */
export const note: Translation['note'] = {
  howWeKnow: 'artigo assisti sugeriu apresentacao indicou',
  noteEvent: 'feira aula palestra',
  particular: 'sua seu',
  perceive: 'ouvi',
  yours: 'sua seu',
  reason: 'trocar dicas ouvir conselho conselhos pedir',
  pitch: 'orcamento',
  ours: 'nossa nosso',
  seller: 'fornecedores',
  selfSubject: 'sou',
};
