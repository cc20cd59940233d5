// @vitest-environment happy-dom
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { scenarioSchema } from '~/schemas/scenario';

/** A small valid scenario (the bank loader needs Node's file URLs, which happy-dom lacks). */
const ownScenario = (id = 'own-guest-lecture') =>
  scenarioSchema.parse({
    id,
    title: 'A stranger from a talk',
    level: 1,
    pool: 'practice',
    situation: 'honest-stranger',
    you: { name: 'Sam Lee' },
    sender: { name: 'Ada Obi' },
    invitation: { via: 'other', note: 'Loved your talk on budgets yesterday.' },
    answer: {
      verdict: 'accept',
      why: 'The note says honestly where Ada saw you and why she writes: an honest start for a relationship.',
    },
  });

async function loadStore() {
  vi.resetModules();
  return import('~/stores/own-scenarios');
}

beforeEach(() => localStorage.clear());

describe('own scenarios store', () => {
  test('keeps a saved scenario across a reload', async () => {
    const first = await loadStore();
    first.saveOwnScenario(ownScenario());
    const again = await loadStore();
    expect(again.$ownScenarioList.get().map((s) => s.id)).toEqual(['own-guest-lecture']);
    expect(JSON.parse(localStorage.getItem(again.OWN_SCENARIOS_KEY)!).v).toBe(1);
  });

  test('replaces the scenario edited, even when its id changed', async () => {
    const { saveOwnScenario, $ownScenarioList } = await loadStore();
    saveOwnScenario(ownScenario('own-a'));
    saveOwnScenario(ownScenario('own-b'));
    saveOwnScenario(ownScenario('own-a2'), 'own-a');
    expect($ownScenarioList.get().map((s) => s.id)).toEqual(['own-a2', 'own-b']);
  });

  test('removes a scenario', async () => {
    const { saveOwnScenario, removeOwnScenario, $ownScenarioList } = await loadStore();
    saveOwnScenario(ownScenario('own-a'));
    removeOwnScenario('own-a');
    expect($ownScenarioList.get()).toEqual([]);
  });

  test('sets aside unreadable data and starts empty', async () => {
    localStorage.setItem('snty:own-scenarios', JSON.stringify({ v: 1, scenarios: [{ id: 'x' }] }));
    const { $ownScenarioList } = await loadStore();
    expect($ownScenarioList.get()).toEqual([]);
    expect(localStorage.getItem('snty:own-scenarios:unreadable')).toContain('"id":"x"');
  });
});
