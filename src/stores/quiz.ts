/**
 * Self-assessments in progress, so that a reload (or a closed tab) keeps the answers given.
 *
 * Stored under the key `snty:quiz` as JSON, through the shared storage engine (a refused write
 * keeps working in memory with a notice; unreadable data is set aside with a notice). Shapes:
 *
 * - **v2** (current): `{ v: 2, runs: { ["<seed>:<n>"]: { answers: { [index]: TaskAnswer },
 *   current, finished, at } } }`. `at` is the last change (ISO 8601); only the
 *   {@link MAX_QUIZ_RUNS} most recent runs are kept.
 * - **v1**: the same, but a reply draft was kept as `text` (v2 calls it `reply`, like the
 *   results files and every other answer).
 *
 * Migrations: `1 -> 2` renames each answer's `text` to `reply`.
 */
import type { TaskAnswer } from '../tasks';
import { runsStore, type RunsStore } from './runs';
import { isRecord } from './versioned-atom';

/** One self-assessment in progress or finished. */
export interface QuizRun {
  /** Answers by question index. */
  answers: Record<string, TaskAnswer>;
  /** The question on screen. */
  current: number;
  /** True once the learner asked for the results. */
  finished: boolean;
  /** Last change (ISO 8601). */
  at: string;
}

/** The stored runs, version 2. */
export type QuizRuns = RunsStore<QuizRun, 2>;

/** How many runs are kept: older ones are dropped so storage never grows without bound. */
export const MAX_QUIZ_RUNS = 5;

/** True when `x` has the shape of one stored self-assessment run (also checks LMS resume data). */
export const isQuizRun = (x: unknown): x is QuizRun =>
  isRecord(x) &&
  isRecord(x.answers) &&
  typeof x.current == 'number' &&
  typeof x.finished == 'boolean' &&
  typeof x.at == 'string';

/** Renames a v1 answer's `text` to `reply`; anything else passes through for validation. */
export function migrateQuizRun(run: unknown): unknown {
  if (!isRecord(run) || !isRecord(run.answers)) return run;
  const answers = Object.fromEntries(
    Object.entries(run.answers).map(([i, a]) => {
      if (!isRecord(a) || !('text' in a)) return [i, a];
      const { text, ...rest } = a;
      return [i, { ...rest, reply: text }];
    }),
  );
  return { ...run, answers };
}

/** A fresh run. */
export const emptyQuizRun = (): QuizRun => ({ answers: {}, current: 0, finished: false, at: '' });

/** Self-assessment runs by `<seed>:<n>`. */
export const quizRuns = runsStore<QuizRun, 2>({
  key: 'snty:quiz',
  version: 2,
  max: MAX_QUIZ_RUNS,
  isRun: isQuizRun,
  fresh: emptyQuizRun,
  upgradeRun: migrateQuizRun,
  migrations: {
    1: (old: { v: 1; runs: unknown }) => ({
      v: 2,
      runs: isRecord(old.runs)
        ? Object.fromEntries(Object.entries(old.runs).map(([k, r]) => [k, migrateQuizRun(r)]))
        : old.runs,
    }),
  },
});

/** Every saved self-assessment run. */
export const $quizRuns = quizRuns.$runs;

/** The key of a run: the seed and the length, since both decide the questions. */
export const quizRunKey = (seed: string, n: number): string => `${seed}:${n}`;
