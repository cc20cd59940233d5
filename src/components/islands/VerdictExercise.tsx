import { useState } from 'preact/hooks';
import { gradeVerdict } from '~/grader/verdict';
import type { VerdictResponse } from '~/grader/types';
import type { RedFlag, Scenario, Verdict } from '~/schemas/scenario';
import { Card } from '../ui/Card';
import { ChoiceGroup } from '../ui/ChoiceGroup';
import { ExerciseForm, Feedback } from '../ui/Feedback';
import { FLAG_LABELS, VERDICT_LABELS } from '../ui/labels';
import { useCheck } from '../ui/useCheck';

/**
 * Island: judge an invitation. The card is rendered here so that "Show me" can mark the red
 * flags on it. The grader's feedback carries the explanation and any partial credit.
 * Saved as `verdict:<scenario id>`.
 */
export default function VerdictExercise({ scenario }: { scenario: Scenario }) {
  const idPrefix = `verdict-${scenario.id}`;
  const { answer } = scenario;
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const [flags, setFlags] = useState<RedFlag[]>([]);
  const [showMarks, setShowMarks] = useState(false);
  const { checked, check, clear, announcement, announce, headingRef } = useCheck(
    `verdict:${scenario.id}`,
    (response: VerdictResponse) => gradeVerdict(scenario, response),
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
      <Card scenario={scenario} level={4} marks={showMarks ? answer.marks : undefined} />
      <ExerciseForm
        id={`${idPrefix}-form`}
        onCheck={() => check({ verdict, flags })}
        announcement={announcement}
        feedback={
          checked && (
            <Feedback result={checked.result} headingRef={headingRef}>
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
          options={VERDICT_LABELS}
          selected={verdict ? [verdict] : []}
          onToggle={setVerdict}
        />
        <ChoiceGroup
          legend="Which red flags do you see? Tick all that apply."
          name={`${idPrefix}-flags`}
          type="checkbox"
          options={FLAG_LABELS}
          selected={flags}
          onToggle={(flag) =>
            setFlags(flags.includes(flag) ? flags.filter((f) => f != flag) : [...flags, flag])
          }
        />
      </ExerciseForm>
    </>
  );
}
