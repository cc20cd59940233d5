/**
 * The scoring policy of the written exercises, as a teacher would sign it (docs/grader.md,
 * "Scoring policy"):
 *
 * - **Must-haves.** A reply that is discourteous, shares contact details or accepts already is
 *   not passed, whatever its points; a note that misstates the relationship, pressures, pitches or
 *   would be cut at 300 characters is not passed either. The feedback leads with the must-have.
 * - **No credit for absence.** A draft that attempts none of the task (meets none of the
 *   `attempt` criteria) scores 0: being short, polite or private earns nothing on its own.
 * - **Weights.** The parts the lessons stress most (the two questions and the correction; for a
 *   note, how you know them and why you write) weigh 2, the rest 1.
 * - **Lead.** A draft not passed leads with its first failing must-have, else the first unmet
 *   criterion in `leadOrder`; "Well done" (passed) only when every must-have holds and the score
 *   reaches 80%.
 */
import type { CriterionId } from './criteria';
import { PASS_RATIO } from './result';
import type { Criterion, GradeResult } from './types';

/** One exercise's policy. */
export interface ScoringPolicy {
  /** Points per criterion; criteria not listed weigh 1. */
  weights: Partial<Record<CriterionId, number>>;
  /** Criteria that must be met for a pass, in the order the feedback names them. */
  mustHaves: readonly CriterionId[];
  /** Criteria that show the draft attempts the task; with none met the score is 0. */
  attempt: readonly CriterionId[];
  /** After the must-haves, the order in which unmet criteria lead the feedback. */
  leadOrder: readonly CriterionId[];
  /** What the learner is told when nothing of the task was attempted. */
  noAttempt: string;
}

/** The clarifying reply's policy. */
export const REPLY_POLICY: ScoringPolicy = {
  weights: { 'asks-how-we-know': 2, 'asks-how-to-help': 2, 'corrects-the-claim': 2 },
  mustHaves: ['courteous', 'keeps-private', 'does-not-accept'],
  attempt: [
    'greets-by-name',
    'names-the-claim',
    'corrects-the-claim',
    'graceful-out',
    'asks-how-we-know',
    'asks-how-to-help',
  ],
  leadOrder: [
    'asks-how-we-know',
    'asks-how-to-help',
    'corrects-the-claim',
    'names-the-claim',
    'greets-by-name',
    'graceful-out',
    'concise',
  ],
  noAttempt:
    'This does not do the task yet: greet the sender, say what the invitation claimed, correct it and ask your two questions.',
};

/** The invitation note's policy. */
export const NOTE_POLICY: ScoringPolicy = {
  weights: { 'says-how-we-know': 2, 'gives-a-reason': 2 },
  mustHaves: ['honest', 'courteous', 'no-pitch', 'within-limit'],
  attempt: ['greets-by-name', 'says-how-we-know', 'gives-a-reason'],
  leadOrder: ['says-how-we-know', 'gives-a-reason', 'greets-by-name'],
  noAttempt:
    'This does not do the task yet: greet them by name, say how you know them and why you would like to connect.',
};

const weightOf = (policy: ScoringPolicy, id: string) => policy.weights[id as CriterionId] ?? 1;

/**
 * Scores criteria by `policy`: weighted points, the attempt gate, the must-haves, and the lead
 * (the criterion to fix first, which the feedback shows before the others). The criteria stay in
 * rubric order.
 */
export function applyPolicy(criteria: Criterion[], policy: ScoringPolicy): GradeResult {
  const has = (ids: readonly string[], met: boolean) =>
    ids.find((id) => criteria.some((c) => c.id === id && c.met === met));
  const attempted = !!has(policy.attempt, true);
  let score = 0;
  let maxScore = 0;
  for (const c of criteria) {
    if (c.met === null) continue;
    const w = weightOf(policy, c.id);
    maxScore += w;
    if (c.met && attempted) score += w;
  }
  const failedMustHave = has(policy.mustHaves, false);
  const passed = attempted && !failedMustHave && maxScore > 0 && score / maxScore >= PASS_RATIO;
  const lead = passed ? undefined : (failedMustHave ?? has(policy.leadOrder, false));
  const first = lead ? criteria.find((c) => c.id === lead) : undefined;
  const result: GradeResult = { score, maxScore, passed, criteria };
  if (lead) result.lead = lead;
  if (!attempted) result.summary = policy.noAttempt;
  else if (failedMustHave) result.summary = `Not passed, whatever the points: ${first!.feedback}`;
  return result;
}
