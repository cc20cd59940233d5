// The scenario bank for component tests of the quiz, assignment, gradebook and workshop islands.
// (src/node/bank.ts resolves its folder from import.meta.url, which happy-dom does not give.)
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { scenarioSchema, type Scenario } from '~/schemas/scenario';

const dir = resolve('src/content/scenarios');

/** Every scenario of the bank, parsed as the build parses them, sorted by id. */
export const bank: Scenario[] = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((f) => scenarioSchema.parse(parse(readFileSync(resolve(dir, f), 'utf8'))));
