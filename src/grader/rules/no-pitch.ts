/**
 * no-pitch: the note sells nothing (a demo, discount, fee, free trial or session, "our platform",
 * "we help procurement teams", "cuts costs", a percentage).
 */
import { noteWords } from '../lexicon';
import { seqIn, span, type Doc } from '../text';
import { exact, near, phrases, set, wd } from '../words';
import { absent } from '../engine';
import type { NoteRule } from './types';

const PITCH = /* @__PURE__ */ set(noteWords.pitch);
const PITCH_AFTER_OUR = /* @__PURE__ */ set(noteWords.pitchAfterOur);
const OURS = /* @__PURE__ */ exact(noteWords.ours);
// "I run a bookkeeping service", "we supply LED lighting", "somos proveedores": selling, said of
// oneself (not "your talk on supply audits", "the supplier day").
const SELLER = /* @__PURE__ */ set(noteWords.seller);
const SELF = /* @__PURE__ */ exact(noteWords.selfSubject);
const FREE_WHAT = /* @__PURE__ */ set(noteWords.freeWhat);
const OFFER = /* @__PURE__ */ set(noteWords.offer);
const CUSTOMERS = /* @__PURE__ */ exact(noteWords.customers);
// Get-rich offers and sales terms: "earn from home", "no obligation", "buy now" (not "buy you a
// coffee").
const SCHEME = /* @__PURE__ */ phrases([
  ...noteWords.getRich,
  ...noteWords.noObligation,
  ...noteWords.salesTerms,
]);

// Pitches without a sales word: offering one's portfolio and rates, asking the reader to buy,
// review, follow or join something of one's own, "exclusive opportunities", a webinar or
// masterclass to join, "a quick chat about how we help teams like yours".
const OFFER_PITCH = new RegExp(
  [
    String.raw`\b(?:send|share|show)\s+(?:you\s+)?(?:over\s+)?(?:my|our)\s+(?:\w+\s+){0,2}(?:portfolio|rates|pricing|prices|deck|brochure|catalog(?:ue)?|packages?|services)\b`,
    String.raw`\b(?:follow(?:ed)?|subscribe(?:d)?\s+to|buy|bought|review(?:ed)?|listen(?:ed)?\s+to|check(?:ed)?\s+out|download(?:ed)?|pre-?order(?:ed)?|back(?:ed)?|try)\s+(?:my|our)\s+(?:new\s+)?(?:\w+\s+)?(?:book|podcast|newsletter|channel|course|app|page|product|store|shop|campaign|blog|album|launch)\b`,
    String.raw`\b(?:join|sign\s+up\s+for|register\s+for|enrol\s+in)\s+(?:my|our)\s+(?:new\s+)?(?:\w+\s+)?(?:course|webinar|masterclass|workshop|bootcamp)\b`,
    String.raw`\bleave\s+(?:me\s+|us\s+)?a\s+(?:review|rating)\b`,
    String.raw`\b(?:webinar|masterclass|bootcamp)\b`,
    String.raw`\bexclusive\s+(?:\w+\s+)?(?:opportunit\w*|offers?|deals?|access)\b`,
    String.raw`\binvestment\s+opportunit\w*`,
    String.raw`\b(?:below|under)\s+market\s+(?:price|rate)s?\b`,
    String.raw`\b(?:have|has)\s+(?:some\s+)?(?:availability|capacity)\b`,
    String.raw`\brecommend\s+(?:us|me|my\s+\w+|our\s+\w+)\s+to\s+your\b`,
    String.raw`\bshare\s+it\s+with\s+your\s+(?:followers|network|audience|team)\b`,
    String.raw`\bI\s+run\s+a\s+(?:\w+\s+){0,2}(?:business|agency|company|firm|consultancy)\b`,
    String.raw`\btell\s+you\s+(?:more\s+)?about\s+(?:a|an|our|my|this)\s+(?:\w+\s+){0,3}(?:product|service|offer|solution|tool|platform|opportunity|programme|program)\b`,
    String.raw`\b(?:chat|call|talk|conversation)\s+about\s+how\s+(?:we|i|our\s+\w+)\s+(?:can\s+)?(?:help|support|work\s+with|serve)\b`,
    String.raw`\b(?:teams|companies|businesses|clinics|firms|brands|studios|clients)\s+like\s+yours\b`,
  ].join('|'),
  'i',
);

/** The note's first sales pitch, quoted from it, or undefined. */
export function findPitch(doc: Doc): string | undefined {
  const offer = OFFER_PITCH.exec(doc.text);
  if (offer) return offer[0];
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

/** The note sells nothing. */
export const noPitch: NoteRule<'no-pitch'> = {
  id: 'no-pitch',
  check: ({ pitch }) => absent(pitch),
  feedback: {
    met: () => 'No sales pitch.',
    unmet: () => '@ reads as a pitch. Connect for the relationship; business can come later.',
  },
};
