/**
 * CSV for spreadsheets (RFC 4180): fields quoted when they hold a comma, a quote or a line break,
 * quotes doubled, CRLF between records. Text that a spreadsheet would run as a formula (starting
 * with =, +, -, @, a tab or a carriage return) gets a leading apostrophe, the OWASP-recommended
 * neutraliser: a student named "=HYPERLINK(...)" stays a name.
 */

/** Characters that make a spreadsheet read a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV field. Numbers are written as they are; text is neutralised, then quoted if needed. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Records to CSV text, CRLF-separated and ending with CRLF. */
export function toCsv(
  records: readonly (readonly (string | number | boolean | null | undefined)[])[],
): string {
  return records.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
