import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Scenario } from '~/schemas/scenario';
import type { WritingText } from '../islandText';
import { lazy } from '../../ui/lazyGrader';
import { WritingExercise } from '../../ui/WritingExercise';

/** The grading function, loaded on first use (see ../ui/lazyGrader). */
export const loadGrader = lazy(() => import('~/grader/reply').then((m) => m.gradeReply));

/** "Another one like this": the practice pool and its reply items, loaded when first asked for. */
export const loadPractice = lazy(() => import('../../review/PracticeReply'));

/** Props of the reply island. */
export interface ReplyExerciseProps {
  scenario: Scenario;
  /** The criteria's names and the empty checklist (see ../islandText). */
  text: WritingText;
  /** Where results and drafts are saved: `reply:<scenario id>` unless given. */
  exerciseId?: string;
  /** Prefix of element ids, unique on the page: `reply-<scenario id>` unless given. */
  idPrefix?: string;
  /** The practice pool's URL; with it (or `onAnother`), "Another one like this" is offered. */
  poolUrl?: string;
  /** Called by "Another one like this" in a practice item, so its host shows the next one. */
  onAnother?: () => void;
}

/**
 * Island: draft a clarifying reply to the scenario's invitation; saved as `reply:<scenario id>`.
 * After a check, "Another one like this" shows a practice reply of the same skill below it
 * (../../review/PracticeReply, loaded then).
 */
export default function ReplyExercise(props: ReplyExerciseProps) {
  const { scenario, text, poolUrl, onAnother } = props;
  const idPrefix = props.idPrefix ?? `reply-${scenario.id}`;
  const practiceBox = useRef<HTMLDivElement>(null);
  // Practice items render in their own tree inside the box: unmount it with the exercise.
  useEffect(() => {
    const box = practiceBox.current;
    return () => void (box && render(null, box));
  }, []);
  const [failed, setFailed] = useState('');
  const another = () => {
    if (onAnother) return onAnother();
    setFailed('');
    loadPractice().then(
      (m) => m.showReplyPractice(practiceBox.current!, { scenario, hostPrefix: idPrefix, poolUrl }),
      () => setFailed('The practice items could not load. Check your connection and try again.'),
    );
  };
  return (
    <>
      <WritingExercise
        exerciseId={props.exerciseId ?? `reply:${scenario.id}`}
        idPrefix={idPrefix}
        label={`Your reply to ${scenario.sender.name}`}
        loader={loadGrader}
        grade={(grade, answer) => grade(scenario, answer)}
        text={text}
        rows={7}
        model={scenario.answer.reply}
        after={
          (poolUrl || onAnother) && (
            <p class="ex-actions">
              <button type="button" class="ex-button secondary" onClick={another}>
                Another one like this
              </button>
              {failed && <span class="ex-pending"> {failed}</span>}
            </p>
          )
        }
      />
      <div class="ex-practice" ref={practiceBox} />
    </>
  );
}
