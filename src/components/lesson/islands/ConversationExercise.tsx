import { useStore } from '@nanostores/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { GradeResult } from '~/grader/types';
import type { FollowUpDecision, Scenario } from '~/schemas/scenario';
import { readDraft } from '~/stores/drafts';
import { $progress, readAnswer, saveAnswer } from '~/stores/progress';
import type { gradeTask, TaskAnswer } from '~/tasks';
import type { FollowUpText, WritingText } from '../islandText';
import { ChoiceGroup } from '../../ui/ChoiceGroup';
import { ExerciseForm, Feedback } from '../../ui/Exercise';
import { useMounted } from '../../ui/hooks';
import { lazy } from '../../ui/lazyGrader';
import { useCheck } from '../../ui/useCheck';
import { WritingExercise } from '../../ui/WritingExercise';

/** The reply grader, for the live checklist of step 1 (see ../ui/lazyGrader). */
export const loadReplyGrader = lazy(() => import('~/grader/reply').then((m) => m.gradeReply));
/** The task table's grading, for the whole conversation once the learner decides. */
export const loadTaskGrader = lazy(() => import('~/tasks').then((m) => m.gradeTask));

/** The words the conversation island shows (built by ConversationExercise.astro). */
export interface ConversationText {
  /** The reply step's criteria and empty checklist. */
  reply: WritingText;
  /** The two decisions. */
  decisions: FollowUpText['decisions'];
  /** Names of the conversation's criteria: the decision, and the reply as one line. */
  names: Record<string, string>;
}

const isDecision = (value: unknown): value is FollowUpDecision =>
  value === 'accept-with-caution' || value === 'decline';

/** The progress id of the reply step: the same as a ReplyExercise on this scenario. */
export const replyStepId = (scenario: Scenario) => `reply:${scenario.id}`;

/**
 * Grades the whole conversation with the task table: the reply (kind `reply`) and the decision
 * (kind `followup`), each worth one point by its share. It passes when both parts pass. The reply
 * shows as one criterion, since its full checklist was given at step 1.
 */
export function gradeConversation(
  grade: typeof gradeTask,
  scenario: Scenario,
  answer: TaskAnswer,
): GradeResult {
  const reply = grade(scenario, 'reply', { reply: answer.reply ?? '' });
  const decision = grade(scenario, 'followup', { decision: answer.decision ?? null });
  const replyPassed = reply.result.passed;
  return {
    score: Math.round((reply.share + decision.share) * 100) / 100,
    maxScore: 2,
    passed: replyPassed && decision.result.passed,
    criteria: [
      ...decision.result.criteria,
      {
        id: 'conversation-reply',
        met: replyPassed,
        feedback: replyPassed
          ? 'Your reply met the checklist.'
          : 'Your reply has not met the checklist yet: improve it in step 1 and check it again.',
      },
    ],
  };
}

/**
 * Island: the whole conversation on a scenario with a follow-up. Step 1, the learner writes the
 * clarifying reply (the reply rubric, live; saved as `reply:<scenario id>`). Step 2, once the reply
 * has been checked, the sender's answer appears. Step 3, the learner decides (accept with caution
 * or decline); Check grades the reply as it now stands (its saved draft) and the decision with
 * the task table, and records them as `conversation:<scenario id>`.
 */
export default function ConversationExercise({
  scenario,
  text,
}: {
  scenario: Scenario;
  text: ConversationText;
}) {
  const idPrefix = `conversation-${scenario.id}`;
  const firstName = scenario.sender.name.split(/\s+/)[0];
  const mounted = useMounted();
  const progress = useStore($progress);
  const replyStep = progress.exercises[replyStepId(scenario)];
  // Shown only after mounting, so the hydrating render matches the server's HTML.
  const answered = mounted && !!replyStep;
  const exerciseId = `conversation:${scenario.id}`;
  const [decision, setDecision] = useState<FollowUpDecision | null>(null);
  const [arrival, setArrival] = useState('');
  const wasAnswered = useRef<boolean | null>(null);
  const { checked, check, restore, announcement, headingRef, prepare, pending } = useCheck(
    exerciseId,
    loadTaskGrader,
    (grade, answer: TaskAnswer) => gradeConversation(grade, scenario, answer),
  );

  // The saved decision comes back after hydration, so the first render matches the server's
  // HTML; its result too, when it is the answer last checked.
  useEffect(() => {
    const saved = readAnswer(exerciseId);
    if (!saved) return;
    const restored = isDecision(saved.decision) ? saved.decision : null;
    setDecision(restored);
    const last = $progress.get().exercises[exerciseId]?.last.answer;
    if (last && JSON.stringify(last) === JSON.stringify(saved)) {
      restore({ reply: typeof saved.reply == 'string' ? saved.reply : '', decision: restored });
    }
  }, [exerciseId, restore]);

  const choose = (value: FollowUpDecision) => {
    setDecision(value);
    saveAnswer(exerciseId, { decision: value });
  };

  // Announce the sender's answer when it arrives now, not when it is back from an earlier visit.
  useEffect(() => {
    if (!mounted) return;
    if (wasAnswered.current === false && answered) {
      setArrival(`${firstName} has answered your reply. Read the answer below, then decide.`);
    }
    wasAnswered.current = answered;
  }, [mounted, answered, firstName]);

  return (
    <div class="conversation">
      <h4 class="conversation-step">1. Your reply</h4>
      <WritingExercise
        exerciseId={replyStepId(scenario)}
        idPrefix={`${idPrefix}-reply`}
        label={`Your reply to ${scenario.sender.name}`}
        loader={loadReplyGrader}
        grade={(grade, reply) => grade(scenario, reply)}
        text={text.reply}
        rows={7}
        model={scenario.answer.reply}
      />
      <p role="status" class="visually-hidden">
        {arrival}
      </p>
      <h4 class="conversation-step">2. {firstName} answers</h4>
      {answered && scenario.followUp ? (
        <div class="exchange">
          <p class="exchange-who">{firstName} answered:</p>
          <blockquote class="exchange-message">{scenario.followUp.message}</blockquote>
        </div>
      ) : (
        <p class="exercise-context">
          {firstName}’s answer appears here once you have checked your reply.
        </p>
      )}
      <h4 class="conversation-step">3. Your decision</h4>
      {answered ? (
        <ExerciseForm
          onCheck={() => check({ reply: readDraft(replyStepId(scenario)), decision })}
          onFirstUse={prepare}
          announcement={announcement}
          pending={pending}
          feedback={
            checked && (
              <Feedback result={checked.result} names={text.names} headingRef={headingRef} />
            )
          }
        >
          <ChoiceGroup
            legend={`${firstName} has answered. What do you do with the invitation now?`}
            name={`${idPrefix}-decision`}
            type="radio"
            options={text.decisions}
            selected={decision ? [decision] : []}
            onToggle={choose}
          />
        </ExerciseForm>
      ) : (
        <p class="exercise-context">You decide once you have read the answer.</p>
      )}
    </div>
  );
}
