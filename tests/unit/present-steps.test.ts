import { describe, expect, it } from 'vitest';
import { nextStep, nextStepLabel, revealSteps } from '~/components/present/steps';

describe('workshop reveal steps', () => {
  const followUp = { message: 'Hi', decision: 'decline' as const, why: 'Thin answer.' };

  it('gives the follow-up and the decision their own steps only where the sender answers', () => {
    expect(revealSteps({})).toEqual(['question', 'answer']);
    expect(revealSteps({ followUp })).toEqual(['question', 'answer', 'follow-up', 'decision']);
  });

  it('goes forward one step at a time and from the last back to the card alone', () => {
    const steps = revealSteps({ followUp });
    expect([0, 1, 2, 3].map((s) => nextStep(steps, s))).toEqual([1, 2, 3, 0]);
    expect(nextStep(revealSteps({}), 1)).toBe(0);
  });

  it('names what the button will show next', () => {
    const steps = revealSteps({ followUp });
    expect([0, 1, 2, 3].map((s) => nextStepLabel(steps, s))).toEqual([
      'Reveal the answer',
      "Show the sender's answer",
      'Reveal the decision',
      'Hide the answer',
    ]);
  });
});
