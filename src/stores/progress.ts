/**
 * The learner's progress through the course, kept in this browser.
 *
 * Stored under the key `snty:progress` as JSON. Shapes and migrations:
 *
 * - **v2** (current):
 *   ```
 *   { v: 2,
 *     exercises: { [exerciseId]: { attempts, passed, best: { score, maxScore },
 *                                  last: { answer, score, maxScore, passed, at } } },
 *     answers: { [exerciseId]: { answer, at } },
 *     lessons: { [lessonId]: { visited?: ISO time, reachedEnd?: ISO time } },
 *     lastLesson?: lessonId }
 *   ```
 *   `exerciseId` is `<kind>:<id>` (`verdict:betty-same-school`, `note:lesson8-note-1`), or
 *   `practice:<scenario id>:<kind>` for a practice item. `exercises` holds the result of the
 *   checks: how many, whether any passed, the best score and the last check with the answer
 *   checked. `answers` holds the answer as the learner left it, checked or not (the verdict and
 *   flags they ticked), so an exercise comes back as it was after a reload. An answer is an
 *   {@link ExerciseAnswer}. A lesson is complete when its exercises are passed (src/mastery);
 *   `reachedEnd` only says the learner scrolled to its end.
 * - **v1**: `{ v: 1, exercises: { [id]: { attempts, best, passed, last, at } }, lessons:
 *   { [id]: { visited?, completed? } }, lastLesson? }`, where `last` was the raw answer (the text
 *   of a writing exercise, the decision of a follow-up) and `completed` meant "scrolled to the
 *   end".
 *
 * Migrations:
 * - **1 → 2**: `last` becomes `last.answer` in the {@link ExerciseAnswer} shape (a text becomes
 *   `{ text }`, a follow-up's decision `{ decision }`), with `at` moved into it; v1 kept no score
 *   of the last check, so `last` takes the best score and `passed`. A lesson's `completed`
 *   becomes `reachedEnd`: scrolling no longer completes a lesson. `answers` starts empty.
 *
 * To change the shape again, bump `v`, add `migrations[2] = (old: ProgressV2) => ProgressV3`
 * and describe it here. Data of an unknown version (say, written by a newer deploy in another
 * tab) is set aside like unreadable data, with the same notice as drafts (./versioned-atom).
 */
import { clearDrafts } from './drafts';
import { isRecord, isRecordOf, versionedAtom } from './versioned-atom';

/** A score as the grader gives it. */
export interface Score {
  score: number;
  maxScore: number;
}

/**
 * A learner's answer to one exercise; each kind fills its own fields. Other fields an exercise
 * needs are kept as they are.
 */
export interface ExerciseAnswer {
  /** The verdict chosen (accept, reply, ignore). */
  verdict?: string | null;
  /** The red flags ticked. */
  flags?: string[];
  /** The parts of the card marked as suspicious. */
  marks?: string[];
  /** The text written (a reply, a note). */
  text?: string;
  /** The decision once the sender has answered. */
  decision?: string | null;
  [field: string]: unknown;
}

/** One check: the answer checked and its result. */
export interface CheckResult extends Score {
  answer: ExerciseAnswer;
  passed: boolean;
  /** When it was checked (ISO 8601). */
  at: string;
}

/** What the course remembers about one exercise's checks. */
export interface ExerciseProgress {
  /** How many times the learner pressed Check. */
  attempts: number;
  /** The best result so far, by share of the maximum. */
  best: Score;
  /** True once any check passed. */
  passed: boolean;
  /** The last check. */
  last: CheckResult;
}

/** An answer as the learner left it, checked or not. */
export interface SavedAnswer {
  answer: ExerciseAnswer;
  /** When it was saved (ISO 8601). */
  at: string;
}

/** When the learner opened a lesson and when they scrolled to its end (ISO 8601). */
export interface LessonProgress {
  visited?: string;
  reachedEnd?: string;
}

/** The stored progress, version 2. */
export interface Progress {
  v: 2;
  exercises: Record<string, ExerciseProgress>;
  answers: Record<string, SavedAnswer>;
  lessons: Record<string, LessonProgress>;
  /** The lesson opened most recently, for "Continue where you left off". */
  lastLesson?: string;
}

/** The stored progress, version 1 (see the migrations above). */
interface ProgressV1 {
  v: 1;
  exercises: Record<
    string,
    { attempts: number; best: Score; passed: boolean; last: unknown; at: string }
  >;
  lessons: Record<string, { visited?: string; completed?: string }>;
  lastLesson?: string;
}

const isScore = (x: unknown): x is Score =>
  isRecord(x) && typeof x.score == 'number' && typeof x.maxScore == 'number';

const isCheck = (x: unknown): x is CheckResult =>
  isRecord(x) &&
  isRecord(x.answer) &&
  typeof x.passed == 'boolean' &&
  typeof x.at == 'string' &&
  isScore(x);

const isExercise = (x: unknown): x is ExerciseProgress =>
  isRecord(x) &&
  typeof x.attempts == 'number' &&
  isScore(x.best) &&
  typeof x.passed == 'boolean' &&
  isCheck(x.last);

