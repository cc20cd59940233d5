/**
 * names-the-claim: the reply says what the invitation claimed (the school or company, the route's
 * own words, words quoted from its note) or, for routes that claim nothing, what it left out ("your
 * note doesn't say why", "the default note", "you picked Other").
 */
import { replyWords } from '../lexicon';
import { stem, type ReplyFacts } from '../facts';
import { NEG } from '../negation';
import { findOrg } from '../orgs';
import { span, type Doc, type Token } from '../text';
import { exact, near, set, wd } from '../words';
import { present } from '../engine';
import type { ReplyRule } from './types';

const OTHER_ROUTE = /* @__PURE__ */ set(replyWords.otherRoute);
const BLANK_WHAT = /* @__PURE__ */ set(replyWords.blankWhat);
const BLANK = /* @__PURE__ */ set(replyWords.blank);
const EMAIL = /* @__PURE__ */ exact(replyWords.emailWords);
const MISSING = /* @__PURE__ */ set(replyWords.missing);

/** "I went", "I actually studied": the learner's own past, stated without denying anything. */
function ownPast(t: readonly Token[], i: number): boolean {
  const k =
    wd(t, i - 1) === 'i'
      ? i - 1
      : wd(t, i - 2) === 'i' && OWN_ADVERB.has(wd(t, i - 1))
        ? i - 2
        : -1;
  return k >= 0 && !near(t, k, 1, i - k, NEG);
}
const OWN_ADVERB = /* @__PURE__ */ exact('actually only also just have had did was am');

function findClaim(doc: Doc, ctx: ReplyFacts): string | undefined {
  const { route, ownWords, noteWords } = ctx;
  const org = findOrg(doc.tokens, ctx.claim);
  if (org) return span(doc, doc.tokens[org[0]]!, doc.tokens[org[1]]!);
  for (const s of doc.sentences) {
    const t = s.tokens;
    for (let i = 0; i < t.length; i++) {
      const w = t[i]!.w;
      const next = wd(t, i + 1);
      if (route === 'other') {
        if (w === 'other' && next !== 'each' && /["'“‘]/.test(doc.text[t[i]!.s - 1] ?? '')) {
          return span(doc, t[i]!);
        }
        if (w === 'other' && OTHER_ROUTE.has(next)) return span(doc, t[i]!, t[i + 1]!);
      } else if (
        // "I went to Osaka University" states the learner's own past, not what was claimed.
        ((ctx.routeWords.has(w) && !ownPast(t, i)) || noteWords.has(stem(w))) &&
        // "thanks for the friendly note" says nothing about a friendship.
        w !== 'friendly' &&
        // "University" inside "Northeastern University" names the learner's school, not the claim.
        !(ownWords.has(w) && (ownWords.has(wd(t, i - 1)) || ownWords.has(next)))
      ) {
        return span(doc, t[i]!);
      }
      if (!ctx.claiming) {
        if (route === 'other' && EMAIL.has(w) && next !== 'me') return span(doc, t[i]!);
        // "Your note doesn't say why", "no reason given", "without a message", "the default note".
        // "the default note", "el mensaje estándar"
        if (BLANK.has(w) && near(t, i, -2, 3, BLANK_WHAT)) {
          return span(doc, t[i]!);
        }
        if (NEG.has(w)) {
          for (let k = i + 1; k < i + 7 && k < t.length; k++) {
            // Not "please don't message me again".
            if (MISSING.has(t[k]!.w) && wd(t, k + 1) !== 'me') return span(doc, t[i]!, t[k]!);
          }
        }
      }
    }
  }
}

/** The reply names what the invitation claimed, or what it left out. */
export const namesTheClaim: ReplyRule<'names-the-claim'> = {
  id: 'names-the-claim',
  check: ({ doc, facts }) => present(findClaim(doc, facts)),
  feedback: {
    met: (_, { facts }) =>
      `You name what the invitation ${facts.claiming ? 'claimed' : 'left out'} (@).`,
    unmet: (
      _,
      {
        facts: { claiming, route },
        scenario: {
          invitation: { claim },
        },
      },
    ) =>
      claiming
        ? `Name the claim: "Your invitation says we ${route === 'friend' ? 'are friends' : `${route === 'classmate' ? 'studied' : 'worked'} ${claim ? `at ${claim}` : 'together'}`}."`
        : `Point out the missing reason${route === 'group' ? ` (beyond ${claim || 'a shared group'})` : ''}: "Your invitation doesn't say why."`,
  },
};
