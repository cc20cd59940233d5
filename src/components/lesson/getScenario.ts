import { getEntry } from 'astro:content';
import type { Scenario } from '../../schemas/scenario';

/**
 * Looks a scenario up by id for a component used in MDX. A wrong id fails the build with a
 * message naming the component and the id, instead of rendering an empty exercise.
 */
export async function getScenario(id: string, component: string): Promise<Scenario> {
  const entry = await getEntry('scenarios', id);
  if (!entry) {
    throw new Error(
      `<${component} id="${id}">: no scenario with that id in src/content/scenarios/`,
    );
  }
  return entry.data;
}
