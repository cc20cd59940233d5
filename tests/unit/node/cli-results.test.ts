/** `grade -- --results DIR [--assignment LINK]`: the gradebook's regrading on the command line. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { assignmentUrl } from '~/assignment/link';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const tsx = `${root}node_modules/.bin/tsx`;
const cli = `${root}src/node/cli.ts`;
const results = `${root}tests/fixtures/results`;
const ann = JSON.parse(readFileSync(`${results}/ann-lee.json`, 'utf8'));
const link = assignmentUrl('https://course.example', ann.assignment);

const run = (args: string[]) => spawnSync(tsx, [cli, ...args], { encoding: 'utf8', cwd: '/tmp' });

describe('grade CLI --results', { timeout: 60_000 }, () => {
  test('grades against --assignment, one CSV row per file, and exits 1 naming the files set aside', () => {
    const r = run(['--results', results, '--assignment', link]);
    const rows = r.stdout.trim().split('\n');
    expect(rows[0]).toMatch(/^Student,Student ID or email,File,Total %,Passed,/);
    expect(rows.find((row) => row.startsWith('Ann Lee,,ann-lee.json,'))).toMatch(/,100,yes,/);
    // A name that is a spreadsheet formula is quoted and neutralised.
    expect(r.stdout).toContain(`"'=HYPERLINK(`);
    expect(r.stderr).toContain('grade: not-results.json:');
    expect(r.stderr).toContain(
      `grade: other-assignment.json: This file's title is "Week 4: quiet routes", the assignment's is "Week 3: false claims".`,
    );
    expect(r.status).toBe(1);
  });

  test('without --assignment, grades nothing when the files disagree and says which differ', () => {
    const r = run(['--results', results]);
    expect(r.stdout).not.toMatch(/^Ann Lee,/m);
    expect(r.stderr).toMatch(/the files are for 2 different assignments, so none was graded/);
    expect(r.stderr).toMatch(
      /"Week 4: quiet routes", pass mark 70%, 1 file: other-assignment\.json/,
    );
    expect(r.status).toBe(1);
  });

  test('sets aside a file whose pass mark was edited, naming both pass marks', () => {
    const dir = mkdtempSync(join(tmpdir(), 'snty-cli-'));
    writeFileSync(join(dir, 'ann.json'), JSON.stringify(ann));
    const tampered = {
      ...ann,
      student: { name: 'Tam' },
      assignment: { ...ann.assignment, passMark: 10 },
    };
    writeFileSync(join(dir, 'tam.json'), JSON.stringify(tampered));
    const r = run(['--assignment', link, '--results', dir]);
    expect(r.stdout).toMatch(/^Ann Lee,,ann\.json,100,yes/m);
    expect(r.stderr).toContain(
      "grade: tam.json: This file's pass mark is 10%, the assignment's is 70%.",
    );
    expect(r.status).toBe(1);
  });

  test('exits 2 with the usage when DIR or LINK is missing, unreadable or broken', () => {
    expect(run(['--results']).status).toBe(2);
    expect(run(['--results', results, '--assignment']).status).toBe(2);
    const missing = run(['--results', '/nonexistent-folder']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('cannot read /nonexistent-folder');
    const broken = run(['--results', results, '--assignment', link.slice(0, -6)]);
    expect(broken.status).toBe(2);
    expect(broken.stderr).toMatch(
      /^grade: --assignment: This link is incomplete or has been changed/,
    );
  });

  test('reads subfolders and zips (an LMS download) and names files by their path', () => {
    const dir = mkdtempSync(join(tmpdir(), 'snty-cli-'));
    const folder = join(dir, 'Ann Lee_101_assignsubmission_file_');
    mkdirSync(folder);
    writeFileSync(join(folder, 'results-ann-lee.json'), JSON.stringify(ann));
    writeFileSync(join(dir, 'feedback.html'), '<p>not results</p>');
    const robin = { ...ann, student: { name: 'Robin Lee', id: 'robin@uni.example' } };
    writeFileSync(
      join(dir, 'class.zip'),
      zipSync({
        'Robin Lee_202_assignsubmission_file_/results-robin.json': strToU8(JSON.stringify(robin)),
      }),
    );
    const r = run(['--results', dir, '--assignment', link]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(
      'Ann Lee,,Ann Lee_101_assignsubmission_file_/results-ann-lee.json,100,yes',
    );
    expect(r.stdout).toContain(
      'Robin Lee,robin@uni.example,class.zip/Robin Lee_202_assignsubmission_file_/results-robin.json,100,yes',
    );
  });

  test('says so and exits 1 when the folder holds no results file, printing no CSV', () => {
    const dir = mkdtempSync(join(tmpdir(), 'snty-cli-'));
    mkdirSync(join(dir, 'Robin Lee_202_onlinetext_'));
    writeFileSync(join(dir, 'Robin Lee_202_onlinetext_', 'onlinetext.html'), '<p>hi</p>');
    const r = run(['--results', dir]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`grade: No results file found in ${dir}: looked for .json files`);
    expect(r.stderr).toContain('Robin Lee_202_onlinetext_/onlinetext.html');
  });
});
