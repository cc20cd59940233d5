/**
 * The shape of the grader's lexicon: the word lists its rules match, keyed the same way in every
 * language file (`en.ts`, `es.ts`, … `nl.ts`); `index.ts` merges them. Adding a language is adding
 * a file with the keys it has words for, naming it in `index.ts`, and adding its test in
 * tests/unit/grader/lexicon/.
 *
 * Every value is a space-separated list of words, or, for keys described as "Phrases", word
 * sequences separated by `|` ("mix up|someone else"). Words are written the way the grader
 * normalises a draft (src/grader/text.ts): lowercase, no accents, straight apostrophes, contractions
 * expanded ("not", never "n't"). Whether a list also matches inflections ("post" matching
 * "posted") is decided by the module that reads it (`set` or `exact` in src/grader/words.ts).
 * A word several languages share is listed once, under one of them: only the merged list counts.
 *
 * The lexicon holds vocabulary, the lists another language adds its own words to. Lists of English
 * function words that belong to one English construction a rule spells out (the auxiliaries of
 * "have we met?", the "each" of "each other", the "about" of "what is this about?") stay beside
 * that rule: another language needs its own construction there, not more words.
 *
 * Keys are grouped by the exercise that reads them, so a page that grades notes does not
 * download the reply words.
 */

/** Words every exercise reads (names, negation, courtesy). */
export interface SharedWords {
  /** Negations: "not", "never", "nunca", "jamais", "nicht". */
  negations: string;
  /** Titles before a name ("Ms.", "Dr", "Herr", "Sra"). */
  titles: string;
  /** Greetings and openers a small typo must not turn into a name ("Hi Dean" is not "Den"). */
  greetingWords: string;
  /** Insults, accusations and profanity. */
  rudeWords: string;
  /** Phrases: sarcasm, threats and put-downs ("nice try", "i will report"). */
  rudePhrases: string;
  /**
   * Function words (articles, pronouns, auxiliaries, prepositions, conjunctions): the glue of a
   * real sentence, which a list of keywords lacks (../prose.ts).
   */
  functionWords: string;
  /** The rubric's own vocabulary ("know", "help", "claim", "courteous"): what a keyword list is made of. */
  rubricWords: string;
  /**
   * How a rubric item is labelled rather than done: third-person verbs that open a checklist
   * line ("Greets by name", "Asks how we know") and the marks after a colon ("Greeting: done").
   */
  rubricLabels: string;
  /** Words that, after a label and a colon, tick it off ("done", "asked", "named"). */
  rubricTicks: string;
}

