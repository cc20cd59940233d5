/**
 * The catalog a package's launch page reads (see src/scorm/catalog.ts), built in Node from the
 * lessons' MDX (the mastery module's exercise list, the same the site uses) and the bank.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { lessonExercises } from '~/mastery/exercises';
import type { CatalogExercise, PackageCatalog } from '~/scorm/catalog';
import type { Scenario } from '~/schemas/scenario';

/** A lesson as the package needs it. */
export interface LessonSource {
  id: string;
  title: string;
  order: number;
  body: string;
}

/** Reads the numbered MDX lessons of `dir` (frontmatter and body), in course order. */
export function readLessons(dir: string): LessonSource[] {
  return readdirSync(dir)
    .filter((f) => /^\d\d-.*\.mdx$/.test(f))
    .map((file) => {
      const text = readFileSync(path.join(dir, file), 'utf8');
      const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
      const data = (match ? parse(match[1]!) : {}) as { title?: string; order?: number };
      return {
        id: file.replace(/\.mdx$/, ''),
        title: data.title ?? file,
        order: data.order ?? 0,
        body: match ? match[2]! : text,
      };
    })
    .sort((a, b) => a.order - b.order);
}

/** How the LMS's report describes an exercise, its skill and its model choices. */
export function describeExercise(
  kind: string,
  ref: string,
  attributes: Record<string, string>,
  lesson: LessonSource,
  bank: ReadonlyMap<string, Scenario>,
): CatalogExercise {
  const where = `Lesson ${lesson.order}, ${lesson.title}`;
  const scenario = bank.get(ref);
  const sender = scenario?.sender.name ?? ref;
  switch (kind) {
    case 'verdict':
      return {
        description: `${where}: verdict and red flags on ${sender}'s invitation`,
        skill: 'deciding',
        ...(scenario ? { correct: [scenario.answer.verdict, ...scenario.answer.flags] } : {}),
      };
    case 'followup':
      return {
        description: `${where}: decision once ${sender} answered`,
        skill: 'deciding',
        ...(scenario?.followUp ? { correct: [scenario.followUp.decision] } : {}),
      };
    case 'reply':
      return { description: `${where}: clarifying reply to ${sender}`, skill: 'replying' };
    case 'spot':
      return {
        description: `${where}: red flags marked on ${sender}'s invitation`,
        skill: 'spotting',
      };
    case 'conversation':
      return {
        description: `${where}: conversation with ${sender} (reply, then decision)`,
        skill: 'replying',
      };
    case 'note':
      return {
        description: `${where}: invitation note to ${attributes.name ?? ref}`,
        skill: 'replying',
      };
    default:
      return { description: `${where}: ${kind} exercise on ${sender}`, skill: 'deciding' };
  }
}

/** The lessons and exercises part of a course catalog. */
export function courseLessons(
  lessons: readonly LessonSource[],
  bank: ReadonlyMap<string, Scenario>,
): Pick<PackageCatalog, 'lessons' | 'exercises'> {
  const exercises: Record<string, CatalogExercise> = {};
  const list = lessons.map((lesson) => {
    const refs = lessonExercises(lesson.body);
    for (const ex of refs)
      exercises[ex.id] = describeExercise(ex.kind, ex.ref, ex.attributes, lesson, bank);
    return { id: lesson.id, title: lesson.title, exercises: refs.map((ex) => ex.id) };
  });
  return { lessons: list, exercises };
}
