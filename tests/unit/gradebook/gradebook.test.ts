import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { buildResultsFile } from '~/assignment/results';
import { loadBank } from '~/node/bank';
import {
  buildGradebook,
  describeGroups,
  csvTotal,
  DISAGREE_REASON,
  gradebookCsv,
  problemsCsv,
} from '~/gradebook/gradebook';
import { weightedPercent } from '~/gradebook/grade';
import { resultsToCsv, gradeResultsDir } from '~/node/results-dir';
import { parseResultsText } from '~/gradebook/parse';
import type { Assignment } from '~/schemas/assignment';
import { MAX_RESULTS_BYTES } from '~/schemas/submission';

const { scenarios } = loadBank();
const DIR = 'tests/fixtures/results';
const files = readdirSync(DIR)
  .sort()
  .map((name) => ({ name, text: readFileSync(`${DIR}/${name}`, 'utf8') }));
const text = (name: string) => files.find((f) => f.name === name)!.text;
const week3: Assignment = JSON.parse(text('ann-lee.json')).assignment;

describe('parseResultsText', () => {
  test('returns the file for a valid results file', () => {
    const r = parseResultsText(text('ann-lee.json'));
    expect(r.ok && r.file.student.name).toBe('Ann Lee');
  });
  test('drops score fields a student added', () => {
    const r = parseResultsText(text('bob.json'));
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.file).not.toHaveProperty('score');
      expect(r.file.answers[0]).not.toHaveProperty('score');
    }
  });
  test('returns a reason for text that is not JSON', () => {
    expect(parseResultsText('{"hello"')).toMatchObject({ ok: false, reason: /not JSON/ });
  });
  test('returns a reason for JSON that is not ours', () => {
    expect(parseResultsText('[1,2]')).toMatchObject({ ok: false, reason: /snty-results/ });
    expect(parseResultsText('null')).toMatchObject({ ok: false });
  });
  test('returns a reason naming the field for a damaged file', () => {
    const data = JSON.parse(text('ann-lee.json'));
    data.answers[0].flags = ['not-a-flag'];
    const r = parseResultsText(JSON.stringify(data));
    expect(r).toMatchObject({ ok: false, reason: /answers\.0\.flags\.0/ });
  });
  test('rejects huge values without reading them', () => {
    const data = JSON.parse(text('ann-lee.json'));
    expect(parseResultsText('x'.repeat(MAX_RESULTS_BYTES + 1))).toMatchObject({
      ok: false,
      reason: /MB/,
    });
    // The file as parsed JSON: any shape, to be damaged field by field.
    type Damaged = {
      student: { name: string };
      answers: { scenario: string; reply?: string }[];
      startedAt: string;
      version: number;
    };
    for (const change of [
      (d: Damaged) => (d.student.name = 'x'.repeat(101)),
      (d: Damaged) => (d.answers[0].reply = 'x'.repeat(8001)),
      (d: Damaged) => (d.answers = Array.from({ length: 201 }, () => ({ scenario: 'a' }))),
      (d: Damaged) => (d.startedAt = 'yesterday'),
      (d: Damaged) => (d.version = 3),
    ]) {
      const copy = structuredClone(data);
      change(copy);
      expect(parseResultsText(JSON.stringify(copy)).ok).toBe(false);
    }
  });
  test('never throws on any JSON value or any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string()), (t) => {
        expect(typeof parseResultsText(t).ok).toBe('boolean');
      }),
    );
  });
  test('ignores prototype keys', () => {
    const data = JSON.parse(text('ann-lee.json'));
    const withProto = text('ann-lee.json').replace('{', '{"__proto__":{"polluted":true},');
    const r = parseResultsText(withProto);
    expect(r.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(data.student.name).toBe('Ann Lee');
  });
});

