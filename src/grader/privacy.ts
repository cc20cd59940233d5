/**
 * Contact details a reply to a stranger should not carry: email addresses, phone numbers and
 * street addresses. Plain character scans, linear in the length of the text.
 */
import { set } from './result';
import type { Doc } from './text';

const isDigit = (c: number) => c >= 48 && c <= 57;
const isEmailChar = (c: number) =>
  isDigit(c) ||
  (c >= 65 && c <= 90) ||
  (c >= 97 && c <= 122) ||
  c === 46 ||
  c === 95 ||
  c === 45 ||
  c === 43;

/** The first email address in `text`, or undefined. */
export function findEmail(text: string): string | undefined {
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let a = at;
    while (a > 0 && at - a < 64 && isEmailChar(text.charCodeAt(a - 1))) a--;
    let b = at + 1;
    while (b < text.length && b - at < 255 && isEmailChar(text.charCodeAt(b))) b++;
    // Trailing dots belong to the sentence, not the address.
    while (b > at + 1 && text[b - 1] === '.') b--;
    const domain = text.slice(at + 1, b);
    const dot = domain.lastIndexOf('.');
    if (a < at && dot > 0 && dot < domain.length - 2) return text.slice(a, b);
  }
  return undefined;
}

/**
 * The first phone number: 7 to 15 digits in groups joined by single spaces, dashes, dots or
 * brackets ("555-0100", "(919) 555 0134", "+44 20 7946 0958"). Years and dates are not phones.
 */
export function findPhone(text: string): string | undefined {
  let i = 0;
  while (i < text.length) {
    if (!isDigit(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let start = i;
    if (text[i - 1] === '(' || text[i - 1] === '+') start--;
    const groups: string[] = [];
    let group = '';
    let end = i;
    let seps = 0;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (isDigit(c)) {
        group += text[i];
        seps = 0;
        end = ++i;
      } else if (
        (c === 32 || c === 45 || c === 46 || c === 40 || c === 41 || c === 0x2013) &&
        seps < 2
      ) {
        if (group) groups.push(group);
        group = '';
        seps++;
        i++;
      } else break;
    }
    if (group) groups.push(group);
    const digits = groups.join('').length;
    const dateLike = groups.length <= 3 && /^(19|20)\d\d$/.test(groups[0] ?? '') && digits <= 8;
    if (digits >= 7 && digits <= 15 && !dateLike) return text.slice(start, end);
    i = Math.max(i, end + 1);
  }
  return undefined;
}

const STREET = set(
  'street avenue ave road rd lane ln boulevard blvd terrace parkway pkwy highway hwy calle rue strasse',
);
// These also mean other things ("a 5 minute drive"), so the words before them must be capitalised.
const STREET_IF_NAMED = set(
  'st drive dr way place pl court ct circle square sq trail close crescent plaza row',
);

/** The first street address ("12 Oak Lane", "PO Box 44") in the analysed draft, or undefined. */
export function findAddress(doc: Doc): string | undefined {
  const toks = doc.tokens;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.w === 'box' && toks[i - 1]?.w === 'po' && /^\d/.test(toks[i + 1]?.w ?? '')) {
      return doc.text.slice(toks[i - 1]!.s, toks[i + 1]!.e);
    }
    if (!/^\d{1,5}[a-z]?$/.test(t.w)) continue;
    for (let j = i + 2; j <= i + 4 && j < toks.length; j++) {
      const w = toks[j]!.w;
      const named = toks.slice(i + 1, j).every((x) => {
        const c = doc.text.charCodeAt(x.s);
        return c >= 65 && c <= 90;
      });
      if (STREET.has(w) || (STREET_IF_NAMED.has(w) && named))
        return doc.text.slice(t.s, toks[j]!.e);
    }
  }
  return undefined;
}
