/**
 * graceful-out: the reply offers a kind explanation for the mistake (the wrong person or button, a
 * mix-up, "maybe you met my brother", LinkedIn's suggestion, one's own memory). Only for routes
 * that claim something.
 */
import type { ReplyFacts } from '../facts';
import { replyWords } from '../lexicon';
import { sentenceText, seqIn, similar, span, type Doc } from '../text';
import { exact, near, phrases, set, wd } from '../words';
import { present } from '../engine';
import type { ReplyRule } from './types';

const GRACE = /* @__PURE__ */ set(replyWords.grace);
const GRACE_SEQ = /* @__PURE__ */ phrases(replyWords.gracePhrases);
const WRONG_OBJECT = /* @__PURE__ */ set(replyWords.wrongObject);
const OTHER_ONE = /* @__PURE__ */ exact(replyWords.otherOne);
const GUESS = /* @__PURE__ */ exact(replyWords.guess);
const SOMEONE = /* @__PURE__ */ exact(replyWords.someone);
// After "maybe you", these make a request, not an explanation ("maybe you can tell me").
const MAYBE_NOT = /* @__PURE__ */ set('can could would will should tell let want know');
const JOG = /* @__PURE__ */ exact('refresh jog');
const SITE_SLIP = /* @__PURE__ */ set(replyWords.siteSlip);

function findWayOut(doc: Doc, ctx: ReplyFacts): string | undefined {
  for (const s of doc.sentences) {
    const t = s.tokens;
    for (let i = 0; i < t.length; i++) {
      const w = t[i]!.w;
      if (
        GRACE.has(w) ||
        // "Maybe you meant another Omar", "perhaps you met my brother": an innocent cause.
        (GUESS.has(w) && wd(t, i + 1) === 'you' && !MAYBE_NOT.has(wd(t, i + 2))) ||
        // "Perhaps a colleague of mine was involved?"
        (GUESS.has(w) && near(t, i, 1, 3, SOMEONE)) ||
        // "LinkedIn suggested me", "LinkedIn got creative there": the site's fault, not theirs.
        (w === 'linkedin' && near(t, i, 1, 4, SITE_SLIP))
      ) {
        return sentenceText(doc, s);
      }
      if (OTHER_ONE.has(w)) {
        for (let k = i + 1; k < i + 4 && k < t.length; k++) {
          const x = t[k]!.w;
          if (
            // "the wrong person", "u sure u got the right guy?"
            ((w === 'wrong' || w === 'right') && WRONG_OBJECT.has(x)) ||
            // "the wrong Lan" for Nguyen Thi Lan: any part of the learner's name.
            ctx.self.some((p) => similar(x, p))
          ) {
            return span(doc, t[i]!, t[k]!);
          }
        }
      }
    }
    const at = seqIn(t, GRACE_SEQ);
    // "Could you refresh my memory?" asks; it offers no excuse.
    if (at && !(t[at[0]]!.w === 'my' && JOG.has(wd(t, at[0] - 1)))) return sentenceText(doc, s);
  }
}

/** The reply offers a kind explanation for the mistake (routes that claim something). */
export const gracefulOut: ReplyRule<'graceful-out'> = {
  id: 'graceful-out',
  applies: ({ facts }) => facts.claiming,
  check: ({ doc, facts }) => present(findWayOut(doc, facts)),
  feedback: {
    met: () => 'You offer a kind way out (@).',
    unmet: (_, { scenario }) =>
      `Offer a kind way out: "Maybe you clicked the wrong ${scenario.you.name}?"`,
    notApplicable: 'The invitation claims nothing false to correct.',
  },
};
