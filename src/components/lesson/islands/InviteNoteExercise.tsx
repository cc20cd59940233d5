import type { NoteFacts, NoteTarget } from '~/schemas/scenario';
import type { WritingText } from '../islandText';
import { lazy } from '../../ui/lazyGrader';
import { WritingExercise } from '../../ui/WritingExercise';

/** The grading function, loaded on first use (see ../ui/lazyGrader). */
export const loadGrader = lazy(() => import('~/grader/note').then((m) => m.gradeNote));

/**
 * Island: write an invitation note to `target`; saved as `note:<exerciseId>`. `text` holds the
 * criteria's names and the empty checklist (see ../islandText).
 */
export default function InviteNoteExercise(props: {
  exerciseId: string;
  target: NoteTarget;
  /** The situation's facts, when the exercise gives them: the note is checked against them. */
  facts?: NoteFacts | undefined;
  text: WritingText;
}) {
  return (
    <WritingExercise
      exerciseId={`note:${props.exerciseId}`}
      idPrefix={`note-${props.exerciseId}`}
      label={`Your note to ${props.target.name}`}
      loader={loadGrader}
      grade={(grade, answer) => grade(props.target, answer, props.facts)}
      text={props.text}
      rows={5}
      limit={{ warnAt: 200, max: 300 }}
    />
  );
}
