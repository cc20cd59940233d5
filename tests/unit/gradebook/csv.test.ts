import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { csvCell, toCsv } from '~/gradebook/csv';

/** A strict RFC 4180 reader, to prove that what toCsv writes reads back as the same fields. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else field += ch;
      i++;
      continue;
    }
    if (ch === '"') quoted = true;
    else if (ch === ',') {
      record.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else field += ch;
    i++;
  }
  return records;
}

describe('csvCell', () => {
  test('returns plain text and numbers as they are', () => {
    expect(csvCell('Ann Lee')).toBe('Ann Lee');
    expect(csvCell(87.5)).toBe('87.5');
    expect(csvCell(true)).toBe('yes');
    expect(csvCell(null)).toBe('');
  });
  test('quotes commas, quotes and line breaks, doubling quotes', () => {
    expect(csvCell('Lee, Ann')).toBe('"Lee, Ann"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('cr\ronly')).toBe('"cr\ronly"');
  });
  test('neutralises cells a spreadsheet would run as formulas', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      expect(csvCell(`${start}1+1`).replace(/^"/, '')).toMatch(/^'/);
    }
    expect(csvCell('=HYPERLINK("http://evil.example","x")')).toBe(
      `"'=HYPERLINK(""http://evil.example"",""x"")"`,
    );
  });
  test('leaves numbers alone, even negative ones', () => {
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(Number.NaN)).toBe('');
  });
});

describe('toCsv', () => {
  test('separates records with CRLF and ends with one', () => {
    expect(
      toCsv([
        ['a', 'b'],
        [1, 2],
      ]),
    ).toBe('a,b\r\n1,2\r\n');
  });
  test('reads back as the same fields for any text (formula starts get an apostrophe)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string(), { minLength: 1, maxLength: 5 }), {
          minLength: 1,
          maxLength: 5,
        }),
        (rows) => {
          const back = parseCsv(toCsv(rows));
          const expected = rows.map((r) => r.map((c) => (/^[=+\-@\t\r]/.test(c) ? `'${c}` : c)));
          expect(back).toEqual(expected);
          for (const r of back) for (const c of r) expect(c).not.toMatch(/^[=+\-@\t\r]/);
        },
      ),
    );
  });
});
