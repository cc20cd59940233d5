/**
 * Questions and requests: "How do we know each other?", "tell me where we met", "wondering how I
 * can help" all ask, with or without a question mark; "no need to tell me how we met" does not.
 */
import { exact, near, phrases, set, wd, type WordSet } from './words';
import { sentenceText, seqIn, span, type Doc, type Sentence, type Token } from './text';
import { replyWords } from './lexicon';
import { NEG } from './negation';

const INTERROGATIVE = /* @__PURE__ */ set(replyWords.questionWords);
const REQUEST = /* @__PURE__ */ set(replyWords.requestWords);
const REQUEST_SEQ = /* @__PURE__ */ phrases(replyWords.requestPhrases);
const FILLER = /* @__PURE__ */ set(
  'and also so but then plus ok okay anyway oh well just lastly finally hi hey',
);
const KEEN = /* @__PURE__ */ set(replyWords.keen);
const WH = /* @__PURE__ */ set('how where what why who');
const AUX = /* @__PURE__ */ set('do did does are is was were have has can could would should');
const CONDITIONAL = /* @__PURE__ */ set('once if when after until before');
const LEARN = /* @__PURE__ */ set(replyWords.learning);
// Words that, after "no"/"not", turn a request into its opposite: "no need", "doesn't matter".
const CANCEL = /* @__PURE__ */ set(replyWords.cancelling);

/** True when the sentence asks something: a question mark, a question word first, or a request. */
function isAsking(s: Sentence): boolean {
  if (s.q) return true;
  const t = s.tokens;
  // "and what can I do for you", "ok so how do we know each other": fillers before the question word.
  let first = 0;
  while (first < 3 && FILLER.has(wd(t, first))) first++;
  if (INTERROGATIVE.has(wd(t, first)) || seqIn(t, REQUEST_SEQ)) return true;
  for (let i = 0; i < t.length; i++) {
    // "tell me how we met" asks; "your note doesn't explain how we met" does not.
    if (REQUEST.has(t[i]!.w) && !NEG.has(wd(t, i - 1))) return true;
    // "I'd love to know", "glad to hear", "keen to learn", "I'd welcome hearing".
    const next = wd(t, i + 1);
    if (KEEN.has(t[i]!.w) && LEARN.has(next === 'to' ? wd(t, i + 2) : next)) return true;
    // "no note on ur invite so how do we know each other", "but do we know each other from
    // somewhere": a question after "so", "and", "but".
    if (
      i > 0 &&
      FILLER.has(t[i - 1]!.w) &&
      ((WH.has(t[i]!.w) && AUX.has(next)) || (AUX.has(t[i]!.w) && /^(we|you)$/.test(next)))
    )
      return true;
    if (t[i]!.w === 'feel' && next === 'free') return true;
    // "Once I know how we met, I'll consider it": a condition that asks for the answer.
    if (CONDITIONAL.has(t[i]!.w) && near(t, i, 1, 3, LEARN)) return true;
  }
  return false;
}

/** True when a "no need" / "doesn't matter" / "don't want to know" comes before token index `at`. */
function isCancelled(tokens: readonly Token[], at: number): boolean {
  // Scan back from the match to the nearest "but": "No need to explain, but what do you hope for?",
  // "no need to tell me how we met, just tell me what you're after"
  let from = 0;
  for (let i = at - 1; i >= 0; i--) {
    if (/^(but|however|just)$/.test(tokens[i]!.w)) {
      from = i + 1;
      break;
    }
  }
  for (let i = from; i < at; i++) {
    const w = tokens[i]!.w;
    const prev = wd(tokens, i - 1);
    const next = wd(tokens, i + 1);
    if (w === 'never' && next === 'mind') return true;
    // "no need", "I don't really need to know"
    if (
      CANCEL.has(w) &&
      (NEG.has(prev) || (/^(really|actually|even)$/.test(prev) && NEG.has(wd(tokens, i - 2))))
    )
      return true;
    if (w === 'not' && next === 'have' && wd(tokens, i + 2) === 'to') return true;
    if (w === 'need' && next === 'not') return true;
    // "I don't want to know how we met" (but not "I don't want to miss a real connection").
    if (w === 'want' && NEG.has(prev) && wd(tokens, i + 2) === 'know') return true;
  }
  return false;
}

/** Auxiliaries of a question about a shared past: "have we met?", "did we…", "were you at…". */
export const KNOW_AUX = /* @__PURE__ */ set('have has did do were are had was');
/** "What" and "how" before a question's noun: "what's our link?", "what's the ask?". */
export const WHAT_HOW = /* @__PURE__ */ exact('what how');
const FOLLOW_UP = /* @__PURE__ */ phrases(replyWords.followUpPhrases);

/**
 * Finds the first sentence that asks, matching `pattern` (which returns the index it matched at).
 * A bare follow-up request ("Could you fill me in?") asks about the sentence before it, and so
 * does a bare "Have we?" when the sentence before holds one of the `echo` words ("I don't think
 * we've met. Have we?").
 */
export function findAsk<C>(
  doc: Doc,
  ctx: C,
  pattern: (t: readonly Token[], ctx: C) => number,
  asks: (boolean | undefined)[],
  echo?: WordSet,
): string | undefined {
  const ss = doc.sentences;
  for (let n = 0; n < ss.length; n++) {
    const t = ss[n]!.tokens;
    if (!(asks[n] ??= isAsking(ss[n]!))) continue;
    const at = pattern(t, ctx);
    if (at >= 0 && !isCancelled(t, at)) return sentenceText(doc, ss[n]!);
    const prev = ss[n - 1];
    if (
      at < 0 &&
      prev &&
      !prev.q &&
      ((seqIn(t, FOLLOW_UP) && pattern(prev.tokens, ctx) >= 0) ||
        (echo &&
          t.length === 2 &&
          KNOW_AUX.has(t[0]!.w) &&
          t[1]!.w === 'we' &&
          prev.tokens.some((x) => echo.has(x.w))))
    ) {
      return span(doc, prev.tokens[0]!, t[t.length - 1]!);
    }
  }
}
