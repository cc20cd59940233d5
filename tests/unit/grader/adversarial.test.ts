/**
 * Drafts written to fool the grader (word salad, rubric phrases, rude but complete, contact
 * details, accepting, one word, spam, notes that lie, pitches without sales words, notes cut at
 * 300) and good drafts in unusual shapes, written and labelled blind by people who never saw the
 * rules (tests/fixtures/adversarial.jsonl). Every one must get the verdict a teacher gives, and a
 * failed draft's feedback must lead with the criterion the teacher would name first.
 */
import { describe, expect, test } from 'vitest';
import { gradeNote, gradeReply } from '../../../src/grader/index';
import { loadBank } from '../../../src/node/bank';
import { noteFactsSchema, noteTargetSchema } from '../../../src/schemas/scenario';
import { labelledDrafts } from './helpers';

interface Adversarial {
  id: string;
  kind: 'reply' | 'note';
  scenario?: string;
  target?: unknown;
  you?: unknown;
  context?: unknown;
  category: string;
  text: string;
  expect: { passed: boolean; lead: string | null };
}

const drafts = labelledDrafts('adversarial.jsonl') as unknown as Adversarial[];
const { scenarios } = loadBank();

function grade(d: Adversarial) {
  if (d.kind === 'reply') return gradeReply(scenarios.get(d.scenario!)!, d.text);
  const facts =
    d.you && d.context ? noteFactsSchema.parse({ you: d.you, context: d.context }) : undefined;
  return gradeNote(noteTargetSchema.parse(d.target), d.text, facts);
}

describe('adversarial drafts', () => {
  test('at least 80 drafts that try to fool the grader and 40 good ones in unusual shapes', () => {
    expect(drafts.filter((d) => !d.expect.passed).length).toBeGreaterThanOrEqual(80);
    expect(drafts.filter((d) => d.expect.passed).length).toBeGreaterThanOrEqual(40);
  });

  test.each(drafts.map((d) => [`${d.id} (${d.category})`, d] as const))('%s', (_name, d) => {
    const result = grade(d);
    expect({ passed: result.passed, lead: result.lead ?? null }, d.text).toEqual(d.expect);
  });
});
