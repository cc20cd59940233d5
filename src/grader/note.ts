/**
 * Grading an invitation note the learner writes themselves: greet the person, say honestly how you
 * know (or know of) them, give a reason, stay within LinkedIn's 300 characters, no pitch, no pressure.
 */
import type { NoteTarget } from '../schemas/scenario';
import { NEG } from './negation';
import { displayFirstName, findGreeting } from './names';
import { tally } from './result';
import { exact, near, phrases, set, sheet, wd, type WordSet } from './words';
import { analyse, codePoints, sentenceText, seqIn, span, words, type Doc } from './text';
import { findRudeness } from './tone';
import type { GradeResult } from './types';
import { noteWords } from './lexicon';

/** The note criteria, in the order results list them. */
export const NOTE_CRITERIA = [
  'greets-by-name',
  'says-how-we-know',
  'gives-a-reason',
  'within-limit',
  'no-pitch',
  'courteous',
] as const;

/** LinkedIn cuts notes at 300 characters; free accounts get 200. */
export const NOTE_LIMIT = 300;
export const FREE_NOTE_LIMIT = 200;

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
const OURS = /* @__PURE__ */ exact(noteWords.ours);
const YOURS = /* @__PURE__ */ set(noteWords.yours);
// "your talk", "the talk" (the noun), not "so we can finally talk".
const THE = /* @__PURE__ */ set('your the a that his her their');
const REASON = /* @__PURE__ */ set(noteWords.reason);
const PITCH = /* @__PURE__ */ set(noteWords.pitch);
const PITCH_AFTER_OUR = /* @__PURE__ */ set(noteWords.pitchAfterOur);
// "I run a bookkeeping service", "we supply LED lighting", "somos proveedores": selling, said of
// oneself (not "your talk on supply audits", "the supplier day").
const SELLER = /* @__PURE__ */ set(noteWords.seller);
const SELF = /* @__PURE__ */ exact(noteWords.selfSubject);
const FREE_WHAT = /* @__PURE__ */ set(noteWords.freeWhat);
const OFFER = /* @__PURE__ */ set(noteWords.offer);
const CUSTOMERS = /* @__PURE__ */ exact(noteWords.customers);
const PURPOSE = /* @__PURE__ */ phrases(noteWords.purpose);
// Get-rich offers and sales terms: "earn from home", "no obligation", "buy now" (not "buy you a
// coffee").
const SCHEME = /* @__PURE__ */ phrases([
  ...noteWords.getRich,
  ...noteWords.noObligation,
  ...noteWords.salesTerms,
]);
const PRESSURE = /* @__PURE__ */ phrases(noteWords.pressure);

