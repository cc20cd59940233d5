/**
 * Self-assessments in progress, so that a reload (or a closed tab) keeps the answers given.
 *
 * Stored under the key `snty:quiz` as JSON, through the shared storage engine (a refused write
 * keeps working in memory with a notice; unreadable data is set aside with a notice). Shapes:
 *
 * - **v1** (current): `{ v: 1, runs: { ["<seed>:<n>"]: { answers: { [index]: TaskAnswer },
 *   current, finished, at } } }`. `at` is the last change (ISO 8601); only the
 *   {@link MAX_QUIZ_RUNS} most recent runs are kept.
 *
 * Migrations: none yet, v1 is the first shape. To change it, bump `v`, add
 * `migrations[1] = (old: QuizRunsV1) => QuizRunsV2` and describe it here.
 */
import type { TaskAnswer } from '../quiz/tasks';
import { readRun, writeRun, type RunsStore } from './runs';
import { isRecord, isRecordOf, versionedAtom } from './versioned-atom';

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

/** The stored runs, version 1. */
export type QuizRuns = RunsStore<QuizRun>;

/** How many runs are kept: older ones are dropped so storage never grows without bound. */
export const MAX_QUIZ_RUNS = 5;

/** True when `x` has the shape of one stored self-assessment run (also checks LMS resume data). */
export const isQuizRun = (x: unknown): x is QuizRun =>
  isRecord(x) &&
  isRecord(x.answers) &&
  typeof x.current == 'number' &&
  typeof x.finished == 'boolean' &&
  typeof x.at == 'string';

/** Self-assessment runs by `<seed>:<n>`. */
export const $quizRuns = versionedAtom<QuizRuns>({
  key: 'snty:quiz',
  empty: () => ({ v: 1, runs: {} }),
  migrations: {},
  isValid: (x): x is QuizRuns => isRecord(x) && x.v === 1 && isRecordOf(x.runs, isQuizRun),
});

/** The key of a run: the seed and the length, since both decide the questions. */
export const quizRunKey = (seed: string, n: number): string => `${seed}:${n}`;

/** A fresh run. */
export const emptyQuizRun = (): QuizRun => ({ answers: {}, current: 0, finished: false, at: '' });

/** The saved run for a key, or a fresh one. */
export function readQuizRun(key: string): QuizRun {
  return readRun($quizRuns, key) ?? emptyQuizRun();
}

/** Saves changes to a run, dropping the oldest runs beyond {@link MAX_QUIZ_RUNS}. */
export function updateQuizRun(key: string, change: Partial<QuizRun>): void {
  const run = { ...readQuizRun(key), ...change, at: new Date().toISOString() };
  writeRun($quizRuns, key, run, MAX_QUIZ_RUNS);
}
