import { getCollection, type CollectionEntry } from 'astro:content';
import { countWords } from '../ui/format';

/** A lesson as pages list it: frontmatter plus its URL and reading time. */
export interface LessonLink {
  id: string;
  href: string;
  title: string;
  summary: string;
  minutes: number;
  order: number;
  readingMinutes: number;
}

/** Words a typical adult reads per minute; the figure most reading-time estimates use. */
const WORDS_PER_MINUTE = 200;

/** Minutes to read a lesson's prose, counting words outside MDX imports and tags. */
export function readingMinutes(body: string): number {
  const prose = body
    .replace(/^import .*$/gm, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/[#*_>`[\]()-]/g, ' ');
  return Math.max(1, Math.ceil(countWords(prose) / WORDS_PER_MINUTE));
}

/** URL of a lesson page. */
export const lessonHref = (id: string) => `/lessons/${id}/`;

/** Every lesson, in course order, with what the shell needs to link to it. */
export async function getLessons(): Promise<
  { link: LessonLink; entry: CollectionEntry<'lessons'> }[]
> {
  const entries = await getCollection('lessons');
  return entries
    .sort((a, b) => a.data.order - b.data.order)
    .map((entry) => ({
      entry,
      link: {
        id: entry.id,
        href: lessonHref(entry.id),
        title: entry.data.title,
        summary: entry.data.summary,
        minutes: entry.data.minutes,
        order: entry.data.order,
        readingMinutes: readingMinutes(entry.body ?? ''),
      },
    }));
}
