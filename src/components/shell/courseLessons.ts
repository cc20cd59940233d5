import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { lessonExercises, type ExerciseRef } from '~/mastery/exercises';
import type { Skill } from '~/practice/similar';
import { countWords } from '../ui/format';
import { sitePath } from '../ui/sitePath';

/** An exercise as pages link to it: its saved id, a name for it and its place in its lesson. */
export interface ExerciseLink {
  /** The id its progress is saved under, e.g. `verdict:betty-same-school`. */
  id: string;
  /** What the learner is asked, with who sent the invitation ("Reply to Wei Zhang"). */
  label: string;
  /** The lesson page, at the exercise's heading. */
  href: string;
  /** The skill it trains, when it is about a scenario: for similar practice items. */
  skill?: Skill;
}

/** A lesson as pages list it: frontmatter plus its URL and reading time. */
export interface LessonLink {
  id: string;
  href: string;
  title: string;
  summary: string;
  minutes: number;
  order: number;
  readingMinutes: number;
  /** The lesson's exercises in page order: passing them all completes the lesson. */
  exercises: ExerciseLink[];
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
export const lessonHref = (id: string) => sitePath(`/lessons/${id}/`);

/** A name for an exercise: what it asks, and of whom. */
async function exerciseLink(lessonId: string, exercise: ExerciseRef): Promise<ExerciseLink> {
  const scenario = (await getEntry('scenarios', exercise.ref))?.data;
  const sender = scenario?.sender.name ?? exercise.ref;
  const firstName = sender.split(/\s+/)[0];
  const labels: Record<string, string> = {
    verdict: `What would you do with ${firstName}'s invitation?`,
    reply: `Reply to ${sender}`,
    followup: `${firstName} answered: now what?`,
    note: `Write an invitation to ${exercise.attributes.name ?? exercise.ref}`,
    conversation: `The whole conversation with ${firstName}`,
  };
  return {
    id: exercise.id,
    label: labels[exercise.kind] ?? `${exercise.tag}: ${sender}`,
    href: `${lessonHref(lessonId)}#${exercise.anchor}`,
    ...(scenario && { skill: { verdict: scenario.answer.verdict, flags: scenario.answer.flags } }),
  };
}

/** Every lesson, in course order, with what the shell needs to link to it. */
export async function getLessons(): Promise<
  { link: LessonLink; entry: CollectionEntry<'lessons'> }[]
> {
  const entries = await getCollection('lessons');
  const sorted = entries.sort((a, b) => a.data.order - b.data.order);
  return Promise.all(
    sorted.map(async (entry) => ({
      entry,
      link: {
        id: entry.id,
        href: lessonHref(entry.id),
        title: entry.data.title,
        summary: entry.data.summary,
        minutes: entry.data.minutes,
        order: entry.data.order,
        readingMinutes: readingMinutes(entry.body ?? ''),
        exercises: await Promise.all(
          lessonExercises(entry.body ?? '').map((e) => exerciseLink(entry.id, e)),
        ),
      },
    })),
  );
}
