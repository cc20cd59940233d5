import { gradeNote } from '~/grader/note';
import type { NoteTarget } from '~/schemas/scenario';
import { WritingExercise } from '../ui/WritingExercise';

/** Island: write an invitation note to `target`; saved as `note:<exerciseId>`. */
export default function InviteNoteExercise(props: { exerciseId: string; target: NoteTarget }) {
  return (
    <WritingExercise
      exerciseId={`note:${props.exerciseId}`}
      idPrefix={`note-${props.exerciseId}`}
      label={`Your note to ${props.target.name}`}
      grade={(text) => gradeNote(props.target, text)}
      rows={5}
      limit={{ warnAt: 200, max: 300 }}
    />
  );
}
