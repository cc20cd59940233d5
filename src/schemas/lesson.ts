import { z } from 'zod';

/** Frontmatter of a lesson: one numbered MDX file in `src/content/lessons/`. */
export const lessonSchema = z.object({
  /** The lesson's title, shown as its heading and in the course map. */
  title: z.string().trim().min(1).max(120),
  /** One or two sentences for the home page and search results. */
  summary: z.string().trim().min(1).max(300),
  /** What the learner will be able to do afterwards, one per line. */
  objectives: z.array(z.string().trim().min(1).max(200)).min(1).max(8),
  /** Estimated minutes to read and practise. */
  minutes: z.number().int().min(1).max(90),
  /** Position in the course, from 1; must match the file's number. */
  order: z.number().int().min(1).max(99),
});
export type Lesson = z.infer<typeof lessonSchema>;
