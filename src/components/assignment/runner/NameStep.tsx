import type { Ref } from 'preact';
import { useState } from 'preact/hooks';
import { showsReview, type Assignment } from '~/schemas/assignment';
import { MAX_STUDENT_ID_CHARS } from '~/schemas/constants';

/** What the assignment asks, in one sentence per part, before the student starts. */
export function describeAssignment(a: Assignment): string {
  const per = [
    a.tasks.includes('judge') ? 'choose what you would do and tick the red flags' : '',
    a.tasks.includes('reply') ? 'write the reply you would send (or say why you would not)' : '',
  ].filter(Boolean);
  const parts = [
    per.length
      ? `${a.scenarios.length} invitation${a.scenarios.length === 1 ? '' : 's'}: for each, ${per.join(', then ')}.`
      : `${a.scenarios.length} invitations.`,
    a.tasks.includes('followup')
      ? 'Then a second part asks what you would do after some senders answer; once you start it, your answers to the first part are final.'
      : '',
    `The pass mark is ${a.passMark}%. When you finish, you see your score${showsReview(a) ? ' and the model answers' : ''}.`,
  ];
  return parts.filter(Boolean).join(' ');
}

/** The first screen: what the assignment asks, and the student's name. */
export function NameStep(props: {
  assignment: Assignment;
  headingRef: Ref<HTMLHeadingElement>;
  /** The name, and the student number or email ('' when left blank). */
  onStart: (name: string, studentId: string) => void;
}) {
  const [draft, setDraft] = useState('');
  const [studentId, setStudentId] = useState('');
  return (
    <>
      <p>
        {describeAssignment(props.assignment)} Your answers stay in this browser until you download
        them for your instructor.
      </p>
      <form
        class="ex-form asg-name"
        onSubmit={(e) => {
          e.preventDefault();
          const name = draft.trim().slice(0, 100);
          if (name) props.onStart(name, studentId.trim().slice(0, MAX_STUDENT_ID_CHARS));
        }}
      >
        <h2 tabIndex={-1} ref={props.headingRef}>
          Before you start
        </h2>
        <label class="ex-label" for="asg-name">
          Your name, as your instructor knows you
        </label>
        <input
          id="asg-name"
          class="asg-input"
          type="text"
          autocomplete="name"
          maxLength={100}
          required
          value={draft}
          onInput={(e) => setDraft((e.currentTarget as HTMLInputElement).value)}
        />
        <label class="ex-label" for="asg-student-id">
          Student number or email (optional: if your instructor asks for it)
        </label>
        <input
          id="asg-student-id"
          class="asg-input"
          type="text"
          autocomplete="off"
          maxLength={MAX_STUDENT_ID_CHARS}
          value={studentId}
          onInput={(e) => setStudentId((e.currentTarget as HTMLInputElement).value)}
        />
        <p>
          <button type="submit" class="ex-button">
            Start
          </button>
        </p>
      </form>
    </>
  );
}

/**
 * "Answering as Robin. Not Robin? Start as a new student": on a shared computer the next
 * student clears the previous one's answers to this assignment (after a confirmation).
 */
export function WhoIsAnswering({ name, onNewStudent }: { name: string; onNewStudent: () => void }) {
  return (
    <p class="asg-who">
      Answering as <strong>{name}</strong>. Not {name}?{' '}
      <button
        type="button"
        class="ex-button secondary asg-new-student"
        onClick={() => {
          if (
            confirm(
              `Start as a new student? ${name}'s answers to this assignment will be deleted from this browser (a results file ${name} already downloaded is not affected).`,
            )
          )
            onNewStudent();
        }}
      >
        Start as a new student
      </button>
    </p>
  );
}
