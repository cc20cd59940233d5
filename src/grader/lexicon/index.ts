/**
 * The grader's words in every language, merged: per key, the lists of en, es, fr, de, pt, it and
 * nl in that order, skipping languages without words for it. Modules build what they match from
 * these with `set`, `exact` or `phrases` (../words.ts). A page imports only the groups its grader
 * reads: a note page never downloads the reply words.
 */
import * as de from './de';
import * as en from './en';
import * as es from './es';
import * as fr from './fr';
import * as it from './it';
import * as nl from './nl';
import * as pt from './pt';
import type { Merged } from './types';

/** Per key of the English group, the non-empty lists of every language, English first. */
function merge<T extends object>(english: T, ...others: Partial<T>[]): Merged<T> {
  const merged = {} as Record<keyof T, string[]>;
  for (const key in english) {
    merged[key] = [english, ...others].flatMap((l) => (l[key] as string | undefined) || []);
  }
  return merged;
}

/** Words every exercise reads. */
export const sharedWords = /* @__PURE__ */ merge(
  en.shared,
  es.shared,
  fr.shared,
  de.shared,
  pt.shared,
  it.shared,
  nl.shared,
);
/** Words the reply rules read. */
export const replyWords = /* @__PURE__ */ merge(
  en.reply,
  es.reply,
  fr.reply,
  de.reply,
  pt.reply,
  it.reply,
  nl.reply,
);
/** Words the note rules read. */
export const noteWords = /* @__PURE__ */ merge(
  en.note,
  es.note,
  fr.note,
  de.note,
  pt.note,
  it.note,
  nl.note,
);
