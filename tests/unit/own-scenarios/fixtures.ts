/** A complete own scenario, as the editor would save it, for the own-scenario tests. */
import { loadBank } from '~/node/bank';
import type { Scenario } from '~/schemas/scenario';

export const bank = loadBank().scenarios;

/** A bank scenario with a reply verdict, a follow-up and consequences, renamed as an own one. */
export function ownScenario(id = 'own-guest-lecture'): Scenario {
  const base = [...bank.values()].find(
    (s) => s.answer.verdict === 'reply' && s.followUp && s.consequences && s.answer.marks.length,
  )!;
  // Own scenarios belong to no lesson, whatever the bank scenario they copy.
  return {
    ...structuredClone(base),
    id,
    title: `Own: ${base.title}`,
    pool: 'practice',
    lessons: [],
  };
}
