/**
 * says-how-we-know: the note gives an honest account of how you know, or know of, the person: where
 * you met, a particular event, their work or what their headline names, a mutual contact.
 */
import { noteWords } from '../lexicon';
import { NEG } from '../negation';
import { sentenceText, words, type Doc } from '../text';
import { exact, near, set, wd, type WordSet } from '../words';
import { present } from '../engine';
import { falseClaim } from './honest';
import type { NoteDraft, NoteRule } from './types';

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

const PROFILE = /* @__PURE__ */ set('profile page name account');
const ASKED_FOR = /* @__PURE__ */ set(
  'advice help input thoughts feedback insight opinion guidance take view perspective',
);
// "We haven't met", "you don't know me": with no connection at all, the honest account.
const NEVER_MET =
  /\b(?:have\s*n[o']t|haven't|never|not)\s+(?:yet\s+)?met\b|\b(?:do|does)\s*n[o']t\s+know\s+(?:me|each\s+other)\b|\bdon't\s+know\s+(?:me|each\s+other)\b|\b(?:we(?:'re|\s+are)\s+strangers)\b/i;

/**
 * The note's account checked against the facts: met only when it tells the relationship the
 * exercise gives (an introduction names the introducer; a cold approach says so plainly or
 * names their work), and never when the note claims a shared past the facts do not give.
 */
function accountOfFacts(draft: NoteDraft, account: string | undefined): string | undefined {
  const { facts, text, claims } = draft;
  if (!facts) return account;
  if (falseClaim(claims, facts)) return undefined;
  const { via, detail, introducer } = facts.context;
  const own = new Set(words(detail).filter((w) => w.length > 3));
  // The facts named in the note: every word of a one-word detail, at least two of a longer one
  // ("the Ghana Renewable Energy Fair" is not named by "engineers in Ghana").
  const mentions = (names: Iterable<string>, least = 2) => {
    const wanted = new Set(names);
    const hits = draft.doc.tokens.filter((tk) => wanted.has(tk.w));
    const enough = new Set(hits.map((h) => h.w)).size >= Math.min(least, wanted.size);
    return hits.length && enough
      ? sentenceText(draft.doc, draft.doc.sentences[hits[0]!.n]!)
      : undefined;
  };
  const claimOf = (kind: string) => claims.find((c) => c.kind === kind)?.evidence;
  switch (via) {
    case 'introduced':
      return mentions(
        words(introducer ?? '').filter((w) => w.length > 1),
        1,
      );
    case 'none':
      return account ?? NEVER_MET.exec(text)?.[0];
    case 'met':
      return claimOf('met') ?? account ?? mentions(own);
    case 'their-work':
      return account ?? mentions(own);
    case 'group':
      return claimOf('group') ?? mentions(own) ?? account;
    case 'school':
      return claimOf('school') ?? mentions(own) ?? account;
    case 'employer':
      return claimOf('employer') ?? mentions(own) ?? account;
  }
}

function findAccount(doc: Doc, theirs: WordSet): string | undefined {
  const t = doc.tokens;
  for (let i = 0; i < t.length; i++) {
    const w = t[i]!.w;
    if (
      // "Love your design work", "I admire your research": how you know of them.
      // (Not "I'd love your advice": that asks for something, it is no account.)
      (ADMIRE.has(w) &&
        (wd(t, i + 1) === 'your' || wd(t, i + 2) === 'your') &&
        !ASKED_FOR.has(wd(t, i + 2)) &&
        !ASKED_FOR.has(wd(t, i + 3))) ||
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
        !(w === 'across' && !/^(came|come|coming)$/.test(wd(t, i - 1))) &&
        // Finding someone is not knowing them: "I came across your profile".
        !(w === 'across' && near(t, i, 1, 3, PROFILE)))
    ) {
      return sentenceText(doc, doc.sentences[t[i]!.n]!);
    }
  }
}

/** The note says honestly how you know, or know of, them. */
export const saysHowWeKnow: NoteRule<'says-how-we-know'> = {
  id: 'says-how-we-know',
  check: (draft) =>
    present(
      accountOfFacts(
        draft,
        findAccount(draft.doc, new Set(words(draft.target.headline).filter((w) => w.length > 3))),
      ),
    ),
  feedback: {
    met: (_, { name }) => `You say how you know of ${name} (@).`,
    unmet: (_, { facts }) =>
      facts?.context.via === 'introduced'
        ? `Say who introduced you: "${facts.context.introducer} suggested I get in touch…".`
        : facts?.context.via === 'none'
          ? 'Say plainly that you have not met, and how you came to them ("I read your article on…").'
          : 'Say honestly how you know or know of them: "I enjoyed your talk on…", "We met at…".',
  },
};
