import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Verdict } from '~/schemas/scenario';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { useFocusWhen, useMounted } from '../../ui/hooks';

/** Props of the predict-then-see island. */
export interface PredictFirstProps {
  /** Prefix for element ids, unique per worked example on the page. */
  idPrefix: string;
  /** The recommended verdict. */
  verdict: Verdict;
  /** Verdicts the scenario accepts as defensible (partial credit elsewhere). */
  defensible: readonly Verdict[];
  /** The three verdicts in words, in the order shown. */
  labels: Record<Verdict, string>;
  /** The plain invitation card, shown while the learner predicts (an Astro slot). */
  card?: ComponentChildren;
  /** The answer: the marked card, the verdict, why, the model reply (an Astro slot). */
  answer?: ComponentChildren;
}

/** What the learner predicted once the answer is shown: a verdict, or nothing ("Just show me"). */
type Revealed = { predicted: Verdict | null };

/**
 * What the outcome line says: whether the prediction matched the recommended answer, was
 * defensible, or missed it.
 */
export function predictionOutcome(
  predicted: Verdict | null,
  { verdict, defensible, labels }: Pick<PredictFirstProps, 'verdict' | 'defensible' | 'labels'>,
): string {
  const answer = labels[verdict];
  if (!predicted) return `The recommended answer is ${answer}.`;
  if (predicted === verdict) return `You predicted ${answer}: that matches the recommended answer.`;
  if (defensible.includes(predicted)) {
    return `You predicted ${labels[predicted]}: defensible, but the recommended answer is ${answer}. Read why below.`;
  }
  return `You predicted ${labels[predicted]}, but the recommended answer is ${answer}. Read why below.`;
}

/**
 * Island: "What would you do?" before a worked example's answer. The answer is static HTML in the
 * page for readers without JavaScript and for print (CSS shows it there, see styles/exercises.css);
 * with JavaScript it stays hidden until the learner predicts or presses "Just show me", and the
 * outcome line then says whether the prediction matched. Nothing is saved: this is a worked
 * example, not an exercise.
 */
export default function PredictFirst(props: PredictFirstProps) {
  const { idPrefix, labels } = props;
  const [choice, setChoice] = useState<Verdict | null>(null);
  const [revealed, setRevealed] = useState<Revealed | null>(null);
  const [hint, setHint] = useState('');
  // Set once mounted: the CSS that hides the answer then no longer depends on the browser knowing
  // the `scripting` media feature.
  const live = useMounted();
  const outcomeRef = useFocusWhen<HTMLParagraphElement>(revealed);

  const reveal = (predicted: Verdict | null) => {
    setHint('');
    setRevealed({ predicted });
  };
  const onSubmit = (event: Event) => {
    event.preventDefault();
    if (choice) reveal(choice);
    else setHint('Choose one of the three first, or press “Just show me”.');
  };

  return (
    <div
      class="we-predict"
      data-state={revealed ? 'revealed' : 'asking'}
      data-live={live ? '' : undefined}
    >
      <div class="we-plain-card" hidden={!!revealed}>
        {props.card}
      </div>
      <form class="we-ask" method="dialog" onSubmit={onSubmit}>
        <ChoiceGroup
          disabled={!!revealed}
          legend="What would you do? Predict, then see the answer."
          name={`${idPrefix}-predict`}
          type="radio"
          options={labels}
          selected={choice ? [choice] : []}
          onToggle={(value) => {
            setChoice(value);
            setHint('');
          }}
        />
        {!revealed && (
          <p class="ex-actions">
            <button type="submit" class="ex-button">
              See the answer
            </button>{' '}
            <button type="button" class="ex-button secondary" onClick={() => reveal(null)}>
              Just show me
            </button>
          </p>
        )}
        <p role="status" class={hint ? 'ex-pending' : 'visually-hidden'}>
          {hint}
        </p>
      </form>
      {revealed && (
        <p
          class={`we-outcome ${revealed.predicted === props.verdict ? 'we-outcome-match' : ''}`}
          tabIndex={-1}
          ref={outcomeRef}
        >
          {predictionOutcome(revealed.predicted, props)}
        </p>
      )}
      <div class="we-reveal" id={`${idPrefix}-answer`} hidden={live && !revealed}>
        {props.answer}
      </div>
    </div>
  );
}
