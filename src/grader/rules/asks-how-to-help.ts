/**
 * asks-how-to-help: the reply asks how you can help, what the sender hopes for or why they would
 * like to connect ("what's the ask?", "let me know how I can help"); an offer is not asking.
 */
import { findAsk, WHAT_HOW } from '../asking';
import { replyWords } from '../lexicon';
import { NEG } from '../negation';
import { findSeq, type Token } from '../text';
import { exact, near, set, wd } from '../words';
import { present } from '../engine';
import type { ReplyRule } from './types';

const HELP = /* @__PURE__ */ set(replyWords.help);
const GAIN = /* @__PURE__ */ set(replyWords.gain);
const WHY_OBJECT = /* @__PURE__ */ set(replyWords.whyObject);
const WHAT_MADE = /* @__PURE__ */ set('made makes prompted brings brought led motivated inspired');
const OTHER_ONE = /* @__PURE__ */ exact(replyWords.otherOne);
const HELP_CUE = /* @__PURE__ */ set(replyWords.helpCue);
const WHY_ME = /* @__PURE__ */ set(replyWords.whyMe);
// "What do you need?", "what would you want from this?": asks what the sender hopes for.
const NEED = /* @__PURE__ */ exact(replyWords.need);
const YOU = /* @__PURE__ */ exact(replyWords.you);
const YOU_ARE = /* @__PURE__ */ exact('you are');
const ABOUT = /* @__PURE__ */ exact('about');
const WOULD = /* @__PURE__ */ exact('is was would will could');

function helpPattern(t: readonly Token[]): number {
  for (let i = 0; i < t.length; i++) {
    const w = t[i]!.w;
    const prev = wd(t, i - 1);
    const next = wd(t, i + 1);
    const after = wd(t, i + 2);
    if (
      // "help me understand" asks for the sender's help, not how to help them.
      (HELP.has(w) && next !== 'me' && next !== 'us' && near(t, i, -10, 2, HELP_CUE)) ||
      // Not "could it be you were looking for another Ingrid?"
      // Nor "I'm not looking for advice", "not interested in investments".
      (GAIN.has(w) &&
        t.some((x) => YOU.has(x.w)) &&
        !near(t, i, 1, 3, OTHER_ONE) &&
        !near(t, i, -2, -1, NEG)) ||
      // "what's the reason for connecting?"
      ((w === 'reason' || w === 'purpose') && near(t, i, 1, 3, WHY_OBJECT)) ||
      (w === 'what' &&
        (near(t, i, 1, 2, WHAT_MADE) ||
          findSeq(t, ['do', 'for', 'you'], i) >= 0 ||
          // "what's this about?", "what would a call be about?" (not "what I know about wind")
          (near(t, i, 1, 1, WOULD) && near(t, i, 2, 5, ABOUT)))) ||
      (w === 'get' && next === 'out' && after === 'of') ||
      // "What you'd like from me", "what are you after".
      (/^(like|want|need)$/.test(w) && next === 'from' && after === 'me') ||
      // "what you are after", "what exactly are you after?"
      (w === 'after' && YOU_ARE.has(prev) && YOU_ARE.has(wd(t, i - 2))) ||
      // "What do you have in mind?", "what's on your mind?"
      (w === 'mind' && (prev === 'in' || (prev === 'your' && wd(t, i - 2) === 'on'))) ||
      // "anything I can do for you"
      ((w === 'anything' || w === 'something') && findSeq(t, ['do', 'for', 'you'], i) > i) ||
      // "what's the context for your invitation?", "what's the ask?"
      (w === 'context' && near(t, i, 1, 3, WHY_ME)) ||
      (w === 'ask' && prev === 'the' && near(t, i, -4, -2, WHAT_HOW)) ||
      (w === 'what' && near(t, i, 1, 3, YOU) && near(t, i, 2, 4, NEED))
    ) {
      return i;
    }
    // "why you'd like to connect", "why did you add me" (not "why are you adding strangers", nor the
    // rhetorical "why would I connect with a stranger").
    // Nor "your note didn't say why you'd like to connect", which points out what is missing.
    if (w === 'why' && wd(t, i + 2) !== 'i' && !near(t, i, -4, -1, NEG)) {
      for (let k = i + 1; k < i + 9 && k < t.length; k++) {
        const x = t[k]!.w;
        if (WHY_OBJECT.has(x) || (WHY_ME.has(x) && wd(t, k + 1) === 'me')) return i;
      }
    }
  }
  return -1;
}

/** The reply asks how you can help or what the sender hopes for. */
export const asksHowToHelp: ReplyRule<'asks-how-to-help'> = {
  id: 'asks-how-to-help',
  check: ({ doc, facts, asks, elsewhere }) =>
    present(elsewhere ? undefined : findAsk(doc, facts, helpPattern, asks)),
  feedback: {
    met: (_, { facts }) => `You ask what ${facts.name} hopes for (@).`,
    unmet: (_, { elsewhere, facts }) =>
      elsewhere
        ? `Your questions go to ${elsewhere}; ask ${facts.name}: "How can I help you?"`
        : 'Ask, rather than offer: "How can I help you?"',
  },
};
