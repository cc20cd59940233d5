/**
 * The instructor's own scenarios, written on `/instructor/scenarios/` and kept in this browser
 * only (nothing is sent anywhere); the assignment builder and workshop mode list them.
 *
 * Kept under the key `snty:own-scenarios` as JSON. Shapes:
 *
 * - **v1** (current): `{ v: 1, scenarios: Scenario[] }`, each scenario in full (defaults filled
 *   in), in the order they were first saved.
 *
 * Migrations: none yet. Data that does not read as v1 is set aside under
 * `snty:own-scenarios:unreadable` (src/stores/versioned-atom.ts) and the list starts empty.
 */
import { computed } from 'nanostores';
import { customScenarioSchema } from '../schemas/custom-scenario';
import type { Scenario } from '../schemas/scenario';
import { isRecord, versionedAtom } from './versioned-atom';

/** The storage key. */
export const OWN_SCENARIOS_KEY = 'snty:own-scenarios';

/** What is stored. */
export interface OwnScenarios {
  v: 1;
  scenarios: Scenario[];
}

/** The own scenarios, as stored. */
export const $ownScenarios = versionedAtom<OwnScenarios>({
  key: OWN_SCENARIOS_KEY,
  empty: () => ({ v: 1, scenarios: [] }),
  migrations: {},
  isValid: (value): value is OwnScenarios =>
    isRecord(value) &&
    value.v === 1 &&
    Array.isArray(value.scenarios) &&
    value.scenarios.every((s) => customScenarioSchema.safeParse(s).success),
});

/** The own scenarios, as a list. */
export const $ownScenarioList = computed($ownScenarios, (stored) => stored.scenarios);

/**
 * Saves a scenario (checked by the editor): replaces the one with the same id, or the one being
 * edited (`previousId`, when the instructor changed its id), else adds it at the end.
 */
export function saveOwnScenario(scenario: Scenario, previousId?: string): void {
  const list = $ownScenarios.get().scenarios;
  const at = list.findIndex((s) => s.id === (previousId ?? scenario.id));
  const next = list.filter((s, i) => i === at || s.id !== scenario.id);
  const index = next.findIndex((s) => s.id === (previousId ?? scenario.id));
  if (index >= 0) next[index] = scenario;
  else next.push(scenario);
  $ownScenarios.set({ v: 1, scenarios: next });
}

/** Removes the own scenario `id`. */
export function removeOwnScenario(id: string): void {
  $ownScenarios.set({ v: 1, scenarios: $ownScenarios.get().scenarios.filter((s) => s.id !== id) });
}
