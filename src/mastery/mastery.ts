/**
 * Mastery: a lesson is complete when every one of its exercises has been passed, not when it has
 * been scrolled through. Pure functions of the saved progress (see src/stores/progress.ts), so
 * the home page, the lesson pages, the review page and the SCORM adapter agree on one count.
 */

/** What mastery reads of the saved progress: whether each exercise was ever passed. */
export interface MasteryProgress {
  /** By exercise id (`verdict:betty-same-school`); an exercise never checked is absent. */
  exercises: Readonly<Record<string, { passed: boolean } | undefined>>;
  /** By lesson id; `reachedEnd` completes a lesson that has no exercise. */
  lessons?: Readonly<Record<string, { reachedEnd?: string } | undefined>>;
}

/** A lesson as mastery sees it: its id and its exercise ids in page order. */
export interface MasteryLesson {
  id: string;
  /** Exercise ids, or anything with an `id` (an ExerciseRef). */
  exercises: readonly (string | { id: string })[];
}

/** How far a learner has got with one lesson. */
export interface LessonMastery {
  lessonId: string;
  /** Exercises in the lesson. */
  total: number;
  /** Exercises passed at least once. */
  passed: number;
  /**
   * True when every exercise has been passed; a lesson without exercises is complete once its
   * end has been read.
   */
  complete: boolean;
  /** The first exercise, in page order, not passed yet: the learner's next step. */
  next?: string;
  /** Exercises checked at least once and never passed, in page order. */
  missed: string[];
}

/** How far a learner has got with the whole course. */
export interface CourseMastery {
  /** Exercises in the course. */
  total: number;
  /** Exercises passed at least once. */
  passed: number;
  /** `passed / total`, from 0 to 1 (0 for a course without exercises). */
  share: number;
  /** Lessons complete, and lessons in all. */
  lessonsComplete: number;
  lessonCount: number;
  /** True when every lesson is complete. */
  complete: boolean;
  /** Each lesson's mastery, in course order. */
  lessons: LessonMastery[];
  /** The first exercise of the course not passed yet, and its lesson. */
  next?: { lessonId: string; exerciseId: string };
  /** Every exercise checked and never passed, with its lesson, in course order. */
  missed: { lessonId: string; exerciseId: string }[];
}

const idOf = (exercise: string | { id: string }) =>
  typeof exercise == 'string' ? exercise : exercise.id;

/**
 * The mastery of one lesson from the saved progress.
 * @example lessonMastery({ id: '03-false-claims', exercises: ['verdict:a', 'verdict:b'] }, progress)
 */
export function lessonMastery(lesson: MasteryLesson, progress: MasteryProgress): LessonMastery {
  const ids = lesson.exercises.map(idOf);
  const isPassed = (id: string) => progress.exercises[id]?.passed === true;
  const passed = ids.filter(isPassed).length;
  return {
    lessonId: lesson.id,
    total: ids.length,
    passed,
    complete: ids.length ? passed === ids.length : !!progress.lessons?.[lesson.id]?.reachedEnd,
    next: ids.find((id) => !isPassed(id)),
    missed: ids.filter((id) => progress.exercises[id] && !isPassed(id)),
  };
}

/**
 * The mastery of the course: exercises passed of all, lessons complete, the next step and the
 * exercises to review. For SCORM, `share` is the score (0 to 1) and `complete` the completion.
 * @example courseMastery(await getLessonExercises(), $progress.get())
 */
export function courseMastery(
  lessons: readonly MasteryLesson[],
  progress: MasteryProgress,
): CourseMastery {
  const each = lessons.map((lesson) => lessonMastery(lesson, progress));
  const total = each.reduce((sum, l) => sum + l.total, 0);
  const passed = each.reduce((sum, l) => sum + l.passed, 0);
  const lessonsComplete = each.filter((l) => l.complete).length;
  const nextLesson = each.find((l) => l.next);
  return {
    total,
    passed,
    share: total ? passed / total : 0,
    lessonsComplete,
    lessonCount: each.length,
    complete: lessonsComplete === each.length,
    lessons: each,
    next: nextLesson && { lessonId: nextLesson.lessonId, exerciseId: nextLesson.next! },
    missed: each.flatMap((l) =>
      l.missed.map((exerciseId) => ({ lessonId: l.lessonId, exerciseId })),
    ),
  };
}
