/**
 * asks-how-we-know: the reply asks (with or without a question mark) how or where you know each
 * other, which event or contact the invitation means, or who passed on your details.
 */
import { findAsk, KNOW_AUX, WHAT_HOW } from '../asking';
import { stem, type ReplyFacts } from '../facts';
import { replyWords } from '../lexicon';
import { NEG } from '../negation';
import { findOrg } from '../orgs';
import type { Token } from '../text';
import { exact, near, set, wd } from '../words';
import { present } from '../engine';
import type { ReplyRule } from './types';

const KNOW_HOW = /* @__PURE__ */ set(replyWords.knowHow);
const KNOW_WHERE = /* @__PURE__ */ set(replyWords.knowWhere);
const KNOW_AFTER_AUX = /* @__PURE__ */ set(replyWords.knowAfterAux);
const FIRST_PERSON = /* @__PURE__ */ set(replyWords.firstPerson);
const HOW = /* @__PURE__ */ set(replyWords.how);
const WHERE = /* @__PURE__ */ set(replyWords.where);
// "¿Nos conocemos?", "on se connaît ?": a question with "we know each other" in one word.
const KNOW_US = /* @__PURE__ */ exact(replyWords.knowUs);
// "Which conference was it?": asking which shared event the invitation means.
const EVENT = /* @__PURE__ */ set(replyWords.sharedEvent);
const EACH = /* @__PURE__ */ exact('each');

/** "Were you at…", "did we…": a question form (an auxiliary, then you or we) just before `i`. */
function asksAbout(t: readonly Token[], i: number): boolean {
  for (let k = Math.max(0, i - 4); k < i - 1; k++) {
    if (KNOW_AUX.has(t[k]!.w) && /^(you|we)$/.test(t[k + 1]!.w)) return true;
  }
  return false;
}

/** A word of having met in the 2nd to 5th place after `i`, but not the request "let me know". */
function knowsAfter(t: readonly Token[], i: number): boolean {
  for (let k = i + 2; k <= i + 5 && k < t.length; k++) {
    if (KNOW_AFTER_AUX.has(t[k]!.w) && !(t[k]!.w === 'know' && wd(t, k - 1) === 'me')) return true;
  }
  return false;
}
const REMIND = /* @__PURE__ */ set('how where when of which what who');
const LINK = /* @__PURE__ */ exact(replyWords.link);
const GAVE = /* @__PURE__ */ set(replyWords.gave);
const GET = /* @__PURE__ */ set('get got find found');
const MY = /* @__PURE__ */ set('my me');

function knowPattern(t: readonly Token[], ctx: ReplyFacts): number {
  for (let i = 0; i < t.length; i++) {
    const w = t[i]!.w;
    const next = wd(t, i + 1);
    if (
      (HOW.has(w) && near(t, i, 1, 6, KNOW_HOW)) ||
      // "how did you get my email?"
      (w === 'how' && near(t, i, 1, 4, GET) && near(t, i, 1, 7, MY)) ||
      (WHERE.has(w) && near(t, i, 1, 5, KNOW_WHERE)) ||
      // "Have we met?", "whether we worked together" (not "what are you working on", nor "if you
      // let me know").
      ((KNOW_AUX.has(w) || w === 'whether' || w === 'if') &&
        /^(we|i|you)$/.test(next) &&
        wd(t, i - 1) !== 'what' &&
        knowsAfter(t, i)) ||
      // Something the invitation's note claimed: "Were you at Mia's wedding?" (not the echo
      // "Maya's wedding?", which doubts it).
      (ctx.noteWords.has(stem(w)) && asksAbout(t, i)) ||
      // "we ever talked before?"
      (w === 'we' && next === 'ever' && knowsAfter(t, i)) ||
      // "Did somebody refer you?"
      (/^(refer|referred|introduce|introduced)$/.test(w) && next === 'you') ||
      // "what's our connection?", "what's our link?"
      (LINK.has(w) && near(t, i, -3, -1, WHAT_HOW)) ||
      (w === 'remind' && near(t, i, 1, 3, REMIND)) ||
      (w === 'refresh' && next === 'my') ||
      (w === 'who' && near(t, i, 1, 4, GAVE)) ||
      // "Did a mutual contact give you my email?"
      (GAVE.has(w) && next === 'you' && near(t, i, 2, 3, MY)) ||
      // A tag question: "We met at that conference, right?", "We haven't met, have we?"
      (KNOW_WHERE.has(w) &&
        (/^(right|correct)$/.test(t[t.length - 1]!.w) ||
          (KNOW_AUX.has(wd(t, t.length - 2)) && wd(t, t.length - 1) === 'we'))) ||
      KNOW_US.has(w) ||
      (w === 'which' && near(t, i, 1, 2, EVENT)) ||
      // "How did we end up in each other's orbit?"
      (HOW.has(w) && near(t, i, 2, 8, EACH))
    ) {
      return i;
    }
  }
  // "Was it through Initech, perhaps?": a guess at where you know each other from (not "Solvia has
  // never ordered from you", a statement about the learner's side).
  // A guess is a question form: "was it through…", "did we meet at…"; not "any PhD is welcome".
  if (
    t.some((x) => KNOW_AUX.has(x.w) || x.w === 'through') &&
    !t.some((x) => FIRST_PERSON.has(x.w) || NEG.has(x.w))
  ) {
    for (const f of ctx.known) {
      const at = findOrg(t, f);
      if (at) return at[0];
    }
  }
  return -1;
}

/** The reply asks how or where you know each other. */
export const asksHowWeKnow: ReplyRule<'asks-how-we-know'> = {
  id: 'asks-how-we-know',
  check: ({ doc, facts, asks, elsewhere }) =>
    present(elsewhere ? undefined : findAsk(doc, facts, knowPattern, asks, KNOW_WHERE)),
  feedback: {
    met: () => 'You ask how you know each other (@).',
    unmet: (_, { elsewhere, facts }) =>
      elsewhere
        ? `Your questions go to ${elsewhere}; ask ${facts.name}: "How do we know each other?"`
        : 'Ask: "How do we know each other?"',
  },
};
