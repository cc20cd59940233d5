import type { Ref } from 'preact';

/** Shared props of the screens between the questions. */
interface CheckpointProps {
  headingRef: Ref<HTMLHeadingElement>;
  answered: number;
  total: number;
  onBack?: () => void;
  onContinue: () => void;
}

const counted = (answered: number, total: number) =>
  `You answered ${answered} of ${total} questions (a reply may stay empty where you would not reply).`;

/**
 * The end of part 1 when follow-ups come next: the follow-ups show which invitations deserved a
 * reply, so part 1 is locked before the first one is shown.
 */
export function EndOfPartOne(props: CheckpointProps) {
  return (
    <section class="asg-checkpoint" aria-labelledby="asg-part1-title">
      <h2 id="asg-part1-title" tabIndex={-1} ref={props.headingRef}>
        End of part 1
      </h2>
      <p>{counted(props.answered, props.total)}</p>
      <p>
        Part 2 asks what you would do after some senders answer. Once you start it, your answers to
        part 1 are final: check them now if you want to.
      </p>
      <p class="qz-actions">
        <button type="button" class="ex-button" onClick={props.onContinue}>
          Start part 2
        </button>{' '}
        {props.onBack && (
          <button type="button" class="ex-button secondary" onClick={props.onBack}>
            Back to part 1
          </button>
        )}
      </p>
    </section>
  );
}

/** Before Finish: once pressed, every answer is final and the score is shown. */
export function ReadyToFinish(props: CheckpointProps) {
  return (
    <section class="asg-checkpoint" aria-labelledby="asg-finish-title">
      <h2 id="asg-finish-title" tabIndex={-1} ref={props.headingRef}>
        Ready to finish?
      </h2>
      <p>{counted(props.answered, props.total)}</p>
      <p>When you finish, your answers are final and you see your score.</p>
      <p class="qz-actions">
        <button type="button" class="ex-button" onClick={props.onContinue}>
          Finish and see my score
        </button>{' '}
        {props.onBack && (
          <button type="button" class="ex-button secondary" onClick={props.onBack}>
            Back to the questions
          </button>
        )}
      </p>
    </section>
  );
}
