/**
 * Text analysis shared by the reply and note graders: a single linear pass turns a draft into
 * normalised word tokens that remember where they came from, so every rule can quote the learner's
 * exact words as evidence. No regular expression here runs over the whole text.
 */

/** One normalised word of a draft and the span of the original text it came from. */
export interface Token {
  /** Lowercase, straight apostrophes, no diacritics; contractions expanded ("didn't" gives "did", "not"). */
  w: string;
  /** Start offset in the original text (UTF-16 units). */
  s: number;
  /** End offset (exclusive). */
  e: number;
  /** Index of the sentence the token belongs to. */
  n: number;
  /** True when the original word is written in capitals only (for shouting). */
  caps: boolean;
}

/** A sentence: a run of tokens ended by . ! ? ; or a line break. */
export interface Sentence {
  tokens: Token[];
  /** Start and end offsets of the sentence in the original text. */
  s: number;
  e: number;
  /** True when the sentence ends with a question mark (or starts with ¿). */
  q: boolean;
}

/** A draft after analysis. */
export interface Doc {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
}

// Beyond this many characters a draft is far too long for any criterion to need more context;
// analysing only this much keeps a pasted 100 KB text fast while still grading it.
export const ANALYSIS_LIMIT = 20000;

const LETTER = /[\p{L}\p{M}\p{N}]/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const MARKS = /[\u0300-\u036f]/g;
const NON_ASCII = /[^\0-\x7f]/;

/** True for a letter, combining mark or digit (ASCII fast path). */
export function isWordChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER.test(ch);
}

const APOSTROPHES = "'’‘ʼ`´";
const TITLES = /* @__PURE__ */ new Set('mr mrs ms dr prof st jr sr mx rev vs eg ie'.split(' '));

// Contractions people type with or without the apostrophe. Only unambiguous forms appear here:
// "were", "ill", "id", "wont" and "its" are real words without one. Bare "...nt" forms
// ("didnt", "wasnt") are expanded by rule below.
const BARE = /* @__PURE__ */ new Map(
  "cant:can not,cannot:can not,im:i am,ive:i have,youre:you are,weve:we have,thats:that is,whats:what is,lets:let us,u:you,ur:your,r:are,pls:please,idk:i do not know,thru:through,whatcha:what are you,wat:what,wanna:want to,gonna:going to,gotta:got to,won't:will not,can't:can not,let's:let us,it's:it is,that's:that is,what's:what is"
    .split(',')
    .map((p) => p.split(':') as [string, string]),
);
const NT = /* @__PURE__ */ new Set(
  'dont didnt doesnt isnt arent wasnt werent havent hasnt couldnt wouldnt'.split(' '),
);
const SUFFIX: Record<string, string> = {
  "n't": 'not',
  "'m": 'am',
  "'re": 'are',
  "'ve": 'have',
  "'ll": 'will',
  "'d": 'would',
};

const ELIDED = /* @__PURE__ */ new Set('c d j l m n s t qu dell nell all'.split(' '));

