/**
 * Agreement with hand-labelled drafts: every reply and note fixture carries the label a careful
 * instructor would give per criterion. Prints the agreement per criterion; fails below 95%.
 */
import { describe, expect, test } from 'vitest';
import { gradeNote, gradeReply } from '../../../src/grader/index';
import { noteFactsSchema, noteTargetSchema, scenarioSchema } from '../../../src/schemas/scenario';
import { labelledDrafts, type LabelledDraft } from './helpers';

/** Per-criterion agreement and the disagreements, for the report and for debugging. */
export function agreement(
  fixtures: LabelledDraft[],
  grade: (f: LabelledDraft) => ReturnType<typeof gradeReply>,
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

/** Each grader, its labelled fixture and the fewest drafts it must hold. */
const GRADERS = [
  {
    fn: 'gradeReply',
    name: 'Reply',
    file: 'replies.jsonl',
    min: 150,
    what: 'drafts',
    grade: (f: LabelledDraft) => gradeReply(scenarioSchema.parse(f.scenario), f.text),
  },
  {
    fn: 'gradeNote',
    name: 'Note',
    file: 'notes.jsonl',
    min: 40,
    what: 'notes',
    // Notes that come with the facts (who you are, how you know them) are checked against them.
    grade: (f: LabelledDraft) =>
      gradeNote(
        noteTargetSchema.parse(f.target),
        f.text,
        f.you && f.context ? noteFactsSchema.parse({ you: f.you, context: f.context }) : undefined,
      ),
  },
];

for (const { fn, name, file, min, what, grade } of GRADERS) {
  describe(fn, () => {
    const fixtures = labelledDrafts(file);
    const stats = agreement(fixtures, grade);

    test(`has at least ${min} hand-labelled ${what}`, () => {
      expect(fixtures.length).toBeGreaterThanOrEqual(min);
    });

    test(`agrees with the labels on at least 95% of ${what} per criterion`, () => {
      report(name, stats);
      for (const [id, s] of stats) {
        expect(s.agree / s.total, `${id}:\n${s.misses.join('\n')}`).toBeGreaterThanOrEqual(0.95);
      }
    });
  });
}