describe('buildGradebook', () => {
  const book = buildGradebook(files, scenarios, week3);

  test('imports the valid files and lists the others with a reason', () => {
    expect(book.rows.map((r) => r.name)).toEqual([
      'Ann Lee',
      '=HYPERLINK("http://evil.example","Bob")',
      'Chloé <b>Martin</b>',
    ]);
    expect(book.rejected.map((r) => r.fileName).sort()).toEqual([
      'not-results.json',
      'other-assignment.json',
    ]);
    expect(book.rejected.find((r) => r.fileName === 'other-assignment.json')!.reason).toMatch(
      /^This file's title is "Week 4: quiet routes", the assignment's is "Week 3: false claims"\. This file has scenarios the assignment does not \(gary-other-default\)/,
    );
  });

  test('regrades raw answers: the model answers pass, an inflated score is ignored', () => {
    const [ann, bob, chloe] = book.rows;
    expect(ann!.passed).toBe(true);
    expect(ann!.percent).toBeGreaterThanOrEqual(95);
    expect(bob!.passed).toBe(false);
    expect(bob!.percent).toBeLessThan(50);
    expect(chloe!.percent).toBe(0);
  });

  test('expands the assignment into its questions', () => {
    expect(book.items.map((i) => `${i.scenario}:${i.task}`)).toEqual([
      'betty-same-school:judge',
      'betty-same-school:reply',
      'betty-same-school:followup',
      'kenji-wrong-university:judge',
      'kenji-wrong-university:reply',
      'kenji-wrong-university:followup',
      'tunde-real-teammate:judge',
    ]);
  });

  test('summarises flags spotted, verdicts correct and reply criteria met', () => {
    const { overall, verdicts } = book.summary;
    expect(overall.verdictsCorrect).toMatchObject({ hits: 3, total: 9 });
    expect(verdicts.map((v) => v.id)).toEqual(['accept', 'reply']);
    expect(overall.flagsSpotted.total).toBeGreaterThan(0);
    expect(overall.replyCriteriaMet.total).toBeGreaterThan(0);
  });

  test("uses the instructor's assignment when given, rejecting the others", () => {
    const week4 = JSON.parse(text('other-assignment.json')).assignment;
    const only = buildGradebook(files, scenarios, week4);
    expect(only.assignmentSource).toBe('link');
    expect(only.rows.map((r) => r.name)).toEqual(['Dan Other']);
  });

  test('lists scenarios missing from the bank and grades the rest', () => {
    const withGone = { ...week3, scenarios: [...week3.scenarios, 'no-such-scenario'] };
    const file = buildResultsFile({
      assignment: withGone,
      name: 'Eve',
      startedAt: '2025-03-10T09:00:00.000Z',
      finishedAt: '2025-03-10T09:10:00.000Z',
      answers: { 'no-such-scenario': { verdict: 'accept' } },
    });
    const b = buildGradebook([{ name: 'eve.json', text: JSON.stringify(file) }], scenarios);
    expect(b.unknownScenarios).toEqual(['no-such-scenario']);
    expect(b.rows[0]!.items).toHaveLength(7);
  });

  test('grades version 1 files (no weights) with every kind weighing 1', () => {
    expect(book.assignment).toEqual(week3);
    expect(week3.v).toBe(1);
    const ann = book.rows[0]!;
    const mean = ann.items.reduce((sum, i) => sum + i.share, 0) / ann.items.length;
    expect(ann.percent).toBe(Math.round(mean * 1000) / 10);
  });

  test('grades without a link when every file carries the same assignment', () => {
    const same = files.filter((f) => f.name !== 'other-assignment.json');
    const b = buildGradebook(same, scenarios);
    expect(b.assignmentSource).toBe('files');
    expect(b.conflicts).toEqual([]);
    expect(b.rows).toHaveLength(3);
  });

  test('grades nothing without a link when the files disagree, and lists the assignments', () => {
    const b = buildGradebook(files, scenarios);
    expect(b.assignment).toBeNull();
    expect(b.rows).toEqual([]);
    expect(b.conflicts.map((g) => [g.assignment.title, g.fileNames])).toEqual([
      ['Week 3: false claims', ['ann-lee.json', 'bob.json', 'chloe-empty.json']],
      ['Week 4: quiet routes', ['other-assignment.json']],
    ]);
    expect(b.rejected.find((r) => r.fileName === 'bob.json')!.reason).toBe(DISAGREE_REASON);
    expect(describeGroups(b.conflicts)[1]).toMatch(
      /^"Week 4: quiet routes", pass mark 70%, 1 file: other-assignment\.json \(This file's title is/,
    );
  });

  test('never lets a tampered first file decide: its pass mark is named', () => {
    const tampered = JSON.parse(text('ann-lee.json'));
    tampered.assignment.passMark = 10;
    const inputs = [
      { name: 'tampered.json', text: JSON.stringify(tampered) },
      ...files.filter((f) => f.name !== 'other-assignment.json'),
    ];
    const noLink = buildGradebook(inputs, scenarios);
    expect(noLink.rows).toEqual([]);
    expect(noLink.conflicts.map((g) => g.assignment.passMark)).toEqual([70, 10]);
    const withLink = buildGradebook(inputs, scenarios, week3);
    expect(withLink.rows.map((r) => r.name)).toEqual([
      'Ann Lee',
      '=HYPERLINK("http://evil.example","Bob")',
      'Chloé <b>Martin</b>',
    ]);
    expect(withLink.rejected).toContainEqual({
      fileName: 'tampered.json',
      reason: expect.stringMatching(/^This file's pass mark is 10%, the assignment's is 70%\. /),
    });
  });

  test('weights each kind of question as the assignment says', () => {
    const weighted: Assignment = { ...week3, v: 2, weights: { judge: 1, reply: 3, followup: 1 } };
    const file = buildResultsFile({
      assignment: weighted,
      name: 'Wendy',
      startedAt: '2025-03-10T09:00:00.000Z',
      finishedAt: '2025-03-10T09:10:00.000Z',
      answers: {},
    });
    const annWeighted = { ...JSON.parse(text('ann-lee.json')), version: 2, assignment: weighted };
    const row = buildGradebook(
      [{ name: 'w.json', text: JSON.stringify(annWeighted) }],
      scenarios,
      weighted,
    ).rows[0];
    expect(file.version).toBe(2);
    const w = { judge: 1, reply: 3, followup: 1 } as const;
    const items = row!.items;
    const expected =
      items.reduce((sum, i) => sum + w[i.task] * i.share, 0) /
      items.reduce((sum, i) => sum + w[i.task], 0);
    expect(row!.percent).toBe(Math.round(expected * 1000) / 10);
    expect(
      weightedPercent(
        [
          { task: 'judge', share: 1 },
          { task: 'reply', share: 0 },
        ],
        weighted,
      ),
    ).toBe(25);
  });

  test('returns an empty gradebook when no file can be read', () => {
    const b = buildGradebook([{ name: 'x.json', text: 'nope' }], scenarios);
    expect(b.assignment).toBeNull();
    expect(b.rows).toEqual([]);
    expect(b.summary.students).toBe(0);
  });
});

describe('gradebookCsv', () => {
  const csv = gradebookCsv(buildGradebook(files, scenarios, week3));
  test('has a header and one row per student only; the files not imported are a list of their own', () => {
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toMatch(
      /^Student,Student ID or email,File,Total %,Passed,betty-same-school: judge %/,
    );
    expect(lines[1]).toMatch(/^Ann Lee,,ann-lee\.json,100,yes,/);
    expect(lines).toHaveLength(4);
    expect(csv).not.toContain('not-results.json');
    const problems = problemsCsv(buildGradebook(files, scenarios, week3))
      .trimEnd()
      .split('\r\n');
    expect(problems[0]).toBe('File not imported,Reason');
    expect(problems.slice(1).map((l) => l.split(',')[0])).toEqual([
      'not-results.json',
      'other-assignment.json',
    ]);
  });
  test('writes whole percentages only, so no locale misreads a decimal separator', () => {
    for (const line of csv.trimEnd().split('\r\n').slice(1)) {
      expect(line).not.toMatch(/,\d+\.\d/);
    }
  });
  test('rounds a total down, so a total showing the pass mark has passed', () => {
    expect(csvTotal(79.96)).toBe(79);
    expect(csvTotal(80)).toBe(80);
    expect(csvTotal(16.7)).toBe(16);
  });
  test('carries the student number or email the student gave', () => {
    const ann = JSON.parse(text('ann-lee.json'));
    ann.student.id = '  s1234567 ';
    const book = buildGradebook([{ name: 'a.json', text: JSON.stringify(ann) }], scenarios, week3);
    expect(gradebookCsv(book).split('\r\n')[1]).toMatch(/^Ann Lee,s1234567,a\.json,/);
  });
  test('neutralises the formula in a name and quotes it', () => {
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""Bob"")",,bob.json`);
    expect(csv).not.toMatch(/(^|,|\r\n)=/);
  });
});

