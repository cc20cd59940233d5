/**
 * Finding people and organisations in a draft: the greeting by name, and mentions of a school,
 * company or group however the learner abbreviates or misspells it.
 */
import { set } from './words';
import { similar, span, words, type Doc, type Token } from './text';

const TITLE = /* @__PURE__ */ set(
  'mr mrs ms miss mx dr dra prof professor sir madam madame herr frau senor senora sr sra general colonel captain lieutenant sergeant judge pastor',
);
// Words a small typo must not turn into a name ("Hi Dean" should not match "Den").
const COMMON = /* @__PURE__ */ set(
  'hi hey hello dear there thank you the and for your our good morning all team folks hola bonjour hallo salut ciao ola hej',
);
// How far into the draft the name may come and still "open" it: "Thank you for your invitation, Betty" is fine.
const OPENING = 8;

/** Words of a person's name without titles: ["betty", "carter"]. */
export function nameParts(name: string): string[] {
  return words(name).filter((w) => !TITLE.has(w));
}

/** The first name as written ("Dr. Ana Ruiz" gives "Ana"), for feedback. */
export function displayFirstName(name: string): string {
  const parts = name.trim().split(/\s+/);
  return parts.find((p) => !TITLE.has(words(p)[0] ?? '')) ?? name;
}

/** Where a greeting by name was found, or why none counts. */
export interface Greeting {
  /** 'ok' greeted by name at the opening; 'self' only names oneself; 'late' name comes later; 'none'. */
  kind: 'ok' | 'self' | 'late' | 'none';
  evidence?: string;
}

function isName(t: Token, part: string): boolean {
  return t.w === part || (!COMMON.has(t.w) && similar(t.w, part));
}

/**
 * Checks that the draft opens by addressing `name` (first name, full name, or title + last name,
 * small typos allowed). Naming oneself (`self`, e.g. "Hi, Teddy here") or "Hi there" does not count.
 */
export function findGreeting(doc: Doc, name: string, self = ''): Greeting {
  return greetingOf(doc, nameParts(name), nameParts(self));
}

/** `findGreeting` with the names already split by `nameParts` (a grader may prepare them once). */
export function greetingOf(doc: Doc, parts: readonly string[], mine: readonly string[]): Greeting {
  const first = parts[0];
  const last = parts.length > 1 ? parts[parts.length - 1]! : '';
  const toks = doc.tokens;
  let selfOnly = false;
  const match = (i: number): number => {
    const t = toks[i]!;
    // Title + last name ("Ms. Carter", "Dr Carter"), including a surname in parts: "Dr. Al-Sayed",
    // "dr alsayed", "Sr. García Márquez".
    const next = toks[i + 1];
    if (last && next && TITLE.has(t.w)) {
      const rest = parts.slice(1);
      if (isName(next, rest.join(''))) return i + 1;
      const k = rest.findIndex((p) => isName(next, p));
      if (k >= 0) {
        let end = i + 1;
        while (k + end - i < rest.length && toks[end + 1]?.w === rest[k + end - i]) end++;
        return end;
      }
    }
    if (first && isName(t, first)) {
      if (mine.includes(t.w) && t.w !== first) return -1;
      return last && toks[i + 1] && isName(toks[i + 1]!, last) ? i + 1 : i;
    }
    return -1;
  };
  for (let i = 0; i < Math.min(OPENING, toks.length); i++) {
    const end = match(i);
    if (end < 0) {
      if (mine[0] && toks[i]!.w === mine[0]) selfOnly = true;
      continue;
    }
    // "Betty here" introduces oneself, not the reader.
    if (toks[end + 1]?.w === 'here') {
      selfOnly = true;
      continue;
    }
    const from = i <= 3 ? toks[0]! : toks[i]!;
    return { kind: 'ok', evidence: span(doc, from, toks[end]!) };
  }
  for (let i = OPENING; i < toks.length; i++) {
    const end = match(i);
    if (end >= 0) return { kind: 'late', evidence: span(doc, toks[i]!, toks[end]!) };
  }
  return { kind: selfOnly ? 'self' : 'none' };
}

// Words that do not identify an organisation on their own.
const GENERIC = /* @__PURE__ */ set(
  'university univ college school academy institute of the and at for in inc llc ltd co corp corporation company group association society club network llp plc gmbh limited community',
);
// Ordinary words that may be part of a name but mean nothing alone ("State", "Product").
const ORDINARY = /* @__PURE__ */ set(
  'state city national american general united global international central north south east west new first data design digital health care bank capital energy media product tech technology technologies solutions services insurance consulting partners marketing sales finance software systems young professionals women leaders',
);

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
