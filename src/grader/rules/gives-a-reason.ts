/**
 * gives-a-reason: the note says why you would like to connect (learn, ask, collaborate, a purpose
 * clause). A sales pitch states a purpose too, and fails no-pitch instead.
 */
import { noteWords } from '../lexicon';
import { sentenceText, seqIn } from '../text';
import { phrases, set, wd } from '../words';
import type { NoteRule } from './types';

const REASON = /* @__PURE__ */ set(noteWords.reason);
const PITCH = /* @__PURE__ */ set(noteWords.pitch);
const PURPOSE = /* @__PURE__ */ phrases(noteWords.purpose);

/** The note says why you would like to connect. */
export const givesAReason: NoteRule<'gives-a-reason'> = {
  id: 'gives-a-reason',
  check({ doc, pitch }) {
    // A pitch states a purpose too ("15 minutes for a demo?"): it gives a reason, just not a good
    // one. "I follow your posts" says how you know them; "connect and follow your posts" is a
    // reason, and so is any purpose clause: "so I can send you the list".
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
    return { met: !!(reason || pitch), evidence: reason ? sentenceText(doc, reason) : pitch };
  },
  feedback: {
    met: () => 'You give a reason to connect (@).',
    unmet: () => 'Give a reason, e.g. "I\'d like to learn how your team runs audits."',
  },
};