function saysHowWeKnow(doc: Doc, theirs: WordSet): string | undefined {
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

function findPitch(doc: Doc): string | undefined {
  const t = doc.tokens;
  for (let i = 0; i < t.length; i++) {
    const w = t[i]!.w;
    const next = wd(t, i + 1);
    if (PITCH.has(w) || (SELLER.has(w) && near(t, i, -3, -1, SELF))) return span(doc, t[i]!);
    if (w === 'run' && near(t, i, 2, 4, PITCH_AFTER_OUR)) return span(doc, t[i]!, t[i + 1]!);
    // "our platform", "our leadership masterclass"
    if (OURS.has(w)) {
      for (let k = i + 1; k <= i + 3 && k < t.length; k++) {
        if (PITCH_AFTER_OUR.has(t[k]!.w)) return span(doc, t[i]!, t[k]!);
      }
    }
    if (
      // "free trial", "first session free"
      (w === 'free' && (FREE_WHAT.has(next) || OFFER.has(wd(t, i - 1)))) ||
      (/^(cuts?|saves?|boost|grow|double|triple)$/.test(w) &&
        /^(costs?|money|revenue|sales|your|you|founders|teams|companies)$/.test(next))
    ) {
      return span(doc, t[i]!, t[i + 1]!);
    }
    // "We could support your evaluation" (not "we could help each other").
    if (
      w === 'we' &&
      /^(can|could)$/.test(next) &&
      /^(help|support)$/.test(wd(t, i + 2)) &&
      wd(t, i + 3) === 'your'
    ) {
      return span(doc, t[i]!, t[i + 3]!);
    }
    // "We help procurement teams automate vendor checks."
    if ((w === 'we' || w === 'i') && next === 'help') {
      for (let k = i + 2; k < i + 5 && k < t.length; k++) {
        if (CUSTOMERS.has(t[k]!.w)) return span(doc, t[i]!, t[k]!);
      }
    }
  }
  // "30% off", "-20 %": a figure with a percent sign sells.
  const scheme = seqIn(t, SCHEME);
  if (scheme) return span(doc, t[scheme[0]]!, t[scheme[1]]!);
  const pct = /\d\s?%/.exec(doc.text);
  return pct
    ? doc.text.slice(Math.max(0, pct.index - 2), pct.index + pct[0].length).trimStart()
    : undefined;
}

/**
 * Grades an invitation note written to `target`. Criteria follow `NOTE_CRITERIA`; one point each,
 * `passed` at 80%. `within-limit` counts Unicode code points like LinkedIn and warns above 200.
 */
export function gradeNote(target: NoteTarget, input: string): GradeResult {
  const text = typeof input === 'string' ? input : '';
  const doc = analyse(text);
  const name = displayFirstName(target.name);
  const { out, add } = sheet(text, 'note');
  const g = findGreeting(doc, target.name);
  const ok = g.kind === 'ok';
  add(
    'greets-by-name',
    ok,
    `You greet ${name} by name (@).`,
    `Open with "Hi ${name},".`,
    g.evidence,
  );
  const how = saysHowWeKnow(doc, new Set(words(target.headline).filter((w) => w.length > 3)));
  add(
    'says-how-we-know',
    !!how,
    `You say how you know of ${name} (@).`,
    'Say honestly how you know or know of them: "I enjoyed your talk on…", "We met at…".',
    how,
  );
  // A pitch states a purpose too ("15 minutes for a demo?"): it gives a reason, just not a good one.
  // "I follow your posts" says how you know them; "connect and follow your posts" is a reason, and
  // so is any purpose clause: "so I can send you the list".
  const pitch = findPitch(doc);
  const reason = doc.sentences.find(
    (s) =>
      seqIn(s.tokens, PURPOSE) ||
      s.tokens.some(
        (x, i) =>
          (REASON.has(x.w) && !(x.w === 'looking' && wd(s.tokens, i + 1) === 'forward')) ||
          PITCH.has(x.w) ||
          (/^follow(ing)?$/.test(x.w) && /^(to|and|value|keep)$/.test(wd(s.tokens, i - 1))),
      ),
  );
  add(
    'gives-a-reason',
    !!(reason || pitch),
    'You give a reason to connect (@).',
    'Give a reason, e.g. "I\'d like to learn how your team runs audits."',
    reason ? sentenceText(doc, reason) : pitch,
  );
  const chars = codePoints(text);
  add(
    'within-limit',
    chars <= NOTE_LIMIT,
    `${chars} characters: ${chars > FREE_NOTE_LIMIT ? `fine, but free accounts can only send ${FREE_NOTE_LIMIT}` : 'within every limit'}.`,
    `${chars} characters: LinkedIn cuts notes at ${NOTE_LIMIT}.`,
  );
  add(
    'no-pitch',
    !pitch,
    'No sales pitch.',
    '@ reads as a pitch. Connect for the relationship; business can come later.',
    pitch,
  );
  const rude = findRudeness(doc, PRESSURE);
  add(
    'courteous',
    !rude,
    'Your tone is friendly and leaves the choice to them.',
    `@ may read as pressure or reproach; ${name} owes you nothing.`,
    rude,
  );
  return tally(out);
}
