/**
 * Spanish words of the grader's word lists, under the keys of `Lexicon` (./types.ts) that have any.
 * Words are written as the grader normalises them: lowercase, no accents.
 */
import type { Translation } from './types';

/** Words every exercise reads. */
export const shared: Translation['shared'] = {
  negations: 'nunca sin ningun ninguna',
  titles: 'dra senor senora sr sra',
  greetingWords: 'hola',
  rudeWords: 'estafa estafador mentiroso mentira mentiras mentir idiota',
  functionWords:
    'el los las un una y o pero que en con por para yo tu usted nos es son fue soy estoy del al se lo le mi su como nosotros',
};

/** Words the reply rules read. */
export const reply: Translation['reply'] = {
  questionWords: 'como donde cuando que',
  requestWords: 'decir dime cuenteme cuentame',
  streetTypes: 'calle',
  streetTypesFirst: 'calle avenida',
  classmateRoute: 'escuela universidad estudiamos',
  colleagueRoute: 'colega empresa trabajamos',
  workedTogetherRoute: 'juntos colaboramos',
  friendRoute: 'amigo amiga amigos amigas',
  groupRoute: 'grupo',
  blankWhat: 'mensaje',
  blank: 'estandar',
  emailWords: 'correo',
  missing: 'dice razon motivo mensaje nota explica porque',
  knowing: 'conocemos conocido conozco recuerdo',
  firstPerson: 'yo',
  grace: 'equivocado equivocacion confundido confundes confundiendo',
  gracePhrases: 'otra persona',
  otherOne: 'otro otra',
  knowHow: 'conocemos conocimos conoces conoce',
  knowWhere: 'conocimos conocemos',
  followUpPhrases: 'recordar',
  how: 'como',
  where: 'donde',
  knowUs: 'conocemos coincidido',
  help: 'ayudar ayudarte ayudarnos util',
  gain: 'espera esperas espere',
  helpCue: 'que como',
  you: 'usted',
  acceptPast: 'aceptado aceptada acepte',
  condition: 'si cuando',
  subordinate: 'si cuando',
};

/** Words the note rules read. */
export const note: Translation['note'] = {
  howWeKnow:
    'articulo publicaciones sigo conoci vimos colega amigo amiga conocimos coincidimos charla',
  noteEvent: 'feria grupo charla conferencia',
  particular: 'tu su el',
  perceive: 'vi',
  yours: 'tu su',
  reason:
    'aprender llamada colaborar seguir intercambiar consejo conversar contacto seguirte preguntar preguntarte',
  pitch: 'gratis descuento descuentos cotizacion',
  pitchAfterOur: 'consultoria precios',
  ours: 'nuestra nuestro',
  seller: 'proveedores distribuidores',
  selfSubject: 'somos',
  noObligation: 'sin compromiso',
};
