import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import {
  BAD_ZIP_REASON,
  candidateText,
  expandPicked,
  nothingFoundMessage,
} from '~/gradebook/archive';
import { buildGradebook } from '~/gradebook/gradebook';
import { TOO_LARGE_REASON } from '~/gradebook/parse';
import { loadBank } from '~/node/bank';
import { MAX_RESULTS_BYTES } from '~/schemas/submission';

const { scenarios } = loadBank();
const ann = JSON.parse(readFileSync('tests/fixtures/results/ann-lee.json', 'utf8'));
const as = (name: string, id?: string) =>
  strToU8(JSON.stringify({ ...ann, student: id ? { name, id } : { name } }));

/** A zip laid out as Moodle's "Download all submissions": one folder per student. */
const moodleZip = () =>
  zipSync({
    'Robin Lee_12345_assignsubmission_file_/results-robin-lee-3f2a.json': as('Robin Lee'),
    'Ann Lee_12346_assignsubmission_file_/results-ann-lee-3f2a.json': as(
      'Ann Lee',
      'ann@uni.example',
    ),
    'Ann Lee_12346_onlinetext_/onlinetext.html': strToU8('<p>Done!</p>'),
    '__MACOSX/Ann Lee_12346_assignsubmission_file_/._results-ann-lee-3f2a.json': strToU8('junk'),
  });

describe('expandPicked', () => {
  test("opens a Moodle-style zip: each student's results file, named by its folder", () => {
    const out = expandPicked([{ path: 'Week 3-12-download.zip', bytes: moodleZip() }]);
    expect(out.candidates.map((c) => c.name)).toEqual([
      'Week 3-12-download.zip/Ann Lee_12346_assignsubmission_file_/results-ann-lee-3f2a.json',
      'Week 3-12-download.zip/Robin Lee_12345_assignsubmission_file_/results-robin-lee-3f2a.json',
    ]);
    expect(out.rejected).toEqual([]);
    expect(out.ignored).toEqual([
      'Week 3-12-download.zip/Ann Lee_12346_onlinetext_/onlinetext.html',
    ]);
    const book = buildGradebook(
      out.candidates.map((c) => ({ name: c.name, text: candidateText(c) })),
      scenarios,
      ann.assignment,
    );
    expect(book.rows.map((r) => [r.name, r.studentId, r.percent])).toEqual([
      ['Ann Lee', 'ann@uni.example', 100],
      ['Robin Lee', '', 100],
    ]);
  });

  test('keeps a folder tree of JSON files, passes over other files, opens a zip in a zip', () => {
    const inner = zipSync({ 'group-b/results-cy.json': as('Cy') });
    const out = expandPicked([
      { path: 'class/Robin Lee_1_assignsubmission_file_/results-robin.json', bytes: as('Robin') },
      { path: 'class/Robin Lee_1_assignsubmission_file_/notes.pdf', bytes: strToU8('%PDF') },
      { path: 'class/groups.zip', bytes: zipSync({ 'b.zip': inner }) },
    ]);
    expect(out.candidates.map((c) => c.name)).toEqual([
      'class/Robin Lee_1_assignsubmission_file_/results-robin.json',
      'class/groups.zip/b.zip/group-b/results-cy.json',
    ]);
    expect(out.ignored).toEqual(['class/Robin Lee_1_assignsubmission_file_/notes.pdf']);
  });

  test('sets aside a damaged zip and a results file too large to read, with their reasons', () => {
    const zip = moodleZip();
    const out = expandPicked([
      { path: 'cut.zip', bytes: zip.slice(0, zip.length - 30) },
      { path: 'huge.json', bytes: new Uint8Array(MAX_RESULTS_BYTES + 1) },
      {
        path: 'big-inside.zip',
        bytes: zipSync({ 'x/huge.json': new Uint8Array(MAX_RESULTS_BYTES + 1) }),
      },
    ]);
    expect(out.rejected).toEqual([
      { fileName: 'cut.zip', reason: BAD_ZIP_REASON },
      { fileName: 'huge.json', reason: TOO_LARGE_REASON },
      { fileName: 'big-inside.zip/x/huge.json', reason: TOO_LARGE_REASON },
    ]);
    expect(out.candidates).toEqual([]);
  });
});

describe('nothingFoundMessage', () => {
  test('says what was looked for and what was found instead', () => {
    expect(nothingFoundMessage('week3/', ['a.html', 'b.pdf'])).toBe(
      'No results file found in week3/: looked for .json files, in every subfolder and inside .zip files (such as your LMS\'s "Download all submissions" zip). Found only 2 other files (a.html, b.pdf).',
    );
    expect(nothingFoundMessage('empty/', [])).toMatch(/It is empty\.$/);
  });
});
