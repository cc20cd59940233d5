/**
 * Reading a scenario YAML file back into the editor (a file exported from it, or one of the bank's).
 * Uses the `yaml` package: the editor loads this module only when a file is chosen.
 */
import './zod-jitless';
import { parse } from 'yaml';
import { formatIssues, scenarioSchema, type Scenario } from '../schemas/scenario';

/** The scenario in a YAML file, or a message naming the field (or the line) that is wrong. */
export function importScenarioYaml(text: string): { scenario: Scenario } | { error: string } {
  let data: unknown;
  try {
    data = parse(text);
  } catch (e) {
    return { error: `This file is not valid YAML: ${(e as Error).message.split('\n')[0]}` };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data))
    return {
      error: 'This file does not hold a scenario (expected fields such as id, title, sender).',
    };
  const r = scenarioSchema.safeParse(data);
  if (!r.success) return { error: `This scenario has problems:\n${formatIssues(r.error)}` };
  return { scenario: r.data };
}
