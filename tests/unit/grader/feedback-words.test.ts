/**
 * Feedback in the course's own words: no grader id (a red flag's, a route's, a verdict's or a
 * criterion's) in any string the grader can produce. The strings are collected from every
 * fixture draft, every bank scenario with every verdict, every red flag and every follow-up
 * decision, so a rule's feedback that leaks an id fails here.
 */
import { describe, expect, test } from 'vitest';
import {
  gradeFollowUp,
  gradeNote,
  gradeReply,
  gradeVerdict,
  type GradeResult,
} from '../../../src/grader/index';
import { loadBank } from '../../../src/node/bank';
import { FOLLOW_UP_DECISIONS, RED_FLAGS, VERDICTS } from '../../../src/schemas/constants';
import { noteFactsSchema, noteTargetSchema, scenarioSchema } from '../../../src/schemas/scenario';
import { labelledDrafts } from './helpers';

const { scenarios } = loadBank();
const results: GradeResult[] = [];
for (const s of scenarios.values()) {
  for (const verdict of [...VERDICTS, null]) {
    results.push(gradeVerdict(s, { verdict, flags: [...RED_FLAGS] }));
    results.push(gradeVerdict(s, { verdict, flags: [] }));
  }
  for (const d of [...FOLLOW_UP_DECISIONS, null]) results.push(gradeFollowUp(s, d));
  if (s.answer.reply) results.push(gradeReply(s, s.answer.reply), gradeReply(s, 'ok'));
}
for (const f of labelledDrafts('replies.jsonl'))
  results.push(gradeReply(scenarioSchema.parse(f.scenario), f.text));
for (const f of labelledDrafts('notes.jsonl'))
  results.push(
    gradeNote(
      noteTargetSchema.parse(f.target),
      f.text,
      f.you && f.context ? noteFactsSchema.parse({ you: f.you, context: f.context }) : undefined,
    ),
  );

const strings = [
  ...new Set(results.flatMap((r) => [r.summary ?? '', ...r.criteria.map((c) => c.feedback)])),
].filter(Boolean);

// Ids a learner must never read: red flags, the compound routes and decisions, criterion ids,
// a route id used as a word ("the none route"), and a verdict id standing alone ("Not reply.").
const LEAKS = [
  new RegExp(`\\b(${RED_FLAGS.join('|')})\\b`),
  /\b(worked-together|accept-with-caution|greets-by-name|names-the-claim|corrects-the-claim|graceful-out|asks-how-we-know|asks-how-to-help|does-not-accept|keeps-private|says-how-we-know|gives-a-reason|within-limit|no-pitch)\b/,
  // Route ids as words ("came through the none route"); authors may write "the Other route".
  /\bthe none route\b/,
  /\bNot (reply|accept|ignore)\./,
  /\bflag:/,
];

describe('every feedback string', () => {
  test('covers thousands of distinct strings', () => {
    expect(strings.length).toBeGreaterThan(2000);
  });

  test('names no grader id', () => {
    const leaks = strings.filter((s) => LEAKS.some((re) => re.test(s)));
    expect(leaks.slice(0, 10)).toEqual([]);
  });

  test('the leak check catches the old wording', () => {
    for (const old of [
      'the invitation came through the none route, so false-worked-together does not apply.',
      'Not reply. The best call is ignore.',
    ])
      expect(LEAKS.some((re) => re.test(old))).toBe(true);
  });
});
