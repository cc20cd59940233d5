/**
 * Build time only (it reads Astro's content collections): every lesson's exercises.
 */
import { getCollection } from 'astro:content';
import { lessonExercises, type ExerciseRef } from './exercises';

/** A lesson's id and its exercises in page order. */
export interface LessonExercises {
  id: string;
  exercises: ExerciseRef[];
}

/**
 * Every lesson in course order with its exercises, read from the MDX bodies at build time.
 * Hand the result, with the saved progress, to `courseMastery` (./mastery).
 */
export async function getLessonExercises(): Promise<LessonExercises[]> {
  const entries = await getCollection('lessons');
  return entries
    .sort((a, b) => a.data.order - b.data.order)
    .map((entry) => ({ id: entry.id, exercises: lessonExercises(entry.body ?? '') }));
}
