/**
 * Benchmarks, run with `npm run bench`. Prints figures, asserts nothing.
 * Each section is a named function in `sections`; append new sections to the array.
 */
import { benchGradebook } from './gradebook';
import { labelledDrafts } from '../unit/grader/helpers';
import { gradeNote, gradeReply } from '../../src/grader/index';
import {
  noteTargetSchema,
  scenarioSchema,
  type NoteTarget,
  type Scenario,
} from '../../src/schemas/scenario';

interface Section {
  name: string;
  run: () => string[];
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Median and p95 of `fn` over `items`, in microseconds, after a warm-up pass. */
function perItem<T>(
  items: T[],
  fn: (item: T) => unknown,
  rounds = 20,
): { median: number; p95: number } {
  for (const item of items) fn(item);
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const item of items) {
      const t0 = performance.now();
      fn(item);
      times.push((performance.now() - t0) * 1000);
    }
  }
  times.sort((a, b) => a - b);
  return { median: percentile(times, 50), p95: percentile(times, 95) };
}

const sections: Section[] = [
  {
    name: 'gradeReply over the reply fixtures',
    run: () => {
      const items = labelledDrafts('replies.jsonl').map((f) => ({
        s: scenarioSchema.parse(f.scenario) as Scenario,
        text: f.text,
      }));
      const { median, p95 } = perItem(items, (i) => gradeReply(i.s, i.text));
      return [
        `${items.length} drafts: median ${median.toFixed(1)} µs, p95 ${p95.toFixed(1)} µs (goal: median < 200 µs)`,
      ];
    },
  },
  {
    name: 'gradeNote over the note fixtures',
    run: () => {
      const items = labelledDrafts('notes.jsonl').map((f) => ({
        t: noteTargetSchema.parse(f.target) as NoteTarget,
        text: f.text,
      }));
      const { median, p95 } = perItem(items, (i) => gradeNote(i.t, i.text));
      return [`${items.length} notes: median ${median.toFixed(1)} µs, p95 ${p95.toFixed(1)} µs`];
    },
  },
  {
    name: 'gradeReply on one 100 KB draft',
    run: () => {
      const s = scenarioSchema.parse(labelledDrafts('replies.jsonl')[0]!.scenario);
      const unit = 'Hi Lena, I never went to BU. Maybe the wrong Omar? How do we know each other? ';
      const drafts: [string, string][] = [
        ['prose', unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 100_000)],
        ['one long word', 'a'.repeat(100_000)],
        ['digits and dashes', '1-'.repeat(50_000)],
        ['at signs', 'a@'.repeat(50_000)],
      ];
      return drafts.map(([label, text]) => {
        gradeReply(s, text);
        let best = Infinity;
        for (let i = 0; i < 5; i++) {
          const t0 = performance.now();
          gradeReply(s, text);
          best = Math.min(best, performance.now() - t0);
        }
        return `${label}: ${best.toFixed(1)} ms (goal: < 50 ms)`;
      });
    },
  },
];

for (const section of sections) {
  console.log(`# ${section.name}`);
  for (const line of section.run()) console.log(`  ${line}`);
}

// Asynchronous: it regrades a generated class in Node, then imports it in Chromium.
console.log('# gradebook: importing 1,000 results files');
for (const line of await benchGradebook()) console.log(`  ${line}`);

export { sections };