describe('resultsToCsv', () => {
  test('regrades a folder against the bank and lists the files not imported', async () => {
    const { csv, errors } = await resultsToCsv(DIR, week3);
    expect(csv.split('\r\n')[1]).toMatch(/^Ann Lee,/);
    expect(errors.filter((e) => /^(not-results|other-assignment)\.json: /.test(e))).toHaveLength(2);
  });
  test('gradeResultsDir returns the same CSV for a given bank', async () => {
    expect(await gradeResultsDir(DIR, scenarios)).toBe((await resultsToCsv(DIR)).csv);
  });
  test('without an assignment, names the assignments the files disagree on', async () => {
    const { errors } = await resultsToCsv(DIR);
    expect(errors[0]).toMatch(/the files are for 2 different assignments, so none was graded/);
    expect(errors[2]).toMatch(
      /"Week 4: quiet routes", pass mark 70%, 1 file: other-assignment\.json/,
    );
  });
});

describe('results files (property-based)', () => {
  const ids = [...scenarios.keys()];
  const answerArb = fc.record(
    {
      verdict: fc.constantFrom('accept', 'reply', 'ignore', null),
      flags: fc.uniqueArray(fc.constantFrom('false-classmate', 'no-reason', 'sales-pitch'), {
        maxLength: 3,
      }),
      reply: fc.oneof(
        fc.string({ maxLength: 300 }),
        fc.constantFrom('<script>alert(1)</script>', '=1+1', '__proto__'),
      ),
      decision: fc.constantFrom('accept-with-caution', 'decline', null),
    },
    { requiredKeys: [] },
  );
  const fileArb = fc
    .record({
      name: fc
        .string({ minLength: 1, maxLength: 100 })
        .filter((n) => n.trim() === n && n.length > 0),
      picked: fc.uniqueArray(fc.constantFrom(...ids), { minLength: 1, maxLength: 8 }),
      answers: fc.array(answerArb, { minLength: 8, maxLength: 8 }),
    })
    .map(({ name, picked, answers }) =>
      buildResultsFile({
        assignment: { ...week3, scenarios: picked },
        name,
        startedAt: '2025-03-10T09:00:00.000Z',
        finishedAt: '2025-03-10T09:10:00.000Z',
        answers: Object.fromEntries(picked.map((id, i) => [id, answers[i]!])) as never,
      }),
    );

  test('round-trip: any file the student page writes parses back unchanged', () => {
    fc.assert(
      fc.property(fileArb, (file) => {
        expect(parseResultsText(JSON.stringify(file))).toEqual({ ok: true, file });
      }),
      { numRuns: 200 },
    );
  });

  test('tampering: any change of one character is rejected or still a valid file, never a throw', () => {
    fc.assert(
      fc.property(fileArb, fc.nat(), fc.string({ minLength: 1, maxLength: 1 }), (file, at, ch) => {
        const text = JSON.stringify(file);
        const i = at % text.length;
        const r = parseResultsText(text.slice(0, i) + ch + text.slice(i + 1));
        if (r.ok) expect(resultsFileSchemaKeys(r.file)).toEqual(resultsFileSchemaKeys(file));
      }),
      { numRuns: 300 },
    );
  });

  test('a score added anywhere never changes the regraded result', () => {
    fc.assert(
      fc.property(fileArb, fc.integer(), (file, score) => {
        const plain = buildGradebook([{ name: 'a.json', text: JSON.stringify(file) }], scenarios);
        const inflated = {
          ...file,
          score,
          percent: 100,
          passed: true,
          answers: file.answers.map((a) => ({ ...a, score, passed: true })),
        };
        const again = buildGradebook(
          [{ name: 'a.json', text: JSON.stringify(inflated) }],
          scenarios,
        );
        expect(again.rows).toEqual(plain.rows);
      }),
      { numRuns: 50 },
    );
  });
});

/** The top-level keys of a results file: tampering may change values, never add fields. */
const resultsFileSchemaKeys = (file: object) => Object.keys(file).sort();
