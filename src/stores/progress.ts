/**
 * The learner's progress through the course, kept in this browser.
 *
 * Stored under the key `snty:progress` as JSON. Shapes and migrations:
 *
 * - **v1** (current):
 *   ```
 *   { v: 1,
 *     exercises: { [exerciseId]: { attempts, best: { score, maxScore }, passed, last, at } },
 *     lessons: { [lessonId]: { visited?: ISO time, completed?: ISO time } },
 *     lastLesson?: lessonId }
 *   ```
 *   `exerciseId` is `<kind>:<id>`, e.g. `verdict:betty-same-school` or `note:invite-a-speaker`;
 *   `last` is the last answer checked (kind-specific JSON), `at` the time of that check.
 *
 * Migrations: none yet, v1 is the first shape. To change the shape, bump `v`, add
 * `migrations[1] = (old: ProgressV1) => ProgressV2` and describe it here. Data of an unknown
 * version (say, written by a newer deploy in another tab) is set aside like unreadable data.
 */
import { computed } from 'nanostores';
import { clearDrafts } from './drafts';
import { isRecord, isRecordOf, versionedAtom } from './versioned-atom';

/** A score as the grader gives it. */
export interface Score {
  score: number;
  maxScore: number;
}

/** What the course remembers about one exercise. */
export interface ExerciseProgress {
  /** How many times the learner pressed Check. */
  attempts: number;
  /** The best result so far, by share of the maximum. */
  best: Score;
  /** True once any attempt passed. */
  passed: boolean;
  /** The last answer checked (the verdict and flags, the text, or the decision). */
  last: unknown;
  /** When the last answer was checked (ISO 8601). */
  at: string;
}

/** When the learner opened a lesson and when they finished it (ISO 8601). */
export interface LessonProgress {
  visited?: string;
  completed?: string;
}

/** The stored progress, version 1. */
export interface Progress {
  v: 1;
  exercises: Record<string, ExerciseProgress>;
  lessons: Record<string, LessonProgress>;
  /** The lesson opened most recently, for "Continue where you left off". */
  lastLesson?: string;
}

const isScore = (x: unknown): x is Score =>
  isRecord(x) && typeof x.score == 'number' && typeof x.maxScore == 'number';

const isExercise = (x: unknown): x is ExerciseProgress =>
  isRecord(x) &&
  typeof x.attempts == 'number' &&
  isScore(x.best) &&
  typeof x.passed == 'boolean' &&
  typeof x.at == 'string';

const isLesson = (x: unknown): x is LessonProgress =>
  isRecord(x) &&
  ['visited', 'completed'].every((k) => x[k] === undefined || typeof x[k] == 'string');

const isProgress = (x: unknown): x is Progress =>
  isRecord(x) &&
  x.v === 1 &&
  isRecordOf(x.exercises, isExercise) &&
  isRecordOf(x.lessons, isLesson) &&
  (x.lastLesson === undefined || typeof x.lastLesson == 'string');

/** The learner's progress; survives reloads and stays in step across tabs. */
export const $progress = versionedAtom<Progress>({
  key: 'snty:progress',
  empty: () => ({ v: 1, exercises: {}, lessons: {} }),
  migrations: {},
  isValid: isProgress,
});

/** Ids of the lessons the learner has completed. */
export const $completedLessons = /* @__PURE__ */ computed($progress, (p) =>
  Object.keys(p.lessons).filter((id) => p.lessons[id]?.completed),
);

const share = ({ score, maxScore }: Score) => (maxScore ? score / maxScore : 0);

/** Records one checked answer: counts the attempt, keeps the best score and the last answer. */
export function recordAttempt(
  exerciseId: string,
  result: Score & { passed: boolean },
  answer: unknown,
): void {
  const progress = $progress.get();
  const before = progress.exercises[exerciseId];
  const { score, maxScore } = result;
  $progress.set({
    ...progress,
    exercises: {
      ...progress.exercises,
      [exerciseId]: {
        attempts: (before?.attempts ?? 0) + 1,
        best: before && share(before.best) >= share(result) ? before.best : { score, maxScore },
        passed: !!before?.passed || result.passed,
        last: answer,
        at: new Date().toISOString(),
      },
    },
  });
}

function updateLesson(lessonId: string, change: LessonProgress, lastLesson?: string): void {
  const progress = $progress.get();
  $progress.set({
    ...progress,
    lessons: { ...progress.lessons, [lessonId]: { ...progress.lessons[lessonId], ...change } },
    lastLesson: lastLesson ?? progress.lastLesson,
  });
}

/** Notes that the learner opened a lesson; it becomes the place to continue from. */
export function markLessonVisited(lessonId: string): void {
  updateLesson(lessonId, { visited: new Date().toISOString() }, lessonId);
}

/** Marks a lesson complete (the learner reached its end). Completing it again keeps the first time. */
export function markLessonComplete(lessonId: string): void {
  if ($progress.get().lessons[lessonId]?.completed) return;
  updateLesson(lessonId, { completed: new Date().toISOString() });
}

/** Forgets all progress and every draft, in this tab and the others. */
export function resetProgress(): void {
  $progress.set({ v: 1, exercises: {}, lessons: {} });
  clearDrafts();
}
