/**
 * A scenario as a YAML file the bank accepts unchanged (src/content/scenarios/<id>.yaml), written
 * by hand so the editor page does not carry a YAML library for it. Every string is written as a
 * double-quoted scalar with JSON's escapes, which YAML reads the same way; keys follow the order
 * of docs/scenario-format.md.
 */
import type { Scenario } from '../schemas/scenario';

const ORDER = [
  'id',
  'title',
  'level',
  'industry',
  'lessons',
  'pool',
  'situation',
  'you',
  'sender',
  'invitation',
  'answer',
  'followUp',
  'consequences',
  // Nested objects, in the order the format guide shows them.
  'name',
  'headline',
  'mutualConnections',
  'location',
  'profile',
  'schools',
  'employers',
  'groups',
  'knows',
  'via',
  'claim',
  'note',
  'verdict',
  'partial',
  'flags',
  'why',
  'reply',
  'marks',
  'credit',
  'reason',
  'flag',
  'on',
  'text',
  'explain',
  'message',
  'decision',
  'accept',
  'ignore',
];
const rank = (key: string) => {
  const i = ORDER.indexOf(key);
  return i < 0 ? ORDER.length : i;
};

const scalar = (value: unknown): string =>
  typeof value === 'string' ? JSON.stringify(value) : String(value);

function lines(value: unknown, indent: string): string[] {
  if (Array.isArray(value)) {
    return value.flatMap((item) => {
      if (item && typeof item === 'object') {
        const [first, ...rest] = lines(item, `${indent}  `);
        return [`${indent}- ${first!.trimStart()}`, ...rest];
      }
      return [`${indent}- ${scalar(item)}`];
    });
  }
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => rank(a) - rank(b));
  return entries.flatMap(([key, v]) => {
    if (Array.isArray(v))
      return v.length ? [`${indent}${key}:`, ...lines(v, `${indent}  `)] : [`${indent}${key}: []`];
    if (v && typeof v === 'object') return [`${indent}${key}:`, ...lines(v, `${indent}  `)];
    return [`${indent}${key}: ${scalar(v)}`];
  });
}

/** The YAML file of a scenario, ending with a newline. */
export function scenarioToYaml(scenario: Scenario): string {
  return `# Written with the course's scenario editor (/instructor/scenarios/).\n${lines(scenario, '').join('\n')}\n`;
}

/** The file name the bank expects: `<id>.yaml`. */
export const yamlFileName = (scenario: Pick<Scenario, 'id'>) => `${scenario.id}.yaml`;
