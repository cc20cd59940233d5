import type { Scenario } from '~/schemas/scenario';
import type { WritingText } from '../islandText';
import { lazy } from '../../ui/lazyGrader';
import { WritingExercise } from '../../ui/WritingExercise';

/** The grading function, loaded on first use (see ../ui/lazyGrader). */
export const loadGrader = lazy(() => import('~/grader/reply').then((m) => m.gradeReply));

/**
 * Island: draft a clarifying reply to the scenario's invitation; saved as `reply:<scenario id>`.
 * `text` holds the criteria's names and the empty checklist (see ../islandText).
 */
export default function ReplyExercise({
  scenario,
  text,
}: {
  scenario: Scenario;
  text: WritingText;
}) {
  return (
    <WritingExercise
      exerciseId={`reply:${scenario.id}`}
      idPrefix={`reply-${scenario.id}`}
      label={`Your reply to ${scenario.sender.name}`}
      loader={loadGrader}
      grade={(grade, answer) => grade(scenario, answer)}
      text={text}
      rows={7}
      model={scenario.answer.reply}
    />
  );
}
