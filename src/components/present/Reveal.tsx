import type { Scenario } from '~/schemas/scenario';
import { DECISION_LABELS, FLAG_LABELS, VERDICT_LABELS } from '../ui/labels';
import type { RevealStep } from './steps';

/**
 * The side of the slide beside the card: the question while the room votes, then the answer, then
 * the sender's follow-up and the decision. Each later step replaces the earlier one's long text,
 * so a step fits on one screen.
 */
export function Reveal({ scenario, step }: { scenario: Scenario; step: RevealStep }) {
  const { answer, followUp } = scenario;
  if (step === 'question') {
    return (
      <p class="present-question">What would you do: accept, reply without accepting, or ignore?</p>
    );
  }
  if (step === 'answer') {
    return (
      <section aria-labelledby="present-answer">
        <h3 id="present-answer">The answer: {VERDICT_LABELS[answer.verdict]}</h3>
        <p>
          <strong>Red flags:</strong>{' '}
          {answer.flags.length ? answer.flags.map((f) => FLAG_LABELS[f]).join('; ') : 'none'}
        </p>
        {answer.marks.length > 0 && (
          <ol class="present-notes" aria-label="What to notice on the card">
            {answer.marks.map((m) => (
              <li>
                <strong>{FLAG_LABELS[m.flag]}:</strong> {m.explain}
              </li>
            ))}
          </ol>
        )}
        {answer.reply && (
          <>
            <p>
              <strong>A model reply:</strong>
            </p>
            <blockquote class="ex-model">{answer.reply}</blockquote>
          </>
        )}
        <p>
          <strong>Why:</strong> {answer.why}
        </p>
      </section>
    );
  }
  if (!followUp) return null;
  return (
    <section aria-labelledby="present-follow-up">
      <p class="present-recap">The answer: {VERDICT_LABELS[answer.verdict]}</p>
      <h3 id="present-follow-up">The sender answers your reply</h3>
      <blockquote class="ex-model">{followUp.message}</blockquote>
      {step === 'follow-up' ? (
        <p class="present-question">Accept, with a little caution, or decline?</p>
      ) : (
        <>
          <h3 id="present-decision">Then: {DECISION_LABELS[followUp.decision]}</h3>
          <p>
            <strong>Why:</strong> {followUp.why}
          </p>
        </>
      )}
    </section>
  );
}
