/**
 * Questions and requests: "How do we know each other?", "tell me where we met", "wondering how I
 * can help" all ask, with or without a question mark; "no need to tell me how we met" does not.
 */
import { phrases, set } from './words';
import type { Sentence, Token } from './text';

const INTERROGATIVE = /* @__PURE__ */ set(
  'how where when what why who which have has did do does are were was is could can would will may might should shall como donde cuando que comment ou pourquoi wie wo woher warum',
);
const REQUEST = /* @__PURE__ */ set(
  'tell remind share wonder curious explain clarify enlighten please kindly lmk refresh appreciate welcome dire dites decir dime cuenteme cuentame dizer diga dirmi sagen',
);
const REQUEST_SEQ = /* @__PURE__ */ phrases('let me know|fill me in');
const FILLER = /* @__PURE__ */ set(
  'and also so but then plus ok okay anyway oh well just lastly finally hi hey',
);
const KEEN = /* @__PURE__ */ set(
  'like love glad happy keen interested want eager curious welcome appreciate need',
);
const WH = /* @__PURE__ */ set('how where what why who');
const AUX = /* @__PURE__ */ set('do did does are is was were have has can could would should');
const CONDITIONAL = /* @__PURE__ */ set('once if when after until before');
const LEARN = /* @__PURE__ */ set('know hear learn understand tell share explain let');
// Words that, after "no"/"not", turn a request into its opposite: "no need", "doesn't matter".
const CANCEL = /* @__PURE__ */ set('need necessary matter care bother mind interested');
const NEG = /* @__PURE__ */ set(
  'not no never nor neither without nunca jamais pas nicht nie kein keine keinen nao sin sans ohne sem non niet nooit geen aucun aucune ningun ninguna nenhum nenhuma',
);

/** True when the sentence asks something: a question mark, a question word first, or a request. */
export function isAsking(s: Sentence): boolean {
  if (s.q) return true;
  const t = s.tokens;
  // "and what can I do for you", "ok so how do we know each other": fillers before the question word.
  let first = 0;
  while (first < 3 && FILLER.has(t[first]?.w ?? '')) first++;
  if (INTERROGATIVE.has(t[first]?.w ?? '')) return true;
  for (let i = 0; i < t.length; i++) {
    // "tell me how we met" asks; "your note doesn't explain how we met" does not.
    if (REQUEST.has(t[i]!.w) && !NEG.has(t[i - 1]?.w ?? '')) return true;
    // "I'd love to know", "glad to hear", "keen to learn", "I'd welcome hearing".
    const next = t[i + 1]?.w ?? '';
    if (KEEN.has(t[i]!.w) && (next === 'to' ? LEARN.has(t[i + 2]?.w ?? '') : LEARN.has(next)))
      return true;
    // "no note on ur invite so how do we know each other", "but do we know each other from
    // somewhere": a question after "so", "and", "but".
    if (
      i > 0 &&
      FILLER.has(t[i - 1]!.w) &&
      ((WH.has(t[i]!.w) && AUX.has(next)) || (AUX.has(t[i]!.w) && /^(we|you)$/.test(next)))
    )
      return true;
    if (t[i]!.w === 'feel' && t[i + 1]?.w === 'free') return true;
    // "Once I know how we met, I'll consider it": a condition that asks for the answer.
    if (CONDITIONAL.has(t[i]!.w) && t.slice(i + 1, i + 4).some((x) => LEARN.has(x.w))) return true;
    for (const seq of REQUEST_SEQ) {
      if (t[i]!.w === seq[0] && seq.every((w, k) => t[i + k]?.w === w)) return true;
    }
  }
  return false;
}

/** True when a "no need" / "doesn't matter" / "don't want to know" comes before token index `at`. */
export function isCancelled(tokens: readonly Token[], at: number): boolean {
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
    if (w === 'never' && tokens[i + 1]?.w === 'mind') return true;
    // "no need", "I don't really need to know"
    if (
      CANCEL.has(w) &&
      (NEG.has(tokens[i - 1]?.w ?? '') ||
        (/^(really|actually|even)$/.test(tokens[i - 1]?.w ?? '') &&
          NEG.has(tokens[i - 2]?.w ?? '')))
    )
      return true;
    if (w === 'not' && tokens[i + 1]?.w === 'have' && tokens[i + 2]?.w === 'to') return true;
    if (w === 'need' && tokens[i + 1]?.w === 'not') return true;
    // "I don't want to know how we met" (but not "I don't want to miss a real connection").
    if (w === 'want' && NEG.has(tokens[i - 1]?.w ?? '') && tokens[i + 2]?.w === 'know') return true;
  }
  return false;
}

/** Negation words in the languages the course meets (contractions are already expanded). */
export { NEG };
