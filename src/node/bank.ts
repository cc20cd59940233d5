/**
 * Loading the scenario bank in Node (CLI, tests, bench). Not part of the browser grader: it reads
 * files and validates with zod, which `index.ts` must never pull into a page.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { formatIssues, scenarioSchema, type Scenario } from '../schemas/scenario';

/** The bank's folder, resolved from this file so the CLI works from any working directory. */
export const SCENARIO_DIR = fileURLToPath(new URL('../content/scenarios/', import.meta.url));

/** Validates an inline scenario object; returns it parsed, or an error naming the field. */
export function parseScenario(data: unknown): { scenario: Scenario } | { error: string } {
  const r = scenarioSchema.safeParse(data);
  return r.success ? { scenario: r.data } : { error: formatIssues(r.error) };
}

/** A file of the bank that failed to load, with the reason naming the field. */
export interface BankProblem {
  file: string;
  error: string;
}

/**
 * Reads every `*.yaml` scenario in `dir`. Files that fail YAML parsing or the schema, or whose id
 * differs from the file name, are reported in `problems` instead of stopping the load.
 */
export function loadBank(dir = SCENARIO_DIR): {
  scenarios: Map<string, Scenario>;
  problems: BankProblem[];
} {
  const scenarios = new Map<string, Scenario>();
  const problems: BankProblem[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()) {
    let data: unknown;
    try {
      data = parse(readFileSync(join(dir, file), 'utf8'));
    } catch (e) {
      problems.push({ file, error: `not valid YAML: ${(e as Error).message}` });
      continue;
    }
    const r = parseScenario(data);
    if ('error' in r) {
      problems.push({ file, error: r.error });
    } else if (r.scenario.id !== file.slice(0, -5)) {
      problems.push({ file, error: `id: "${r.scenario.id}" must equal the file name` });
    } else {
      scenarios.set(r.scenario.id, r.scenario);
    }
  }
  return { scenarios, problems };
}
