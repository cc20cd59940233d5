/**
 * Agreement with hand-labelled drafts: every reply and note fixture carries the label a careful
 * instructor would give per criterion. Prints the agreement per criterion; fails below 95%.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { gradeNote, gradeReply } from '../../../src/grader/index';
import { noteTargetSchema, scenarioSchema } from '../../../src/schemas/scenario';

interface Fixture {
  id: string;
  scenario?: unknown;
  target?: unknown;
  text: string;
  expect: Record<string, boolean | null>;
}

const load = (file: string): Fixture[] =>
  readFileSync(new URL(`../../fixtures/${file}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Fixture);

/** Per-criterion agreement and the disagreements, for the report and for debugging. */
export function agreement(
  fixtures: Fixture[],
  grade: (f: Fixture) => ReturnType<typeof gradeReply>,
) {
  const stats = new Map<string, { agree: number; total: number; misses: string[] }>();
  for (const f of fixtures) {
    const result = grade(f);
    for (const [id, want] of Object.entries(f.expect)) {
      const got = result.criteria.find((c) => c.id === id)?.met;
      const s = stats.get(id) ?? { agree: 0, total: 0, misses: [] };
      s.total++;
      if (got === want) s.agree++;
      else s.misses.push(`${f.id} want ${want} got ${got}: ${f.text.slice(0, 90)}`);
      stats.set(id, s);
    }
  }
  return stats;
}

function report(name: string, stats: ReturnType<typeof agreement>) {
  const lines = [...stats].map(
    ([id, s]) =>
      `  ${id.padEnd(20)} ${((100 * s.agree) / s.total).toFixed(1).padStart(5)}%  (${s.agree}/${s.total})`,
  );
  console.log(`${name} agreement per criterion:\n${lines.join('\n')}`);
}

describe('gradeReply', () => {
  const fixtures = load('replies.jsonl');
  const stats = agreement(fixtures, (f) => gradeReply(scenarioSchema.parse(f.scenario), f.text));

  test('has at least 150 hand-labelled drafts', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(150);
  });

  test('agrees with the labels on at least 95% of drafts per criterion', () => {
    report('Reply', stats);
    for (const [id, s] of stats) {
      expect(s.agree / s.total, `${id}:\n${s.misses.join('\n')}`).toBeGreaterThanOrEqual(0.95);
    }
  });
});

describe('gradeNote', () => {
  const fixtures = load('notes.jsonl');
  const stats = agreement(fixtures, (f) => gradeNote(noteTargetSchema.parse(f.target), f.text));

  test('has at least 40 hand-labelled notes', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(40);
  });

  test('agrees with the labels on at least 95% of notes per criterion', () => {
    report('Note', stats);
    for (const [id, s] of stats) {
      expect(s.agree / s.total, `${id}:\n${s.misses.join('\n')}`).toBeGreaterThanOrEqual(0.95);
    }
  });
});
