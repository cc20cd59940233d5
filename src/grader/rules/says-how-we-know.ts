/**
 * says-how-we-know: the note gives an honest account of how you know, or know of, the person: where
 * you met, a particular event, their work or what their headline names, a mutual contact.
 */
import { noteWords } from '../lexicon';
import { NEG } from '../negation';
import { sentenceText, words, type Doc } from '../text';
import { exact, near, set, wd, type WordSet } from '../words';
import { present } from '../engine';
import type { NoteRule } from './types';

const HOW_WE_KNOW = /* @__PURE__ */ set(noteWords.howWeKnow);
// Events say how you know someone when they are a particular one: "at the Rust meetup", "your
// keynote", "on the same team"; not "First session free".
const EVENT = /* @__PURE__ */ set(noteWords.noteEvent);
// "on the same team", "in the same cohort"
const SAME = /* @__PURE__ */ set(noteWords.same);
const PARTICULAR = /* @__PURE__ */ exact(noteWords.particular);
// "Love your design work", "I use your queue library every day"
const ADMIRE = /* @__PURE__ */ set(noteWords.admire);
// Seeing and hearing say how you know of someone when it is them or their work: "I saw your talk",
// "I saw Pebble Apps on Product Hunt" (their headline names Pebble Apps), not "I saw a job ad".
const PERCEIVE = /* @__PURE__ */ set(noteWords.perceive);
const YOURS = /* @__PURE__ */ set(noteWords.yours);
// "your talk", "the talk" (the noun), not "so we can finally talk".
const THE = /* @__PURE__ */ set('your the a that his her their');

function findAccount(doc: Doc, theirs: WordSet): string | undefined {
  const t = doc.tokens;
  for (let i = 0; i < t.length; i++) {
    const w = t[i]!.w;
    if (
      // "Love your design work", "I admire your research": how you know of them.
      (ADMIRE.has(w) && (wd(t, i + 1) === 'your' || wd(t, i + 2) === 'your')) ||
      // "Great to meet you at Config" (but not "I'd love to meet you").
      (w === 'meet' && /^(great|nice|good|lovely|pleasure|glad)$/.test(wd(t, i - 2))) ||
      (PERCEIVE.has(w) && (near(t, i, 1, 3, YOURS) || near(t, i, 1, 3, theirs))) ||
      // "your talk", "at your Strata talk" (the noun), not "so we can finally talk"
      (w === 'talk' && near(t, i, -3, -1, THE)) ||
      (EVENT.has(w) && near(t, i, -3, -1, PARTICULAR)) ||
      (w === 'same' && SAME.has(wd(t, i + 1))) ||
      // "We haven't met" is honest, but it does not say how you know of them.
      (HOW_WE_KNOW.has(w) &&
        !(w === 'met' && near(t, i, -3, -1, NEG)) &&
        !(w === 'across' && !/^(came|come|coming)$/.test(wd(t, i - 1))))
    ) {
      return sentenceText(doc, doc.sentences[t[i]!.n]!);
    }
  }
}

/** The note says honestly how you know, or know of, them. */
export const saysHowWeKnow: NoteRule<'says-how-we-know'> = {
  id: 'says-how-we-know',
  check: ({ doc, target }) =>
    present(findAccount(doc, new Set(words(target.headline).filter((w) => w.length > 3)))),
  feedback: {
    met: (_, { name }) => `You say how you know of ${name} (@).`,
    unmet: () =>
      'Say honestly how you know or know of them: "I enjoyed your talk on…", "We met at…".',
  },
};
