/** Every reason a results file is not imported tells the instructor what to ask the student. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  looksCutOff,
  parseResultsText,
  REASONS,
  studentNameIn,
  TOO_LARGE_REASON,
} from '~/gradebook/parse';
import { MAX_RESULTS_BYTES } from '~/schemas/submission';

const ann = readFileSync('tests/fixtures/results/ann-lee.json', 'utf8');
const reason = (text: string) => {
  const r = parseResultsText(text);
  return r.ok ? null : r.reason;
};

describe('parseResultsText reasons', () => {
  test('a file cut off anywhere asks the student, by name, to download it again', () => {
    for (const cut of [40, 200, Math.floor(ann.length / 2), ann.length - 3]) {
      expect(reason(ann.slice(0, cut))).toBe(
        cut < ann.indexOf('"name"') + 20
          ? 'The file is cut off: ask the student to download the results again and send the new file.'
          : 'The file is cut off: ask Ann Lee to download the results again and send the new file.',
      );
    }
  });

  test('an empty file asks for a new download', () => {
    expect(reason('')).toBe(REASONS.empty('the student'));
    expect(reason('  \n')).toMatch(
      /^The file is empty: ask the student to download the results again/,
    );
  });

  test('a results file edited into invalid JSON asks for a new download, unedited', () => {
    const broken = ann.replace('"Ann Lee"', '"Ann Lee",,');
    expect(reason(broken)).toBe(REASONS.brokenJson('Ann Lee'));
    expect(reason(broken)).toMatch(/without opening it in an editor/);
  });

  test('a file that is not JSON names the file to ask for', () => {
    expect(reason('%PDF-1.7 ...')).toBe(REASONS.notJson);
    expect(REASONS.notJson).toMatch(
      /not JSON.*ask the student for the file the assignment page saved/,
    );
  });

  test('JSON that is not ours names the file to ask for', () => {
    expect(reason('{"hello": "world"}')).toBe(REASONS.notOurs);
    expect(reason('[1, 2]')).toBe(REASONS.notOurs);
    expect(REASONS.notOurs).toMatch(/^The file is JSON but not a results file from this course/);
  });

  test('a newer format says so; a damaged version asks for a new download', () => {
    const data = JSON.parse(ann);
    expect(reason(JSON.stringify({ ...data, version: 3 }))).toBe(REASONS.newerVersion(3));
    expect(REASONS.newerVersion(3)).toMatch(/reads versions 1 and 2/);
    expect(reason(JSON.stringify({ ...data, version: 'x' }))).toBe(REASONS.badVersion('Ann Lee'));
  });

  test('a file that no longer fits the format names the field and who to ask', () => {
    const data = JSON.parse(ann);
    data.answers[0].flags = ['not-a-flag'];
    const r = reason(JSON.stringify(data))!;
    expect(r).toMatch(/^The results file is damaged or edited/);
    expect(r).toMatch(/answers\.0\.flags\.0/);
    expect(r).toMatch(/Ask Ann Lee to download the results again and send the new file/);
  });

  test('a file over the size limit says what a results file weighs', () => {
    expect(reason('x'.repeat(MAX_RESULTS_BYTES + 1))).toBe(TOO_LARGE_REASON);
    expect(TOO_LARGE_REASON).toMatch(/a few kilobytes/);
  });

  test('text that is not a string is unreadable', () => {
    expect(reason(undefined as unknown as string)).toBe(REASONS.unreadable);
  });

  test('version 1 and version 2 files import', () => {
    const data = JSON.parse(ann);
    expect(parseResultsText(ann).ok).toBe(true);
    const v2 = {
      ...data,
      version: 2,
      assignment: {
        ...data.assignment,
        v: 2,
        weights: { judge: 2, reply: 3, followup: 1 },
        review: false,
      },
    };
    expect(parseResultsText(JSON.stringify(v2))).toMatchObject({ ok: true, file: { version: 2 } });
  });
});

describe('studentNameIn', () => {
  test('reads the name from a cut-off file, escapes included', () => {
    expect(studentNameIn('{"kind":"snty-results","student":{"name":"Zoë \\"Z\\" Ng"},"answ')).toBe(
      'Zoë "Z" Ng',
    );
    expect(studentNameIn('{"kind":"snty-results","stud')).toBe('the student');
  });
});

describe('looksCutOff', () => {
  test('returns true for open brackets or an open string, false for whole JSON', () => {
    expect(looksCutOff('{"a": [1, 2')).toBe(true);
    expect(looksCutOff('{"a": "b}')).toBe(true);
    expect(looksCutOff('{"a": "}]"}')).toBe(false);
    expect(looksCutOff(ann)).toBe(false);
  });
});
