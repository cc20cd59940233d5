/**
 * does-not-accept: the reply does not accept the invitation yet ("Connected!", "let's connect",
 * "welcome to my network" accept; conditions, negations and habits do not).
 */
import { replyWords } from '../lexicon';
import { NEG } from '../negation';
import { findSeq, sentenceText, type Doc } from '../text';
import { exact, near, set, wd } from '../words';
import { absent } from '../engine';
import type { ReplyRule } from './types';

const ACCEPT_PAST = /* @__PURE__ */ set(replyWords.acceptPast);
const ACCEPT_NOW = /* @__PURE__ */ set(replyWords.acceptNow);
const CONDITION = /* @__PURE__ */ set(replyWords.condition);
const HAPPY = /* @__PURE__ */ set(replyWords.happy);
// "I'm hesitant to accept it" declines for now.
const RELUCTANT = /* @__PURE__ */ set(replyWords.reluctant);
const SUBORDINATE = /* @__PURE__ */ set(replyWords.subordinate);
// Only these make a past acceptance hypothetical ("before I accepted"); "consider it accepted" accepts.
const BEFORE_PAST = /* @__PURE__ */ set('if once when after until before unless');
// "I only accept invitations from people I know" states a habit, not a decision.
const HABIT = /* @__PURE__ */ set(replyWords.habit);
const OPEN_Q = /* @__PURE__ */ exact('how where whether');

function accepts(doc: Doc): string | undefined {
  for (const s of doc.sentences) {
    // A question does not accept ("Shall I accept?"), unless it opens with the deed: "Accepted your
    // invite, what kind of teams is it for?"
    if (s.q && !near(s.tokens, 0, 0, 2, ACCEPT_PAST)) continue;
    const t = s.tokens;
    // "I would accept", "happy to connect once I know more"; not "that could be useful" later on.
    const conditional = (i: number) =>
      near(t, i, -4, -1, CONDITION) || near(t, i, 1, 6, SUBORDINATE);
    for (let i = 0; i < t.length; i++) {
      const w = t[i]!.w;
      const prev = wd(t, i - 1);
      let hit = false;
      if (ACCEPT_PAST.has(w)) {
        // "Connected!", "Hi Lena, connected!", "we're now connected"; "I added you".
        // Not "how we're connected", "before I accepted", "I haven't accepted".
        hit =
          (w === 'connected'
            ? i === t.length - 1
              ? i <= 5
              : i === 0 || /^(now|just|are|have|already|am|officially)$/.test(prev)
            : w !== 'added' || wd(t, i + 1) === 'you') &&
          !(w !== 'accepted' && t.some((x) => OPEN_Q.has(x.w))) &&
          !near(t, i, -3, -1, BEFORE_PAST) &&
          !near(t, i, -3, -1, NEG);
      } else if (ACCEPT_NOW.has(w)) {
        // "Please accept my apologies" is not accepting the invitation.
        hit =
          !conditional(i) &&
          !near(t, i, -3, -1, NEG) &&
          !near(t, i, -3, -1, RELUCTANT) &&
          wd(t, i + 1) !== 'my' &&
          !HABIT.has(prev);
      } else if (
        w === 'connect' &&
        // "let's connect", "happy to connect", "sure, I'll connect"
        (prev === 'us' || HAPPY.has(wd(t, i - 2)) || (prev === 'will' && wd(t, i - 2) === 'i'))
      ) {
        hit = !conditional(i) && !near(t, i, -4, -1, NEG);
      } else
        hit =
          (w === 'welcome' && findSeq(t, ['my', 'network'], i) >= 0) ||
          // "Thanks for connecting!", "thanks for the add": said once it is done.
          (/^(thanks|thank)$/.test(w) &&
            (findSeq(t, ['for', 'connecting'], i) === i + 1 ||
              findSeq(t, ['you', 'for', 'connecting'], i) === i + 1 ||
              findSeq(t, ['for', 'the', 'add'], i) === i + 1 ||
              findSeq(t, ['for', 'the', 'connection'], i) === i + 1)) ||
          (/^(connecting|accepting)$/.test(w) &&
            wd(t, i + 1) === 'now' &&
            !near(t, i, -4, -1, NEG));
      if (hit) return sentenceText(doc, s);
    }
  }
}

/** The reply does not accept the invitation yet. */
export const doesNotAccept: ReplyRule<'does-not-accept'> = {
  id: 'does-not-accept',
  check: ({ doc }) => absent(accepts(doc)),
  feedback: {
    met: () => 'You reply without accepting yet.',
    unmet: () => 'You accept already (@); decide once you know more.',
  },
};