/** Words the reply rules and their helpers (asking.ts, orgs.ts, privacy.ts, facts.ts) read. */
export interface ReplyWords {
  // Questions and requests (asking.ts)
  /** Words that open a question. */
  questionWords: string;
  /** Words that make a sentence a request ("tell", "curious", "dime"). */
  requestWords: string;
  /** Phrases that make a sentence a request ("let me know"). */
  requestPhrases: string;
  /** Eagerness before a word of learning ("I'd love to know"). */
  keen: string;
  /** Words of learning and telling ("know", "hear", "explain"). */
  learning: string;
  /** Words that, after "no"/"not", cancel a request ("no need", "doesn't matter"). */
  cancelling: string;
  // Organisations (orgs.ts)
  /** Words that do not identify an organisation on their own ("university", "inc"). */
  orgGeneric: string;
  /** Ordinary words that may be part of a name but mean nothing alone ("state", "product"). */
  orgOrdinary: string;
  // keeps-private
  /** Street types after the street name ("Oak Lane", "Calle", "rue"). */
  streetTypes: string;
  /** Street types that also mean other things, so count only after capitalised words ("Market Square"). */
  streetTypesIfNamed: string;
  /** Street types written before the name ("rue Mercière", "Via Tortona"). */
  streetTypesFirst: string;
  // What a claim is about (facts.ts)
  /** The classmate route: school and studying. */
  classmateRoute: string;
  /** The colleague route: work and employers. */
  colleagueRoute: string;
  /** The worked-together route, besides the colleague words: projects and working together. */
  workedTogetherRoute: string;
  /** The friend route: friends and acquaintances. */
  friendRoute: string;
  /** The group route. */
  groupRoute: string;
  /** Words any invitation note may hold, which say nothing about the claimed shared past. */
  noteFiller: string;
  // names-the-claim
  /** What follows "Other" when a reply names that route ("the Other option"). */
  otherRoute: string;
  /** The invitation or its note ("the default note", "el mensaje estándar"). */
  blankWhat: string;
  /** Words for a note that says nothing ("blank", "default", "estándar"). */
  blank: string;
  /** Email, for the Other (email) route. */
  emailWords: string;
  /** What a note lacks, after a negation ("doesn't say why", "sin explicar el motivo"). */
  missing: string;
  // corrects-the-claim
  /** Knowing and meeting: what every claim of a shared past implies. */
  knowing: string;
  /** Words that call the claim false. */
  falseWords: string;
  /** Phrases: soft corrections without a negation ("drawing a blank"). */
  blankMind: string;
  /** Words after a negation that deny nothing about the claim ("no problem", "can't wait"). */
  notADenial: string;
  /** The learner speaking of themselves ("I", "my", "yo", "je"). */
  firstPerson: string;
  // graceful-out
  /** Innocent causes of a mistaken invitation ("mix-up", "typo", "template"). */
  grace: string;
  /** Phrases: innocent causes ("someone else", "forgive me", "otra persona"). */
  gracePhrases: string;
  /** What someone clicked by mistake ("the wrong person", "the right guy"). */
  wrongObject: string;
  /** Words before the wrong one ("another Omar", "la mauvaise Omar"). */
  otherOne: string;
  /** Words of guessing that offer a cause ("maybe you…"). */
  guess: string;
  /** Someone the sender may have meant ("perhaps a colleague of mine"). */
  someone: string;
  /** What LinkedIn did, when the site is to blame ("LinkedIn suggested me"). */
  siteSlip: string;
  // asks-how-we-know
  /** Words after "how" that ask how you know each other. */
  knowHow: string;
  /** Words after "where"/"when" that ask where you met. */
  knowWhere: string;
  /** Verbs a few words after such an auxiliary ("have we met?", "did we work together?"). */
  knowAfterAux: string;
  /** Phrases: a bare follow-up request about the sentence before ("fill me in", "remind me"). */
  followUpPhrases: string;
  /** Words for "how". */
  how: string;
  /** Words for "where", "when", "whether". */
  where: string;
  /** One word meaning "do we know each other" ("¿nos conocemos?"). */
  knowUs: string;
  /** Shared events a reply may ask about ("which conference?"). */
  sharedEvent: string;
  /** Words for the link between two people ("what's our connection?"). */
  link: string;
  /** Passing on contact details ("who gave you my email?"). */
  gave: string;
  // asks-how-to-help
  /** Helping ("how can I help?", "¿en qué puedo ayudarte?"). */
  help: string;
  /** What the sender hopes for ("what are you hoping to gain?"). */
  gain: string;
  /** What one asks the reason for ("why connect?", "the reason for the add"). */
  whyObject: string;
  /** Words before "help" that make it a question ("how", "anything", "en quoi"). */
  helpCue: string;
  /** The sender's action ("why did you add me?", "the context for your invitation"). */
  whyMe: string;
  /** Wanting, after "what … you" ("what do you need?"). */
  need: string;
  /** The reader ("you", "vous", "usted"). */
  you: string;
  // does-not-accept
  /** Having accepted ("connected", "aceitei"). */
  acceptPast: string;
  /** Accepting now. */
  acceptNow: string;
  /** Words before "accept" that make it conditional ("I would accept", "si"). */
  condition: string;
  /** Gladness two words before "connect" ("happy to connect"). */
  happy: string;
  /** Reluctance before "accept" ("hesitant to accept"). */
  reluctant: string;
  /** Conjunctions after "accept" that make it conditional ("…once I know more"). */
  subordinate: string;
  /** Words that make accepting a habit, not a decision ("I only accept…"). */
  habit: string;
}

/** Words the note rules read. */
export interface NoteWords {
  // courteous (notes)
  /** Phrases: pressure or reproach ("you ignored", "reply now"). */
  pressure: string;
  // says-how-we-know
  /** Honest accounts of how you know or know of someone ("met", "your article", "conocí"). */
  howWeKnow: string;
  /** Events that say how you know someone when they are a particular one ("your keynote"). */
  noteEvent: string;
  /** What two people share after "same" ("on the same team"). */
  same: string;
  /** Words that make an event a particular one ("your", "the", "votre"). */
  particular: string;
  /** Admiring their work ("love your design work"). */
  admire: string;
  /** Seeing, hearing and reading their work ("I saw your talk"). */
  perceive: string;
  /** The reader and theirs, after a word of seeing ("I read your…"). */
  yours: string;
  // gives-a-reason
  /** Purposes of connecting ("learn", "advice", "collaborate"). */
  reason: string;
  /** Phrases: purpose clauses ("so I can", "in order to"). */
  purpose: string;
  // no-pitch
  /** Sales words ("demo", "discount", "devis"). */
  pitch: string;
  /** What one sells, after "our" ("our platform", "nuestra consultoría"). */
  pitchAfterOur: string;
  /** The writer's own, before what they sell ("our", "notre"). */
  ours: string;
  /** Selling said of oneself ("we supply", "somos distribuidores"). */
  seller: string;
  /** The writer as subject before a seller word ("I", "we", "somos"). */
  selfSubject: string;
  /** What comes free after "free" ("free trial"). */
  freeWhat: string;
  /** What comes free before "free" ("first session free"). */
  offer: string;
  /** Customers a seller helps ("we help procurement teams"). */
  customers: string;
  /** Phrases: get-rich offers ("earn from home"). */
  getRich: string;
  /** Phrases: no-obligation terms ("no obligation", "sin compromiso"). */
  noObligation: string;
  /** Phrases: sales terms ("buy now", "free of charge"). */
  salesTerms: string;
}

/** Every word list, by the exercise that reads it. The English file defines every key. */
export interface Lexicon {
  shared: SharedWords;
  reply: ReplyWords;
  note: NoteWords;
}

/** A language file other than English: the keys it has words for. */
export type Translation = { [G in keyof Lexicon]: Partial<Lexicon[G]> };

/** A group after merging: per key, the lists of every language that has one, English first. */
export type Merged<T> = { readonly [K in keyof T]: readonly string[] };
