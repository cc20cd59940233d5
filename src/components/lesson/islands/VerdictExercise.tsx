import { Fragment, type ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { RedFlag, Scenario, Verdict } from '~/schemas/scenario';
import type { VerdictText } from '../islandText';
import { ChoiceGroup, toggle } from '../../ui/ChoiceGroup';
import { ExerciseForm, Feedback } from '../../ui/Exercise';
import { lazy } from '../../ui/lazyGrader';
import { useCheck } from '../../ui/useCheck';

/** The grading function, loaded on first use (see ../ui/lazyGrader). */
export const loadGrader = lazy(() => import('~/grader/verdict').then((m) => m.gradeVerdict));

/** Props of the verdict island. */
export interface VerdictExerciseProps {
  scenario: Scenario;
  /** The words it shows (see ../islandText). */
  text: VerdictText;
  /** The invitation card, rendered statically by the wrapper (an Astro slot). */
  card?: ComponentChildren;
  /** The same card with the red flags marked and explained, shown by "Show me" (a slot too). */
  marked?: ComponentChildren;
}

/**
 * Island: judge an invitation. "Show me" swaps the card for the one with the red flags marked;
 * both are static HTML from the wrapper, so no card code ships with the island. The grader's
 * feedback carries the explanation and any partial credit; it loads on the learner's first touch
 * of the form. Saved as `verdict:<scenario id>`.
 */
export default function VerdictExercise({ scenario, text, card, marked }: VerdictExerciseProps) {
  const idPrefix = `verdict-${scenario.id}`;
  const { answer } = scenario;
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const [flags, setFlags] = useState<RedFlag[]>([]);
  const [showMarks, setShowMarks] = useState(false);
  const { checked, check, clear, announcement, announce, headingRef, prepare, pending } = useCheck(
    `verdict:${scenario.id}`,
    loadGrader,
    (grade, response: { verdict: Verdict | null; flags: RedFlag[] }) => grade(scenario, response),
  );

  const tryAgain = () => {
    setVerdict(null);
    setFlags([]);
    setShowMarks(false);
    clear();
    announce('Answers cleared. Try again.');
    document.getElementById(`${idPrefix}-form`)?.querySelector('input')?.focus();
  };

  return (
    <>
      {/* Keys make Preact replace the static slot rather than keep the other one's HTML. */}
      {showMarks ? (
        <Fragment key="marked">{marked}</Fragment>
      ) : (
        <Fragment key="card">{card}</Fragment>
      )}
      <ExerciseForm
        id={`${idPrefix}-form`}
        onCheck={() => check({ verdict, flags })}
        onFirstUse={prepare}
        announcement={announcement}
        pending={pending}
        feedback={
          checked && (
            <Feedback result={checked.result} names={text.names} headingRef={headingRef}>
              <p class="ex-actions">
                {answer.marks.length > 0 && (
                  <button
                    type="button"
                    class="ex-button secondary"
                    aria-pressed={showMarks}
                    onClick={() => setShowMarks(!showMarks)}
                  >
                    Show me on the card
                  </button>
                )}{' '}
                <button type="button" class="ex-button secondary" onClick={tryAgain}>
                  Try again
                </button>
              </p>
            </Feedback>
          )
        }
      >
        <ChoiceGroup
          legend="What would you do?"
          name={`${idPrefix}-verdict`}
          type="radio"
          options={text.verdicts}
          selected={verdict ? [verdict] : []}
          onToggle={setVerdict}
        />
        <ChoiceGroup
          legend="Which red flags do you see? Tick all that apply."
          name={`${idPrefix}-flags`}
          type="checkbox"
          options={text.flags}
          selected={flags}
          onToggle={(flag) => setFlags(toggle(flags, flag))}
        />
      </ExerciseForm>
    </>
  );
}
