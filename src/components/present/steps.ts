import type { Scenario } from '~/schemas/scenario';

/**
 * What the room sees of one slide, in order: the card and the question; the answer (verdict, red
 * flags marked on the card, model reply, why); then, where the sender answers the reply, their
 * message for a second vote; then the decision and why.
 */
export type RevealStep = 'question' | 'answer' | 'follow-up' | 'decision';

/** The steps of a scenario's slide, from the card alone to the last thing to reveal. */
export function revealSteps(scenario: Pick<Scenario, 'followUp'>): RevealStep[] {
  return scenario.followUp
    ? ['question', 'answer', 'follow-up', 'decision']
    : ['question', 'answer'];
}

/** The step after `step` (R): the next one, and from the last one back to the card alone. */
export function nextStep(steps: readonly RevealStep[], step: number): number {
  return step + 1 < steps.length ? step + 1 : 0;
}

/** What the reveal button says it will do next. */
export function nextStepLabel(steps: readonly RevealStep[], step: number): string {
  const next = steps[nextStep(steps, step)];
  if (next === 'answer') return 'Reveal the answer';
  if (next === 'follow-up') return "Show the sender's answer";
  if (next === 'decision') return 'Reveal the decision';
  return 'Hide the answer';
}
