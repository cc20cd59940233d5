/**
 * Finding people in a draft: the greeting by name, however the learner abbreviates or misspells it.
 * Organisations are found by ./orgs.ts.
 */
import { set } from './words';
import { similar, span, words, type Doc, type Token } from './text';
import { sharedWords } from './lexicon';

const TITLE = /* @__PURE__ */ set(sharedWords.titles);
// Words a small typo must not turn into a name ("Hi Dean" should not match "Den").
const COMMON = /* @__PURE__ */ set(sharedWords.greetingWords);
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

/**
 * The person the draft opens by addressing, when it is someone other than `parts` (the sender)
 * and the learner (`mine`): "Hi Rita, Tiago says…", "Rohan, did you meet…". Undefined when the
 * opening addresses the sender, nobody in particular ("Hi there", "Hello team") or no one.
 */
export function otherAddressee(
  doc: Doc,
  parts: readonly string[],
  mine: readonly string[],
): string | undefined {
  const t = doc.tokens;
  let i = 0;
  if (t[0] && COMMON.has(t[0].w)) i = 1;
  while (t[i] && TITLE.has(t[i]!.w)) i++;
  const who = t[i];
  if (!who || who.n !== t[0]!.n) return undefined;
  const original = doc.text.slice(who.s, who.e);
  // A capitalised word right after the greeting (or opening the draft, then a comma).
  const after = doc.text.slice(who.e, who.e + 2);
  if (!/^\p{Lu}/u.test(original) || COMMON.has(who.w)) return undefined;
  if (i === 0 && !/^\s?[,:]/.test(after)) return undefined;
  if (parts.some((p) => isName(who, p)) || mine.includes(who.w)) return undefined;
  return original;
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
