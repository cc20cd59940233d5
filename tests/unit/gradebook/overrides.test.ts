import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { buildGradebook, gradebookCsv } from '~/gradebook/gradebook';
import { applyOverrides, parsePercent, setOverride, type Overrides } from '~/gradebook/overrides';
import {
  emptySession,
  MAX_SAVED_FILES_CHARS,
  NOT_A_SESSION,
  parseSessionFile,
  sessionFileText,
  sessionToKeep,
} from '~/gradebook/session';
import { loadBank } from '~/node/bank';

const { scenarios } = loadBank();
const text = (name: string) => readFileSync(`tests/fixtures/results/${name}`, 'utf8');
const week3 = JSON.parse(text('ann-lee.json')).assignment;
const book = buildGradebook(
  ['ann-lee.json', 'chloe-empty.json'].map((name) => ({ name, text: text(name) })),
  scenarios,
  week3,
);
const chloe = 'chloe-empty.json';
const firstKey = `${book.items[0]!.scenario}:${book.items[0]!.task}`;

describe('overrides', () => {
  test('a score set by hand replaces the grader share and recomputes total, pass and summary', () => {
    const everything: Overrides = {
      [chloe]: Object.fromEntries(
        book.items.map((i) => [`${i.scenario}:${i.task}`, { percent: 100, comment: '' }]),
      ),
    };
    const decided = applyOverrides(book, everything, scenarios);
    const row = decided.rows.find((r) => r.fileName === chloe)!;
    expect(book.rows.find((r) => r.fileName === chloe)!.percent).toBe(0);
    expect(row.percent).toBe(100);
    expect(row.passed).toBe(true);
    expect(row.items[0]!.graderShare).toBe(0);
    expect(decided.summary.passed).toBe(2);
  });

  test('a comment alone keeps the grader score', () => {
    const o = setOverride({}, chloe, firstKey, { percent: null, comment: 'See me' });
    const row = applyOverrides(book, o, scenarios).rows.find((r) => r.fileName === chloe)!;
    expect(row.percent).toBe(0);
    expect(row.items[0]!.override).toEqual({ percent: null, comment: 'See me' });
  });

  test('the CSV carries the overridden score and the comment with the grader score', () => {
    const o = setOverride({}, chloe, firstKey, { percent: 80, comment: 'Good reasons.' });
    const line = gradebookCsv(applyOverrides(book, o, scenarios))
      .split('\r\n')
      .find((l) => l.includes(chloe))!;
    expect(line).toMatch(
      new RegExp(
        `,no,80,.*,Q1 ${firstKey.replace(':', ': ')}: 80% \\(grader 0%\\)\\. Good reasons\\.$`,
      ),
    );
  });

  test('an override that changes nothing is removed, and the student with it', () => {
    const o = setOverride({}, chloe, firstKey, { percent: 50, comment: '' });
    expect(setOverride(o, chloe, firstKey, { percent: null, comment: ' ' })).toEqual({});
  });

  test('typed percentages: whole numbers within 0-100, a comma or % accepted, blank is none', () => {
    expect(parsePercent('85')).toBe(85);
    expect(parsePercent('72,6')).toBe(73);
    expect(parsePercent('120%')).toBe(100);
    expect(parsePercent('-3')).toBe(0);
    expect(parsePercent(' ')).toBeNull();
    expect(parsePercent('lots')).toBeNull();
  });
});

describe('gradebook session files', () => {
  const session = {
    ...emptySession(),
    link: '#a=abc',
    files: [{ name: 'a/ann.json', text: text('ann-lee.json') }],
    overrides: setOverride({}, 'a/ann.json', firstKey, { percent: 90, comment: 'Well done' }),
  };
  test('an exported session imports back unchanged', () => {
    expect(parseSessionFile(sessionFileText(session))).toEqual({ ok: true, session });
  });
  test('a results file or other JSON is not a session, with a reason', () => {
    expect(parseSessionFile(text('ann-lee.json'))).toEqual({ ok: false, reason: NOT_A_SESSION });
    expect(parseSessionFile('{oops')).toEqual({ ok: false, reason: NOT_A_SESSION });
  });
  test('an edited session is refused', () => {
    const edited = JSON.parse(sessionFileText(session));
    edited.overrides['a/ann.json'][firstKey].percent = 250;
    expect(parseSessionFile(JSON.stringify(edited))).toMatchObject({
      ok: false,
      reason: /damaged or was edited/,
    });
  });
  test('the browser keeps the files up to a size, then only the link and overrides', () => {
    expect(sessionToKeep(session)).toEqual({ kept: session, filesDropped: false });
    const big = {
      ...session,
      files: [{ name: 'x.json', text: 'x'.repeat(MAX_SAVED_FILES_CHARS) }],
    };
    expect(sessionToKeep(big)).toEqual({ kept: { ...big, files: [] }, filesDropped: true });
  });
});
