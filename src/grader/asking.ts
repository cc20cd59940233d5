/**
 * Questions and requests: "How do we know each other?", "tell me where we met", "wondering how I
 * can help" all ask, with or without a question mark; "no need to tell me how we met" does not.
 */
import { set } from './result';
import type { Sentence, Token } from './text';

const INTERROGATIVE = set(
  'how where when what why who which have has did do does are were was is could can would will may might should shall como donde cuando que comment ou pourquoi wie wo woher warum',
);
const REQUEST = set(
  'tell remind share wondering wonder wondered curious explain clarify enlighten please kindly lmk refresh',
);
const REQUEST_SEQ = [
  'let me know',
  'like to know',
  'love to know',
  'like to hear',
  'love to hear',
  'want to know',
  'fill me in',
  'interested to know',
  'interested to hear',
  'keen to know',
  'keen to hear',
  'glad to know',
  'happy to hear',
].map((p) => p.split(' '));
// Words that, after "no"/"not", turn a request into its opposite: "no need", "doesn't matter".
const CANCEL = set('need necessary matter matters care bother mind interested want');
const NEG = set('not no never nor neither without nunca jamais pas nicht nie kein keine nao');

/** True when the sentence asks something: a question mark, a question word first, or a request. */
export function isAsking(s: Sentence): boolean {
  if (s.q || INTERROGATIVE.has(s.tokens[0]!.w)) return true;
  const t = s.tokens;
  for (let i = 0; i < t.length; i++) {
    if (REQUEST.has(t[i]!.w)) return true;
    for (const seq of REQUEST_SEQ) {
      if (t[i]!.w === seq[0] && seq.every((w, k) => t[i + k]?.w === w)) return true;
    }
  }
  return false;
}

/** True when a "no need" / "doesn't matter" / "don't want to know" comes before token index `at`. */
export function isCancelled(tokens: readonly Token[], at: number): boolean {
  for (let i = 0; i < at; i++) {
    const w = tokens[i]!.w;
    if (w === 'never' && tokens[i + 1]?.w === 'mind') return true;
    if (CANCEL.has(w) && NEG.has(tokens[i - 1]?.w ?? '')) return true;
    if (w === 'not' && tokens[i + 1]?.w === 'have' && tokens[i + 2]?.w === 'to') return true;
    if (w === 'need' && tokens[i + 1]?.w === 'not') return true;
  }
  return false;
}

/** Negation words in the languages the course meets (contractions are already expanded). */
export { NEG };
