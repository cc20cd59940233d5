/**
 * Grading an invitation note the learner writes themselves: greet the person, say honestly how you
 * know (or know of) them, give a reason, stay within LinkedIn's 300 characters, no pitch, no pressure.
 */
import type { NoteTarget } from '../schemas/scenario';
import { NEG } from './asking';
import { displayFirstName, findGreeting } from './names';
import { tally } from './result';
import { near, phrases, set, sheet, wd } from './words';
import { analyse, codePoints, sentenceText, span, type Doc } from './text';
import { findRudeness } from './tone';
import type { GradeResult } from './types';

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
const PRESSURE = /* @__PURE__ */ phrases(
  'you ignored|ignored my|ignoring my|accept this|you must|you need to accept|last chance|why have not you|still waiting|do not ignore',
);

function saysHowWeKnow(doc: Doc): string | undefined {
  const t = doc.tokens;
  for (let i = 0; i < t.length; i++) {
    const w = t[i]!.w;
    if (
      // "Love your design work", "I admire your research": how you know of them.
      (ADMIRE.has(w) && (wd(t, i + 1) === 'your' || wd(t, i + 2) === 'your')) ||
      // "Great to meet you at Config" (but not "I'd love to meet you").
      (w === 'meet' && /^(great|nice|good|lovely|pleasure|glad)$/.test(wd(t, i - 2))) ||
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
    if (PITCH.has(w)) return span(doc, t[i]!);
    if (
      ((w === 'our' || w === 'my') && PITCH_AFTER_OUR.has(next)) ||
      (w === 'free' && next === 'trial') ||
      (/^(cuts?|saves?|boost|grow)$/.test(w) && /^(costs?|money|revenue|sales|your)$/.test(next))
    ) {
      return span(doc, t[i]!, t[i + 1]!);
    }
    if (
      (w === 'we' || w === 'i') &&
      next === 'help' &&
      /^(companies|businesses|teams|brands|clients|firms|agencies|you)$/.test(wd(t, i + 2))
    ) {
      return span(doc, t[i]!, t[i + 2]!);
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
  const how = saysHowWeKnow(doc);
  add(
    'says-how-we-know',
    !!how,
    `You say how you know of ${name} (@).`,
    'Say honestly how you know or know of them: "I enjoyed your talk on…", "We met at…".',
    how,
  );
  // A pitch states a purpose too ("15 minutes for a demo?"): it gives a reason, just not a good one.
  const reason = doc.sentences.find((s) => s.tokens.some((x) => REASON.has(x.w) || PITCH.has(x.w)));
  add(
    'gives-a-reason',
    !!reason,
    'You give a reason to connect (@).',
    'Give a reason, e.g. "I\'d like to learn how your team runs audits."',
    reason && sentenceText(doc, reason),
  );
  const chars = codePoints(text);
  add(
    'within-limit',
    chars <= NOTE_LIMIT,
    `${chars} characters: ${chars > FREE_NOTE_LIMIT ? `fine, but free accounts can only send ${FREE_NOTE_LIMIT}` : 'within every limit'}.`,
    `${chars} characters: LinkedIn cuts notes at ${NOTE_LIMIT}.`,
  );
  const pitch = findPitch(doc);
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
