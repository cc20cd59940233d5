import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { lessonSchema } from './schemas/lesson';
import { scenarioSchema } from './schemas/scenario';

/** Numbered MDX lessons: `01-why-invitations-matter.mdx` has the id `01-why-invitations-matter`. */
const lessons = defineCollection({
  loader: glob({ pattern: '[0-9][0-9]-*.mdx', base: './src/content/lessons' }),
  schema: lessonSchema,
});

/**
 * One YAML file per scenario. The `id` inside must equal the file name, because links, results
 * files and the CLI refer to scenarios by id; a mismatch fails the build naming the file.
 */
const scenarios = defineCollection({
  loader: glob({
    pattern: '*.yaml',
    base: './src/content/scenarios',
    generateId: ({ entry, data }) => {
      const fromFile = entry.replace(/\.yaml$/, '');
      if (data.id !== fromFile) {
        throw new Error(
          `src/content/scenarios/${entry}: field "id" is ${JSON.stringify(data.id)} but must equal the file name "${fromFile}"`,
        );
      }
      return fromFile;
    },
  }),
  schema: scenarioSchema,
});

export const collections = { lessons, scenarios };