/** Expands one lowercase word into normalised words (contractions split, possessive dropped). */
export function expand(word: string): string[] {
  if (NT.has(word)) return [word.slice(0, -2), 'not'];
  const bare = BARE.get(word);
  if (bare) return bare.split(' ');
  // Every suffix below holds an apostrophe: a word without one is already whole.
  if (!word.includes("'")) return [word];
  for (const suf in SUFFIX) {
    if (word.length > suf.length && word.endsWith(suf)) {
      return [word.slice(0, -suf.length), SUFFIX[suf]!];
    }
  }
  if (word.endsWith("'s")) return [word.slice(0, -2)];
  // French and Italian elision: "l'invitation", "n'ai", "c'est" are the word after the apostrophe.
  const at = word.indexOf("'");
  if (ELIDED.has(word.slice(0, at))) word = word.slice(at + 1);
  return [word.replace(/'/g, '')];
}

// Lowercase; curly apostrophes straightened and accents dropped (only non-ASCII words pay for it).
function normaliseWord(raw: string): string {
  const w = raw.toLowerCase();
  return NON_ASCII.test(w)
    ? w
        .replace(/[’‘ʼ`´]/g, "'")
        .normalize('NFD')
        .replace(MARKS, '')
    : w;
}

/**
 * Splits a draft into tokens and sentences in one pass. Apostrophes between letters stay inside
 * a word; a full stop after a title ("Ms.") or an initial, or inside "example.org", does not end
 * the sentence.
 */
export function analyse(input: string): Doc {
  const text = input.length > ANALYSIS_LIMIT ? input.slice(0, ANALYSIS_LIMIT) : input;
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let cur: Token[] = [];
  let sentStart = -1;
  let lastEnd = 0;
  const close = (q: boolean, end: number) => {
    if (cur.length) sentences.push({ tokens: cur, s: sentStart, e: end, q });
    cur = [];
    sentStart = -1;
  };
  let i = 0;
  let openQ = false;
  while (i < text.length) {
    const ch = text[i]!;
    if (isWordChar(ch) || (isHighSurrogate(ch) && isWordChar(text.slice(i, i + 2)))) {
      const start = i;
      while (i < text.length) {
        const c = text[i]!;
        if (isWordChar(c)) i++;
        else if (isHighSurrogate(c) && isWordChar(text.slice(i, i + 2))) i += 2;
        else if (APOSTROPHES.includes(c) && i + 1 < text.length && isWordChar(text[i + 1]!)) i++;
        else break;
      }
      const raw = text.slice(start, i);
      const norm = normaliseWord(raw);
      // ASCII words (nearly all) need no Unicode case test: capitals only means lowercasing
      // changed something and uppercasing changes nothing.
      const caps = NON_ASCII.test(raw)
        ? UPPER.test(raw) && !LOWER.test(raw)
        : raw !== norm && raw === raw.toUpperCase();
      if (sentStart < 0) sentStart = start;
      for (const w of expand(norm)) {
        const t: Token = { w, s: start, e: i, n: sentences.length, caps };
        tokens.push(t);
        cur.push(t);
      }
      lastEnd = i;
      continue;
    }
    if (ch === '\n') {
      close(openQ, lastEnd);
      openQ = false;
    } else if (
      (isHighSurrogate(ch) || (ch >= '\u2190' && ch <= '\u2bff')) &&
      /^\S?\s+\p{Lu}/u.test(text.slice(i + 1, i + 5))
    ) {
      // An emoji or symbol followed by a capital ends a sentence: "Accepted ✅ Where did we meet?"
      close(openQ, lastEnd);
      openQ = false;
    } else if (ch === '¿') {
      openQ = true;
    } else if ('?!;。？！'.includes(ch)) {
      const q = ch === '?' || ch === '？' || openQ;
      // "?!" and "?!?" end one question: the first mark decides.
      if (cur.length) close(q, i + 1);
      openQ = false;
    } else if ('.…'.includes(ch)) {
      const prev = cur[cur.length - 1];
      const next = text[i + 1];
      const abbreviation =
        prev && prev.e === i && (TITLES.has(prev.w) || (prev.e - prev.s === 1 && prev.w !== 'i'));
      const inWord = next !== undefined && isWordChar(next);
      if (!abbreviation && !inWord) {
        close(openQ, i + 1);
        openQ = false;
      }
    }
    i++;
  }
  close(openQ, lastEnd);
  return { text, tokens, sentences };
}

function isHighSurrogate(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c >= 0xd800 && c <= 0xdbff;
}

/**
 * Edit distance with swaps of neighbouring letters counted as one edit ("siobahn" for "siobhan"),
 * giving up early once it exceeds `max` (names are short).
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  // Three rows of scratch space, reused across calls (nothing survives a call but their length).
  let before = ROW_C;
  let prev = ROW_A;
  let row = ROW_B;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let best = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cb = b.charCodeAt(j - 1);
      let v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (ca === cb ? 0 : 1));
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb)
        v = Math.min(v, before[j - 2]! + 1);
      row[j] = v;
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    const done = before;
    before = prev;
    prev = row;
    row = done;
  }
  return prev[b.length]!;
}
const ROW_A: number[] = [];
const ROW_B: number[] = [];
const ROW_C: number[] = [];

/**
 * True when `word` is `target` or a small typo of it: none under 4 letters, 1 up to 7, 2 from 8.
 * Typos keep the first letter: "raison" is not a misspelt "Maison".
 */
export function similar(word: string, target: string): boolean {
  if (word === target) return true;
  const max = target.length < 4 ? 0 : target.length < 8 ? 1 : 2;
  return max > 0 && word[0] === target[0] && editDistance(word, target, max) <= max;
}

/** Normalised words of a name or label ("Dr. Ana-Lu O'Neil" gives dr, ana, lu, o, neil). */
export function words(label: string): string[] {
  return analyse(label).tokens.map((t) => t.w);
}

/** Counts words: whitespace-separated tokens holding a letter or digit (one linear split). */
export function countWords(text: string): number {
  let n = 0;
  for (const w of text.split(/\s+/)) if (HAS_WORD.test(w)) n++;
  return n;
}
const HAS_WORD = /[\p{L}\p{N}]/u;

/** Length in Unicode code points, the way LinkedIn counts a note's characters. */
export const codePoints = (text: string): number => [...text].length;

/** The original words from token `a` to token `b`, capped so evidence stays readable. */
export function span(doc: Doc, a: Token, b: Token = a): string {
  let end = Math.max(a.e, b.e);
  if (end - a.s > 160) {
    end = a.s + 160;
    if (isHighSurrogate(doc.text[end - 1]!)) end--;
  }
  return doc.text.slice(a.s, end);
}

/** The original text of a sentence, trimmed and capped like `span`. */
export function sentenceText(doc: Doc, s: Sentence): string {
  return span(doc, s.tokens[0]!, { ...s.tokens[0]!, e: s.e });
}

/** Shortens a quote for feedback (feedback quotes; evidence keeps the exact words). */
export function quote(text: string): string {
  // At most 60 UTF-16 units is at most 60 characters: no need to split it.
  if (text.length <= 60) return `"${text}"`;
  const chars = [...text];
  return `"${chars.length > 60 ? chars.slice(0, 57).join('') + '…' : text}"`;
}

/** The first of `seqs` found in `tokens`, as [first, last] token indexes, or null. */
export function seqIn(
  tokens: readonly Token[],
  seqs: readonly (readonly string[])[],
): [number, number] | null {
  for (const p of seqs) {
    const i = findSeq(tokens, p);
    if (i >= 0) return [i, i + p.length - 1];
  }
  return null;
}

/** Index of the first token of `seq` (normalised words) starting at or after `from`, or -1. */
export function findSeq(tokens: readonly Token[], seq: readonly string[], from = 0): number {
  outer: for (let i = from; i + seq.length <= tokens.length; i++) {
    for (let j = 0; j < seq.length; j++) if (tokens[i + j]!.w !== seq[j]) continue outer;
    return i;
  }
  return -1;
}
