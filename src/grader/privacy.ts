/**
 * Contact details a reply to a stranger should not carry: email addresses, phone numbers and
 * street addresses. Plain character scans, linear in the length of the text.
 */
import { set, wd } from './words';
import type { Doc, Token } from './text';
import { replyWords } from './lexicon';

// Bounded quantifiers and no nested repetition: linear in the length of the text.
const EMAIL = /[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){0,4}\.[a-z]{2,}/i;
const PHONE = /(?:\+|\(|\b)\d[\d ().\u2013-]{5,18}\d\b/g;

// "grace dot mwangi at outlook dot com", "omar [at] example [dot] org": an address all the same.
const SPELLED_EMAIL =
  /\b[\w.+-]{1,64}\s{0,3}(?:\(at\)|\[at\]|\bat\b)\s{0,3}[\w-]{1,63}\s{0,3}(?:\(dot\)|\[dot\]|\bdot\b)\s{0,3}[a-z]{2,6}\b/i;

/** The first email address in `text`, or undefined. */
export function findEmail(text: string): string | undefined {
  const spelled = /\bdot\b/i.test(text) ? SPELLED_EMAIL.exec(text) : null;
  if (spelled) return spelled[0];
  // Look only around each "@", so a long text without one costs a single scan.
  // At most 200 tries: a draft with more "@" than that is noise, not correspondence.
  for (let at = text.indexOf('@'), n = 0; at >= 0 && n < 200; at = text.indexOf('@', at + 1), n++) {
    const m = EMAIL.exec(text.slice(Math.max(0, at - 64), at + 300));
    if (m) return m[0];
  }
  return undefined;
}

/**
 * The first phone number: 7 to 15 digits joined by spaces, dashes, dots or brackets ("555-0100",
 * "(919) 555 0134", "+44 20 7946 0958"). Years and date ranges ("2019-2020") are not phones.
 */
export function findPhone(text: string): string | undefined {
  for (const m of text.matchAll(PHONE)) {
    const digits = m[0].replace(/\D/g, '');
    if (
      digits.length >= 7 &&
      digits.length <= 15 &&
      !/^(19|20)\d\d\D+(19|20)?\d\d$/.test(m[0]) &&
      !/\d{4}-\d\d-\d\d/.test(m[0])
    ) {
      return m[0];
    }
  }
  return undefined;
}

const STREET = /* @__PURE__ */ set(replyWords.streetTypes);
// These also mean other things ("a 5 minute drive"), so the words before them must be capitalised.
const STREET_IF_NAMED = /* @__PURE__ */ set(replyWords.streetTypesIfNamed);

// "12", "12a": a house number.
const HOUSE_NUMBER = /^\d{1,5}[a-z]?$/;
// Where the street type comes before the name: "14 rue Mercière", "22 Calle Mayor".
const STREET_FIRST = /* @__PURE__ */ set(replyWords.streetTypesFirst);

/** The first street address ("12 Oak Lane", "PO Box 44") in the analysed draft, or undefined. */
export function findAddress(doc: Doc): string | undefined {
  const toks = doc.tokens;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    // "Industriestraße 14", "Keizersgracht 12": a street word with the number after it.
    if (
      /(strasse|straße|gasse|allee|platz|straat|laan|gracht|gatan|gata|vej|veien)$/.test(t.w) &&
      HOUSE_NUMBER.test(wd(toks, i + 1))
    ) {
      return doc.text.slice(t.s, toks[i + 1]!.e);
    }
    // "Via Tortona 27", "Calle Mayor 5": the street type and name first, the number after.
    if (STREET_FIRST.has(t.w) && isCapital(doc, t)) {
      const num = toks.slice(i + 2, i + 5).find((x) => HOUSE_NUMBER.test(x.w));
      if (num && isCapital(doc, toks[i + 1]!)) return doc.text.slice(t.s, num.e);
    }
    if (t.w === 'box' && wd(toks, i - 1) === 'po' && /^\d/.test(wd(toks, i + 1))) {
      return doc.text.slice(toks[i - 1]!.s, toks[i + 1]!.e);
    }
    if (!HOUSE_NUMBER.test(t.w)) continue;
    // The name may start after a particle: "27 rue des Petites-Écuries", "3 Calle de Alcalá".
    const street = toks[i + 1];
    const name = toks.slice(i + 2, i + 5).find((x) => isCapital(doc, x));
    if (street && name && STREET_FIRST.has(street.w)) return doc.text.slice(t.s, name.e);
    for (let j = i + 2; j <= i + 4 && j < toks.length; j++) {
      const w = toks[j]!.w;
      const named = toks.slice(i + 1, j).every((x) => isCapital(doc, x));
      if (STREET.has(w) || (STREET_IF_NAMED.has(w) && named))
        return doc.text.slice(t.s, toks[j]!.e);
    }
  }
  return undefined;
}

/** True when the token is written with a capital first letter. */
function isCapital(doc: Doc, t: Token): boolean {
  const c = doc.text[t.s]!;
  return c !== c.toLowerCase();
}
