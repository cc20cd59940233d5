/**
 * corrects-the-claim: the reply states the fact, with a negation near the claim or the route's words
 * ("I did not go to Duke", "I don't believe we've met") or a first-person statement of the
 * persona's real school or employer ("I studied at NC State"). Only for routes that claim something.
 */
import { KNOW_AUX } from '../asking';
import type { ReplyFacts } from '../facts';
import { replyWords } from '../lexicon';
import { NEG } from '../negation';
import { findOrg } from '../orgs';
import { sentenceText, seqIn, span, type Doc } from '../text';
import { phrases, set, wd } from '../words';
import { present } from '../engine';
import type { ReplyRule } from './types';

// Knowing and meeting: what every claim of a shared past implies.
const KNOWING = /* @__PURE__ */ set(replyWords.knowing);
const FALSE_WORDS = /* @__PURE__ */ set(replyWords.falseWords);
// Soft corrections without a negation: "I'm drawing a blank on this one".
const BLANK_MIND = /* @__PURE__ */ phrases(replyWords.blankMind);
// "no problem", "can't wait", "if not": negations that deny nothing about the claim.
const NOT_A_DENIAL = /* @__PURE__ */ set(replyWords.notADenial);
const NOT_SO = /* @__PURE__ */ phrases('not think so|not believe so');
const FIRST_PERSON = /* @__PURE__ */ set(replyWords.firstPerson);

function findCorrection(doc: Doc, ctx: ReplyFacts): string | undefined {
  const words = ctx.routeWords;
  for (const s of doc.sentences) {
    const t = s.tokens;
    // "Didn't we meet at Duke?" asks about the claim; it does not deny it.
    if (s.q && wd(t, 1) === 'not' && KNOW_AUX.has(t[0]!.w)) continue;
    for (let i = 0; i < t.length; i++) {
      const w = t[i]!.w;
      if (FALSE_WORDS.has(w)) return sentenceText(doc, s);
      const prev = wd(t, i - 1);
      const next = wd(t, i + 1);
      if (
        !NEG.has(w) ||
        prev === 'if' ||
        prev === 'or' ||
        NOT_A_DENIAL.has(next) ||
        (w === 'never' && next === 'mind')
      )
        continue;
      // "mit Krüger hatte ich beruflich nie zu tun": the claim may come a few words before.
      const from = Math.max(0, i - 5);
      const claimAt = findOrg(t.slice(from, i + 8), ctx.claim);
      for (let k = from; k < i + 8 && k < t.length; k++) {
        const x = t[k]!.w;
        const isClaim = claimAt && k - from >= claimAt[0] && k - from <= claimAt[1];
        if (k !== i && (words.has(x) || KNOWING.has(x) || isClaim)) {
          return span(doc, t[Math.min(i, k)]!, t[Math.max(i, k)]!);
        }
      }
    }
    // "Are we friends? I don't think so."
    if ((doc.sentences[t[0]!.n - 1]?.q && seqIn(t, NOT_SO)) || seqIn(t, BLANK_MIND))
      return sentenceText(doc, s);
    // "I studied at NC State": a first-person statement of the true school or employer.
    if (!s.q && t.some((x) => FIRST_PERSON.has(x.w)) && ctx.facts.some((f) => findOrg(t, f))) {
      return sentenceText(doc, s);
    }
  }
}

/** The reply states the fact the invitation got wrong (routes that claim something). */
export const correctsTheClaim: ReplyRule<'corrects-the-claim'> = {
  id: 'corrects-the-claim',
  applies: ({ facts }) => facts.claiming,
  check: ({ doc, facts }) => present(findCorrection(doc, facts)),
  feedback: {
    met: () => 'You state the fact (@).',
    unmet(
      _,
      {
        facts: { route },
        scenario: {
          you,
          invitation: { claim },
        },
      },
    ) {
      const truth = route === 'classmate' ? you.schools[0] : you.employers[0];
      return `State the fact: "${route === 'friend' ? "I don't believe we've met" : truth ? `I was at ${truth}, not ${claim || 'there'}` : `I was never at ${claim || 'that place'}`}."`;
    },
    notApplicable: 'The invitation claims nothing false to correct.',
  },
};
