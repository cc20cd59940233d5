/**
 * What a package's launch page knows about the package, written by the packager
 * (src/node/scorm-package/) into the launch page as JSON: which activity it holds, the page to
 * open first, the pass mark, and each lesson's exercises with the words the LMS's reports show.
 */
import type { Skill } from '~/tasks';

/** One exercise of a lesson, as the LMS's interaction report describes it. */
export interface CatalogExercise {
  /** `Lesson 3, False claims: verdict on Betty Carter's invitation`. */
  description: string;
  skill: Skill;
  /** The model choices (verdict and flags, or the follow-up decision), when it is a choice. */
  correct?: string[];
}

/** The package, as its launch page reads it. */
export interface PackageCatalog {
  /** The title the LMS shows. */
  title: string;
  /**
   * `course`: lessons, review and self-assessment (completion is mastery of the lessons);
   * `quiz` or `assignment`: that activity alone (complete once finished).
   */
  activity: 'course' | 'quiz' | 'assignment';
  /** The scored activity's pass mark, in percent. */
  passMark: number;
  /** The page the frame opens on a first launch (relative to the launch page). */
  start: string;
  /** The packaged pages (relative paths), the only places a bookmark may reopen. */
  pages: string[];
  /** Lessons in course order with their exercise ids (`verdict:betty-same-school`). */
  lessons: { id: string; title: string; exercises: string[] }[];
  /** Every exercise by id. */
  exercises: Record<string, CatalogExercise>;
}

/** The id of the launch page's JSON script element. */
export const CATALOG_ELEMENT_ID = 'scorm-package';

/** Every exercise id in course order (the resume data's alignment). */
export const catalogExerciseIds = (catalog: PackageCatalog): string[] =>
  catalog.lessons.flatMap((lesson) => lesson.exercises);

/** True when `x` looks like a catalog (the launch page trusts nothing it parses). */
export function isCatalog(x: unknown): x is PackageCatalog {
  if (typeof x != 'object' || x === null) return false;
  const c = x as Record<string, unknown>;
  return (
    typeof c.title == 'string' &&
    ['course', 'quiz', 'assignment'].includes(c.activity as string) &&
    typeof c.passMark == 'number' &&
    typeof c.start == 'string' &&
    Array.isArray(c.pages) &&
    Array.isArray(c.lessons) &&
    typeof c.exercises == 'object' &&
    c.exercises !== null
  );
}
