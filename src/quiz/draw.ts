/**
 * Drawing a self-assessment from its own pool (see pool.ts): a seeded, stratified sample so that
 * every skill appears in every set (spotting flags, choosing the verdict, writing replies), the
 * verdicts to decide cover accept, reply and ignore, and no scenario is asked twice.
 */
import type { Scenario } from '../schemas/scenario';
import { quizPool } from './pool';
import { rngFromSeed, shuffle } from './prng';
import { taskApplies, type TaskKind } from '../tasks';

/** The quiz lengths offered. */
export const QUIZ_LENGTHS = [5, 10, 15] as const;
/** One of {@link QUIZ_LENGTHS}. */
export type QuizLength = (typeof QUIZ_LENGTHS)[number];
/** The length when the URL does not say. */
export const DEFAULT_QUIZ_LENGTH: QuizLength = 10;

/** The quiz's question kinds, one per skill. */
export type QuizKind = Extract<TaskKind, 'spot' | 'decide' | 'reply'>;

/** One drawn question: a scenario and what to do with it. */
export interface QuizItem {
  scenario: string;
  kind: QuizKind;
}

/**
 * How many questions of each kind a set of `n` holds: three replies in ten (30%, rounded), the
 * rest split between spotting and deciding, deciding taking the odd one.
 */
export function quizPlan(n: number): Record<QuizKind, number> {
  const reply = Math.round(n * 0.3);
  const spot = Math.floor((n - reply) / 2);
  return { spot, decide: n - reply - spot, reply };
}

/**
 * Takes up to `count` scenarios from `pool`, one from each group in turn (groups by `key`, in a
 * seeded order), so that the sample spreads over the groups instead of clustering.
 */
function roundRobin(
  pool: readonly Scenario[],
  key: (s: Scenario) => string,
  count: number,
  rng: () => number,
  used: Set<string>,
): Scenario[] {
  const groups = new Map<string, Scenario[]>();
  for (const s of pool) groups.set(key(s), [...(groups.get(key(s)) ?? []), s]);
  const queues = shuffle([...groups.keys()].sort(), rng).map((k) => shuffle(groups.get(k)!, rng));
  const out: Scenario[] = [];
  while (out.length < count && queues.some((q) => q.length)) {
    for (const queue of queues) {
      if (out.length >= count) break;
      let next = queue.shift();
      while (next && used.has(next.id)) next = queue.shift();
      if (!next) continue;
      used.add(next.id);
      out.push(next);
    }
  }
  return out;
}

/**
 * Draws `n` questions with `seed` from the quiz pool of `bank` (scenarios with `pool: quiz`;
 * any other scenario given is left out, so a lesson or practice item can never be asked).
 * Deterministic: the pool is sorted by id first, so the same seed, length and pool give the same
 * set whatever order the bank came in and whatever else it holds. Replies come
 * from scenarios with a model reply (spread over routes), spotting from scenarios with red flags
 * (spread over their first flag), deciding from all (spread over verdicts). The questions are then
 * shuffled together. A pool too small for the plan gives a shorter set.
 */
export function drawQuiz(
  bank: readonly Scenario[],
  seed: string,
  n: number = DEFAULT_QUIZ_LENGTH,
): QuizItem[] {
  const rng = rngFromSeed(`${seed}:${n}`);
  const sorted = quizPool(bank);
  const plan = quizPlan(n);
  const used = new Set<string>();
  const take = (kind: QuizKind, key: (s: Scenario) => string) =>
    roundRobin(
      sorted.filter((s) => taskApplies(s, kind)),
      key,
      plan[kind],
      rng,
      used,
    ).map((s): QuizItem => ({ scenario: s.id, kind }));
  // Replies first: their pool is the narrowest, so the other kinds must not use it up.
  const reply = take('reply', (s) => s.invitation.via);
  const spot = take('spot', (s) => s.answer.flags[0] ?? '');
  const decide = take('decide', (s) => s.answer.verdict);
  return shuffle([...reply, ...spot, ...decide], rng);
}

/** Reads `n` from the URL: one of the offered lengths, else the default. */
export function parseQuizLength(value: string | null | undefined): QuizLength {
  const n = Number(value);
  return (QUIZ_LENGTHS as readonly number[]).includes(n) ? (n as QuizLength) : DEFAULT_QUIZ_LENGTH;
}
