/** Shared test scenarios, built through the schema so defaults are filled like in the bank. */
import { scenarioSchema, type Scenario, type ScenarioInput } from '../../../src/schemas/scenario';

/** A valid scenario; `over` replaces top-level parts. */
export function makeScenario(over: Partial<ScenarioInput> = {}): Scenario {
  return scenarioSchema.parse({
    id: 'lena-classmate',
    title: 'Lena says we studied together',
    level: 1,
    you: { name: 'Omar Haddad', schools: ['Northeastern University'], employers: ['Brightwave'] },
    sender: { name: 'Lena Park', headline: 'Analyst' },
    invitation: { via: 'classmate', claim: 'Boston University', note: '' },
    answer: {
      verdict: 'reply',
      partial: [{ verdict: 'ignore', credit: 0.5, reason: 'Ignoring is safe.' }],
      flags: ['false-classmate'],
      why: 'Ask before you decide.',
      reply: 'Hi Lena, I went to Northeastern, not BU.',
    },
    ...over,
  });
}

/** The same scenario through another route. */
export function withRoute(via: ScenarioInput['invitation']['via'], claim = ''): Scenario {
  return makeScenario({ invitation: { via, claim, note: '' } });
}
