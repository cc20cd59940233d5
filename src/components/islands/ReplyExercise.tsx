import { gradeReply } from '~/grader/reply';
import type { Scenario } from '~/schemas/scenario';
import { WritingExercise } from '../ui/WritingExercise';

/** Island: draft a clarifying reply to the scenario's invitation; saved as `reply:<scenario id>`. */
export default function ReplyExercise({ scenario }: { scenario: Scenario }) {
  return (
    <WritingExercise
      exerciseId={`reply:${scenario.id}`}
      idPrefix={`reply-${scenario.id}`}
      label={`Your reply to ${scenario.sender.name}`}
      grade={(text) => gradeReply(scenario, text)}
      rows={7}
      model={scenario.answer.reply}
    />
  );
}
