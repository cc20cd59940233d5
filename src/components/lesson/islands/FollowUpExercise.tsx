import { useState } from 'preact/hooks';
import type { FollowUpDecision, Scenario } from '~/schemas/scenario';
import type { FollowUpText } from '../islandText';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { ExerciseForm, Feedback } from '../../ui/Exercise';
import { lazy } from '../../ui/lazyGrader';
import { useCheck } from '../../ui/useCheck';

/** The grading function, loaded on first use (see ../ui/lazyGrader). */
export const loadGrader = lazy(() => import('~/grader/followup').then((m) => m.gradeFollowUp));

/**
 * Island: decide what to do once the sender has answered. The grader's feedback explains why; it
 * loads on the learner's first touch of the form. `text` holds the words (see ../islandText).
 * Saved as `followup:<scenario id>`.
 */
export default function FollowUpExercise({
  scenario,
  text,
}: {
  scenario: Scenario;
  text: FollowUpText;
}) {
  const idPrefix = `followup-${scenario.id}`;
  const [decision, setDecision] = useState<FollowUpDecision | null>(null);
  const { checked, check, announcement, headingRef, prepare, pending } = useCheck(
    `followup:${scenario.id}`,
    loadGrader,
    (grade, answer: FollowUpDecision | null) => grade(scenario, answer),
  );

  return (
    <ExerciseForm
      onCheck={() => check(decision)}
      onFirstUse={prepare}
      announcement={announcement}
      pending={pending}
      feedback={
        checked && <Feedback result={checked.result} names={text.names} headingRef={headingRef} />
      }
    >
      <ChoiceGroup
        legend="Now what do you do with the invitation?"
        name={`${idPrefix}-decision`}
        type="radio"
        options={text.decisions}
        selected={decision ? [decision] : []}
        onToggle={setDecision}
      />
    </ExerciseForm>
  );
}
