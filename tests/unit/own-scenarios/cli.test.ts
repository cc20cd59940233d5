import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { decodeAssignment, encodeAssignment } from '~/assignment/link';
import { buildResultsFile } from '~/assignment/results';
import { resultsToCsv } from '~/node/results-dir';
import type { Assignment } from '~/schemas/assignment';
import { ownScenario } from './fixtures';

const dir = mkdtempSync(join(tmpdir(), 'own-results-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run grade -- --results DIR --assignment LINK', () => {
  test('grades answers to an own scenario the link carries', async () => {
    const own = ownScenario();
    const opened = decodeAssignment(
      encodeAssignment({
        v: 2,
        title: 'Week 5',
        passMark: 50,
        scenarios: [own.id],
        tasks: ['judge', 'reply'],
        weights: { judge: 1, reply: 1, followup: 1 },
        review: true,
        custom: [own],
      } satisfies Assignment),
    );
    if (!opened.ok) throw new Error(opened.message);
    const file = buildResultsFile({
      assignment: opened.assignment,
      name: 'Sam Okafor',
      startedAt: '2026-12-06T10:00:00Z',
      finishedAt: '2026-12-06T10:20:00Z',
      answers: {
        [own.id]: { verdict: 'reply', flags: own.answer.flags, reply: own.answer.reply! },
      },
    });
    writeFileSync(join(dir, 'sam.json'), JSON.stringify(file));
    const { csv, errors } = await resultsToCsv(dir, opened.assignment);
    expect(errors).toEqual([]);
    expect(csv).toMatch(/^\uFEFF?Student,/);
    expect(csv).toMatch(/Sam Okafor,,sam\.json,100,yes/);
  });
});
