import { useState } from 'preact/hooks';
import { gradeFollowUp } from '~/grader/followup';
import type { FollowUpDecision, Scenario } from '~/schemas/scenario';
import { ChoiceGroup } from '../ui/ChoiceGroup';
import { ExerciseForm, Feedback } from '../ui/Feedback';
import { DECISION_LABELS } from '../ui/labels';
import { useCheck } from '../ui/useCheck';

/**
 * Island: decide what to do once the sender has answered. The grader's feedback explains why.
 * Saved as `followup:<scenario id>`.
 */
export default function FollowUpExercise({ scenario }: { scenario: Scenario }) {
  const idPrefix = `followup-${scenario.id}`;
  const [decision, setDecision] = useState<FollowUpDecision | null>(null);
  const { checked, check, announcement, headingRef } = useCheck(
    `followup:${scenario.id}`,
    (answer: FollowUpDecision | null) => gradeFollowUp(scenario, answer),
  );

  return (
    <ExerciseForm
      onCheck={() => check(decision)}
      announcement={announcement}
      feedback={checked && <Feedback result={checked.result} headingRef={headingRef} />}
    >
      <ChoiceGroup
        legend="Now what do you do with the invitation?"
        name={`${idPrefix}-decision`}
        type="radio"
        options={DECISION_LABELS}
        selected={decision ? [decision] : []}
        onToggle={setDecision}
      />
    </ExerciseForm>
  );
}
