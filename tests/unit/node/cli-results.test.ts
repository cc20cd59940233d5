/** `grade -- --results DIR`: the gradebook's regrading on the command line, as CSV. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const tsx = `${root}node_modules/.bin/tsx`;
const cli = `${root}src/node/cli.ts`;
const results = `${root}tests/fixtures/results`;

const run = (args: string[]) => spawnSync(tsx, [cli, ...args], { encoding: 'utf8', cwd: '/tmp' });

describe('grade CLI --results', { timeout: 60_000 }, () => {
  test('prints one CSV row per file, regraded, and exits 1 naming the files it could not import', () => {
    const r = run(['--results', results]);
    const rows = r.stdout.trim().split('\n');
    expect(rows[0]).toMatch(/^Student,File,Total %,Passed,/);
    expect(rows.find((row) => row.startsWith('Ann Lee,ann-lee.json,'))).toMatch(/,100,yes,/);
    // A name that is a spreadsheet formula is quoted and neutralised.
    expect(r.stdout).toContain(`"'=HYPERLINK(`);
    expect(r.stderr).toContain('grade: not-results.json:');
    expect(r.stderr).toContain('grade: other-assignment.json: This file is for another assignment');
    expect(r.status).toBe(1);
  });

  test('exits 2 with the usage when DIR is missing or unreadable', () => {
    expect(run(['--results']).status).toBe(2);
    const missing = run(['--results', '/nonexistent-folder']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('cannot read /nonexistent-folder');
  });
});
