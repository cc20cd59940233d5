/**
 * Finding organisations in a draft: mentions of a school, company or group however the learner
 * abbreviates or misspells it ("BU", "NCSU", "Northeastrn").
 */
import { replyWords } from './lexicon';
import { similar, words, type Token } from './text';
import { set } from './words';

// Words that do not identify an organisation on their own.
const GENERIC = /* @__PURE__ */ set(replyWords.orgGeneric);
// Ordinary words that may be part of a name but mean nothing alone ("State", "Product").
const ORDINARY = /* @__PURE__ */ set(replyWords.orgOrdinary);

/** How to recognise one organisation: distinctive words, the whole name, and its acronyms. */
export interface OrgMatcher {
  key: string[];
  all: string[];
  acronyms: Set<string>;
}

/** Prepares an organisation name for matching; `exclude` drops words shared with other names. */
export function orgMatcher(name: string, exclude: ReadonlySet<string> = new Set()): OrgMatcher {
  const all = words(name);
  const key = all.filter(
    (w) => !GENERIC.has(w) && !ORDINARY.has(w) && !exclude.has(w) && w.length >= 3,
  );
  const acronyms = new Set<string>();
  const initials = (ws: string[]) => ws.map((w) => w[0]).join('');
  if (all.length > 1) {
    acronyms.add(initials(all));
    acronyms.add(initials(all.filter((w) => !['of', 'the', 'and', 'at', 'for'].includes(w))));
    // Short words keep all their letters: "NC State University" is "NCSU", "UC San Diego" "UCSD".
    acronyms.add(all.map((w) => (w.length <= 3 && w !== 'of' ? w : w[0])).join(''));
    acronyms.add(all.map((w) => (w.length <= 2 && w !== 'of' ? w : w[0])).join(''));
  }
  for (const a of [...acronyms]) if (a.length < 2) acronyms.delete(a);
  return { key, all, acronyms };
}

/** The first mention of the organisation in `tokens` as [first, last] token indexes, or null. */
export function findOrg(tokens: readonly Token[], m: OrgMatcher): [number, number] | null {
  if (!m.all.length) return null;
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.w;
    if (m.acronyms.has(w)) return [i, i];
    for (const k of m.key) if (similar(w, k)) return [i, i];
    if (w === m.all[0]) {
      let j = 1;
      while (j < m.all.length && tokens[i + j]?.w === m.all[j]) j++;
      // A name made only of ordinary words counts when written out in full ("NC State").
      if (j === m.all.length || (j >= 2 && m.key.length === 0)) return [i, i + j - 1];
    }
  }
  return null;
}
