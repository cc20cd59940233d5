/** The command line contract: JSON Lines in, one JSON line out per request, exit codes 0/1/2. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { makeScenario } from '../grader/helpers';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const tsx = `${root}node_modules/.bin/tsx`;
const cli = `${root}src/node/cli.ts`;

function run(args: string[], input = '') {
  // Run from /tmp to prove the bank is found relative to the CLI file, not the working directory.
  const r = spawnSync(tsx, [cli, ...args], { input, encoding: 'utf8', cwd: '/tmp' });
  const lines = r.stdout
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  return { code: r.status, lines, stderr: r.stderr };
}

const inline = makeScenario({
  followUp: { message: 'Oops, wrong Omar.', decision: 'decline', why: 'No link.' },
});

describe('grade CLI', { timeout: 60_000 }, () => {
  test('returns one result per line in order and exit 0 when all are graded', () => {
    const input = [
      { id: 'r1', kind: 'reply', scenario: 'betty-same-school', text: '' },
      {
        id: 'r2',
        kind: 'reply',
        scenario: inline,
        text: 'Hi Lena, I went to Northeastern, not BU.',
      },
      { id: 'v1', kind: 'verdict', scenario: inline, verdict: 'reply', flags: ['false-classmate'] },
      { id: 'f1', kind: 'followup', scenario: inline, decision: 'decline' },
      { id: 'n1', kind: 'note', target: { name: 'Ana Lee' }, text: 'Hi Ana!' },
    ]
      .map((l) => JSON.stringify(l))
      .join('\n\n');
    const { code, lines } = run(['-'], input);
    expect(code).toBe(0);
    expect(lines.map((l) => l.id)).toEqual(['r1', 'r2', 'v1', 'f1', 'n1']);
    // 13 points on a claiming route: the two questions and the correction weigh 2 (policy.ts).
    expect(lines[0]).toMatchObject({ kind: 'reply', score: 0, maxScore: 13, passed: false });
    expect(lines[2]).toMatchObject({ kind: 'verdict', score: 3, passed: true });
  });

  test('grades a note against its facts when "you" and "context" come with it', () => {
    const note = {
      kind: 'note',
      target: { name: 'Ingrid Berg', headline: 'Data Engineer at Baltic Freight' },
      you: { name: 'Tomas Novak', employers: ['Praha Logistics'] },
      context: { via: 'their-work', detail: 'her talk on freight data' },
    };
    const input = [
      {
        id: 'lie',
        ...note,
        text: 'Hi Ingrid, great to reconnect with a fellow Baltic Freight colleague! Could I ask how you plan routes?',
      },
      {
        id: 'true',
        ...note,
        text: 'Hi Ingrid, I enjoyed your talk on freight data. Could I ask how you plan routes?',
      },
      { id: 'bad', ...note, context: { via: 'introduced' }, text: 'Hi Ingrid' },
      { id: 'none', kind: 'note', target: note.target, text: 'Hi Ingrid' },
    ]
      .map((l) => JSON.stringify(l))
      .join('\n');
    const { lines } = run(['-'], input);
    const honest = (l: Record<string, unknown>) =>
      (l.criteria as { id: string; met: unknown }[]).find((c) => c.id === 'honest')!.met;
    expect(lines[0]).toMatchObject({ passed: false, lead: 'honest' });
    expect(honest(lines[1])).toBe(true);
    expect(lines[2]!.error).toMatch(/introducer/);
    expect(honest(lines[3])).toBeNull();
  });

  test('returns errors naming the field and exit 1', () => {
    const input = [
      '{"id":"a","kind":"essay","scenario":"betty-same-school","text":"x"}',
      '{"id":"b","kind":"reply","scenario":"no-such-scenario","text":"x"}',
      '{"id":"c","kind":"reply","scenario":{"id":"x"},"text":"x"}',
      '{"id":"d","kind":"reply","scenario":"betty-same-school","text":5}',
      'not json',
      '[1]',
      '{"id":"e","kind":"verdict","scenario":"betty-same-school","verdict":"maybe"}',
      '{"id":"f","kind":"verdict","scenario":"betty-same-school","flags":["odd"]}',
      '{"id":"g","kind":"followup","scenario":"betty-same-school","decision":"later"}',
      '{"id":"h","kind":"note","target":{},"text":"x"}',
      '{"id":"i","kind":"note","target":{"name":"Ana"}}',
      '{"id":"j","kind":"reply","text":"x"}',
    ].join('\n');
    const { code, lines } = run(['-'], input);
    expect(code).toBe(1);
    expect(lines.map((l) => l.error && String(l.error).split(':')[0])).toEqual([
      'kind',
      'scenario',
      'scenario',
      'text',
      'not valid JSON',
      'each line must be a JSON object',
      'verdict',
      'flags',
      'decision',
      'target',
      'text',
      'scenario',
    ]);
    expect(lines[4]).toMatchObject({ line: 5 });
    expect(String(lines[2]!.error)).toMatch(/title/);
  });

  test('returns exit 2 and usage on stderr for wrong usage', () => {
    for (const args of [[], ['a', 'b'], ['--results'], ['/no/such/file.jsonl']]) {
      const { code, stderr } = run(args);
      expect(code).toBe(2);
      expect(stderr).toMatch(/usage: npm run --silent grade -- FILE/);
    }
  });

  test('returns usage on stdout and exit 0 for --help', () => {
    const r = spawnSync(tsx, [cli, '--help'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/usage/);
  });
});