const isSavedAnswer = (x: unknown): x is SavedAnswer =>
  isRecord(x) && isRecord(x.answer) && typeof x.at == 'string';

const isLesson = (x: unknown): x is LessonProgress =>
  isRecord(x) &&
  ['visited', 'reachedEnd'].every((k) => x[k] === undefined || typeof x[k] == 'string');

const isProgress = (x: unknown): x is Progress =>
  isRecord(x) &&
  x.v === 2 &&
  isRecordOf(x.exercises, isExercise) &&
  isRecordOf(x.answers, isSavedAnswer) &&
  isRecordOf(x.lessons, isLesson) &&
  (x.lastLesson === undefined || typeof x.lastLesson == 'string');

/**
 * Any answer an exercise hands to Check, in the stored shape: a record is kept as it is, a
 * follow-up's decision becomes `{ decision }` and any other text `{ text }`.
 */
export function toExerciseAnswer(exerciseId: string, raw: unknown): ExerciseAnswer {
  if (isRecord(raw)) return { ...raw };
  const kind = exerciseId.startsWith('practice:')
    ? exerciseId.split(':')[2]
    : exerciseId.split(':')[0];
  if (kind === 'followup') return { decision: typeof raw == 'string' ? raw : null };
  return typeof raw == 'string' ? { text: raw } : {};
}

/** Version 1 to version 2 (see the migrations above). Wrongly shaped parts fail validation. */
function migrateV1(old: ProgressV1): Progress {
  const exercises: Record<string, unknown> = {};
  for (const [id, e] of Object.entries(isRecord(old.exercises) ? old.exercises : {})) {
    exercises[id] = !isRecord(e)
      ? e
      : {
          attempts: e.attempts,
          best: e.best,
          passed: e.passed,
          last: { answer: toExerciseAnswer(id, e.last), ...e.best, passed: e.passed, at: e.at },
        };
  }
  const lessons: Record<string, unknown> = {};
  for (const [id, l] of Object.entries(isRecord(old.lessons) ? old.lessons : {})) {
    lessons[id] = !isRecord(l)
      ? l
      : {
          ...(l.visited !== undefined && { visited: l.visited }),
          ...(l.completed !== undefined && { reachedEnd: l.completed }),
        };
  }
  return {
    v: 2,
    exercises: exercises as Progress['exercises'],
    answers: {},
    lessons: lessons as Progress['lessons'],
    ...(old.lastLesson !== undefined && { lastLesson: old.lastLesson }),
  };
}

/** A fresh, empty progress. */
export const emptyProgress = (): Progress => ({ v: 2, exercises: {}, answers: {}, lessons: {} });

/** The learner's progress; survives reloads and stays in step across tabs. */
export const $progress = versionedAtom<Progress>({
  key: 'snty:progress',
  empty: emptyProgress,
  migrations: { 1: migrateV1 },
  isValid: isProgress,
});

const share = ({ score, maxScore }: Score) => (maxScore ? score / maxScore : 0);

/**
 * Records one check: counts the attempt, keeps the best score, whether any check passed, and the
 * last answer checked with its result. The answer is also kept as the learner's current answer.
 */
export function recordAttempt(
  exerciseId: string,
  result: Score & { passed: boolean },
  answer: unknown,
): void {
  const progress = $progress.get();
  const before = progress.exercises[exerciseId];
  const { score, maxScore, passed } = result;
  const at = new Date().toISOString();
  const checked = toExerciseAnswer(exerciseId, answer);
  $progress.set({
    ...progress,
    exercises: {
      ...progress.exercises,
      [exerciseId]: {
        attempts: (before?.attempts ?? 0) + 1,
        best: before && share(before.best) >= share(result) ? before.best : { score, maxScore },
        passed: !!before?.passed || passed,
        last: { answer: checked, score, maxScore, passed, at },
      },
    },
    answers: { ...progress.answers, [exerciseId]: { answer: checked, at } },
  });
}

/**
 * Saves the learner's current answer (before or after a check), so it comes back after a reload;
 * `null` forgets it (after "Try again").
 */
export function saveAnswer(exerciseId: string, answer: ExerciseAnswer | null): void {
  const progress = $progress.get();
  const answers = { ...progress.answers };
  if (answer) answers[exerciseId] = { answer, at: new Date().toISOString() };
  else delete answers[exerciseId];
  $progress.set({ ...progress, answers });
}

/** The learner's current answer to an exercise: as they left it, else as last checked. */
export function readAnswer(exerciseId: string): ExerciseAnswer | undefined {
  const progress = $progress.get();
  return progress.answers[exerciseId]?.answer ?? progress.exercises[exerciseId]?.last.answer;
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

/**
 * Notes that the learner scrolled to the end of a lesson (the first time only). This does not
 * complete it: a lesson is complete when its exercises are passed (src/mastery).
 */
export function markLessonEndReached(lessonId: string): void {
  if ($progress.get().lessons[lessonId]?.reachedEnd) return;
  updateLesson(lessonId, { reachedEnd: new Date().toISOString() });
}

/** Forgets all progress and every draft, in this tab and the others. */
export function resetProgress(): void {
  $progress.set(emptyProgress());
  clearDrafts();
}
