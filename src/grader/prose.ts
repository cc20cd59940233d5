/**
 * Criteria are met by real sentences, not by words present. Before the rules read a draft, two
 * things that only imitate the task are set aside:
 *
 * - **Rubric labels**: a line or clause that names a criterion instead of doing it ("Greets by
 *   name.", "Asks how we know each other.", "Greeting: done.", "[Ask how I can help]") is blanked
 *   out (replaced by spaces, so every other word keeps its place and evidence stays an exact
 *   quote). A real sentence beside it still counts ("How do we know each other?").
 * - **Word salad**: a string of keywords ("Ravi colleague Sunbird never worked wrong person how do
 *   we know each other help thanks") is told apart from a sentence by its glue: a real sentence
 *   holds function words (articles, pronouns, auxiliaries…) between its names and rubric words; a
 *   keyword list holds almost none. Such a draft meets none of the task's criteria.
 */
import { sharedWords } from './lexicon';
import { analyse, ANALYSIS_LIMIT, words, type Doc } from './text';
import { exact } from './words';

const FUNCTION = /* @__PURE__ */ exact(sharedWords.functionWords);
const NEGATION = /* @__PURE__ */ exact(sharedWords.negations);
const RUBRIC = /* @__PURE__ */ exact(sharedWords.rubricWords);
const LABEL_VERB = /* @__PURE__ */ exact(sharedWords.rubricLabels);
const TICK = /* @__PURE__ */ exact(sharedWords.rubricTicks);
// The rubric's adjectives and nouns, alone on a line: "Courteous.", "Graceful out.", "No pitch."
const LABEL_ONLY = /* @__PURE__ */ exact(
  'courteous concise honest graceful out no pitch private within limit polite short reason claim correction greeting',
);

const LABEL_START = /* @__PURE__ */ new RegExp(
  `^\\s*(?:${sharedWords.rubricLabels.join(' ').trim().split(/\s+/).join('|')})\\b`,
  'i',
);

// Shorter drafts are judged by the criteria alone: too few words to tell a list from a sentence.
const SALAD_MIN_WORDS = 8;

/** A draft with its rubric labels blanked, and whether what is left is a keyword list. */
export interface Screened {
  /** The text with label clauses replaced by spaces (same length, same offsets), analysed. */
  doc: Doc;
  salad: boolean;
}

/** Blanks `[bracketed labels]` and label clauses (split at . ! ? ; , and line breaks). */
function blankLabels(text: string): string {
  const bracketsOut = text
    .slice(0, ANALYSIS_LIMIT)
    .replace(/\[[^\]\n]{1,80}\]/g, (m) => ' '.repeat(m.length));
  const parts: string[] = [];
  for (const m of bracketsOut.matchAll(/[^.!?;,\n]+|[.!?;,\n]+/g)) {
    // Only a short clause, one with a colon or one that opens like a checklist line can be a
    // label: the rest is passed on without analysis (a long draft stays fast).
    if (m[0].length > 40 && !m[0].includes(':') && !LABEL_START.test(m[0])) {
      parts.push(m[0]);
      continue;
    }
    const ws = words(m[0]);
    if (ws.length === 0 || ws.length > 12) {
      parts.push(m[0]);
      continue;
    }
    const colon = m[0].indexOf(':');
    const label =
      // "Asks how we know each other", "Greets by name": a checklist line, not a sentence.
      // ("Says here we studied together" is a sentence.)
      (LABEL_VERB.has(ws[0]!) &&
        !/^(here|that|it|on|in)$/.test(ws[1] ?? '') &&
        !m[0].includes('?')) ||
      // "Courteous", "Graceful out", "No pitch", "Within limit"
      ws.every((w) => LABEL_ONLY.has(w)) ||
      // "Greeting: done", "How to help: asked"
      (colon > 0 && words(m[0].slice(colon + 1)).some((w) => TICK.has(w)) && ws.length <= 6);
    parts.push(label ? ' '.repeat(m[0].length) : m[0]);
  }
  return parts.join('') + text.slice(ANALYSIS_LIMIT);
}

/**
 * Screens a draft: blanks its rubric labels and tells whether the rest is a keyword list.
 * `names` are the people and organisations of the exercise (the sender, the learner, the claim,
 * the schools and employers): in a keyword list they stand in for sentences.
 */
export function screen(text: string, names: readonly string[]): Screened {
  const blanked = blankLabels(text);
  const doc = analyse(blanked);
  const own = new Set(names.flatMap((n) => words(n)));
  let keywords = 0;
  let glue = 0;
  for (const t of doc.tokens) {
    if (FUNCTION.has(t.w) || NEGATION.has(t.w)) glue++;
    else if (RUBRIC.has(t.w) || own.has(t.w)) keywords++;
  }
  const n = doc.tokens.length;
  const salad = n >= SALAD_MIN_WORDS && keywords * 2 >= n && keywords >= glue * 1.2;
  return { doc, salad };
}
