/**
 * Grading an invitation note the learner writes themselves: greet the person, say honestly how you
 * know (or know of) them, give a reason, stay within LinkedIn's 300 characters, no pitch, no pressure.
 */
import type { NoteTarget } from '../schemas/scenario';
import { NEG } from './asking';
import { displayFirstName, findGreeting } from './names';
import { criterion, set, tally } from './result';
import { analyse, codePoints, quote, sentenceText, span, type Doc } from './text';
import { findRudeness } from './tone';
import type { Criterion, GradeResult } from './types';

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

const HOW_WE_KNOW = /* @__PURE__ */ set(
  'getroffen lei articulo met meeting talk spoke speak speech chatted presentation presented session webinar panel keynote workshop conference meetup event summit post article podcast newsletter blog paper video thread comment follow read heard saw seen watched listened mutual introduced introduction referred recommended suggested colleague classmate worked studied alum alumni alumna alumnus member both sat attended cohort neighbour neighbor noticed across conocimos charla rencontre',
);
const ADMIRE = /* @__PURE__ */ set('love enjoy admire like appreciate');
const REASON = /* @__PURE__ */ set(
  'swapping conversation kontakt because since hope learn exchange swap share ask advice insight collaborate collaboration discuss chat coffee call demo minutes question opportunity opportunities hiring role job position project looking interested touch mentor mentorship feedback help support partner compare trade explore hear idea join recruit aprender',
);
const PITCH = /* @__PURE__ */ set(
  'demo buy purchase discount trial subscription subscribe roi crypto',
);
const PITCH_AFTER_OUR = /* @__PURE__ */ set(
  'software platform product solution service tool app agency offering',
);
const PRESSURE = [
  'you ignored',
  'ignored my',
  'ignoring my',
  'accept this',
  'you must',
  'you need to accept',
  'last chance',
  'why have not you',
  'still waiting',
  'do not ignore',
].map((p) => p.split(' '));

function saysHowWeKnow(doc: Doc): string | undefined {
  const t = doc.tokens;
  for (let i = 0; i < t.length; i++) {
    const w = t[i]!.w;
    // "Love your design work", "I admire your research": how you know of them.
    if (ADMIRE.has(w) && (t[i + 1]?.w === 'your' || t[i + 2]?.w === 'your')) {
      return sentenceText(doc, doc.sentences[t[i]!.n]!);
    }
    // "Great to meet you at Config" (but not "I'd love to meet you").
    if (w === 'meet' && /^(great|nice|good|lovely|pleasure|glad)$/.test(t[i - 2]?.w ?? '')) {
      return sentenceText(doc, doc.sentences[t[i]!.n]!);
    }
    if (!HOW_WE_KNOW.has(w)) continue;
    // "We haven't met" is honest, but it does not say how you know of them.
    if (w === 'met' && t.slice(Math.max(0, i - 3), i).some((x) => NEG.has(x.w))) continue;
    if (w === 'across' && !/^(came|come|coming)$/.test(t[i - 1]?.w ?? '')) continue;
    return sentenceText(doc, doc.sentences[t[i]!.n]!);
  }
  return undefined;
}

// A pitch states a purpose too ("15 minutes for a demo?"): it gives a reason, just not a good one.
function givesReason(doc: Doc): string | undefined {
  for (const s of doc.sentences) {
    if (s.tokens.some((x) => REASON.has(x.w) || PITCH.has(x.w))) return sentenceText(doc, s);
  }
  return undefined;
}

function findPitch(doc: Doc): string | undefined {
  const t = doc.tokens;
  for (let i = 0; i < t.length; i++) {
    const w = t[i]!.w;
    const next = t[i + 1]?.w ?? '';
    if (PITCH.has(w)) return span(doc, t[i]!);
    if ((w === 'our' || w === 'my') && PITCH_AFTER_OUR.has(next))
      return span(doc, t[i]!, t[i + 1]!);
    if (
      (w === 'we' || w === 'i') &&
      next === 'help' &&
      /^(companies|businesses|teams|brands|clients|firms|agencies|you)$/.test(t[i + 2]?.w ?? '')
    ) {
      return span(doc, t[i]!, t[i + 2]!);
    }
    if (w === 'free' && next === 'trial') return span(doc, t[i]!, t[i + 1]!);
    if (
      (w === 'cut' ||
        w === 'cuts' ||
        w === 'save' ||
        w === 'saves' ||
        w === 'boost' ||
        w === 'grow') &&
      /^(costs?|money|revenue|sales|your)$/.test(next)
    ) {
      return span(doc, t[i]!, t[i + 1]!);
    }
  }
  const pct = doc.text.indexOf('%');
  return pct > 0 && /\d/.test(doc.text[pct - 1]!)
    ? doc.text.slice(Math.max(0, pct - 3), pct + 1).trimStart()
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
  const blank = !text.trim();
  const out: Criterion[] = [];
  const add = (id: string, met: boolean, feedback: string, evidence?: string) =>
    out.push(
      blank && met
        ? criterion(id, false, 'Write your note first; there is nothing to check yet.')
        : criterion(id, met, feedback, evidence),
    );

  const g = findGreeting(doc, target.name);
  add(
    'greets-by-name',
    g.kind === 'ok',
    g.kind === 'ok'
      ? `You open by greeting ${name} by name (${quote(g.evidence!)}).`
      : `Open with ${name}'s name, e.g. "Hi ${name},": a note that names its reader is read.`,
    g.evidence,
  );
  const how = saysHowWeKnow(doc);
  add(
    'says-how-we-know',
    !!how,
    how
      ? `You say how you know of ${name} (${quote(how)}).`
      : `Say honestly how you know ${name}, or know of them, e.g. "I enjoyed your talk on…" or "We met at…".`,
    how,
  );
  const reason = givesReason(doc);
  add(
    'gives-a-reason',
    !!reason,
    reason
      ? `You give a reason to connect (${quote(reason)}).`
      : `Give a clear reason to connect, e.g. "I'd like to learn how your team runs audits." "Let's connect" alone gives none.`,
    reason,
  );
  const chars = codePoints(text);
  add(
    'within-limit',
    chars <= NOTE_LIMIT,
    chars > NOTE_LIMIT
      ? `Your note has ${chars} characters; LinkedIn cuts notes at ${NOTE_LIMIT}, so shorten it.`
      : chars > FREE_NOTE_LIMIT
        ? `Your note has ${chars} characters: within ${NOTE_LIMIT}, but free accounts can only send ${FREE_NOTE_LIMIT}.`
        : `Your note has ${chars} characters, within every account's limit.`,
  );
  const pitch = findPitch(doc);
  add(
    'no-pitch',
    !pitch,
    pitch
      ? `${quote(pitch)} reads as a sales pitch. Earn trust first: connect for the relationship, and talk business later if it fits.`
      : 'No sales pitch: the note is about the relationship.',
    pitch,
  );
  const rude = findRudeness(doc, PRESSURE);
  add(
    'courteous',
    !rude,
    rude
      ? `${quote(rude)} may read as pressure or reproach. Invite, never insist: ${name} owes you nothing.`
      : 'Your tone is friendly and leaves the choice with the reader.',
    rude,
  );
  return tally(out);
}
