import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { assignmentFingerprint } from '~/assignment/fingerprint';
import { assignmentItems } from '~/assignment/items';
import { decodeAssignment } from '~/assignment/link';
import { buildResultsFile, resultsFileName, type StudentAnswer } from '~/assignment/results';
import type { TaskAnswer } from '~/quiz/tasks';
import type { Assignment } from '~/schemas/assignment';
import type { Scenario } from '~/schemas/scenario';
import { reportAssignmentScore, syncAssignmentRun } from '~/scorm/assignment';
import {
  $assignmentRuns,
  clearAssignmentRun,
  readAssignmentRun,
  updateAssignmentRun,
} from '~/stores/assignment';
import { QuestionStep } from '../quiz/Questions';
import { downloadText } from './download';

/** Props of the student page: the bank, to show the scenarios a link names. */
export interface AssignmentRunnerProps {
  bank: Scenario[];
}

type Opened =
  | { state: 'loading' }
  | { state: 'error'; message: string }
  | { state: 'ready'; assignment: Assignment; fingerprint: string };

/** A student's answer to one scenario as the question fields read it, and back. */
const toTask = (a: StudentAnswer | undefined): TaskAnswer =>
  a ? { verdict: a.verdict, flags: a.flags, text: a.reply, decision: a.decision } : {};
const fromTask = (t: TaskAnswer): StudentAnswer => {
  const a: StudentAnswer = {};
  if (t.verdict !== undefined) a.verdict = t.verdict;
  if (t.flags !== undefined) a.flags = t.flags;
  if (t.text !== undefined) a.reply = t.text;
  if (t.decision !== undefined) a.decision = t.decision;
  return a;
};

/** Opens the assignment in the URL's hash, checking it against the schema and the bank. */
function open(hash: string, bank: ReadonlyMap<string, Scenario>): Opened {
  const decoded = decodeAssignment(hash);
  if (!decoded.ok) return { state: 'error', message: decoded.message };
  const unknown = assignmentItems(decoded.assignment, bank).unknown;
  if (unknown.length) {
    return {
      state: 'error',
      message: `This assignment asks about ${unknown.length === 1 ? 'a scenario' : 'scenarios'} this version of the course does not have (${unknown.slice(0, 5).join(', ')}). Ask your instructor for a new link.`,
    };
  }
  return {
    state: 'ready',
    assignment: decoded.assignment,
    fingerprint: assignmentFingerprint(decoded.assignment),
  };
}

/**
 * Island: the student side of an assignment. Decodes the link in the URL's hash (a tampered or
 * truncated link shows a clear error, never a blank page), asks the student's name, runs the
 * questions one at a time (saved in this browser), and offers "Download my results": a JSON file
 * of raw answers for the instructor's gradebook.
 */
export default function AssignmentRunner({ bank }: AssignmentRunnerProps) {
  const bankMap = useMemo(() => new Map(bank.map((s) => [s.id, s])), [bank]);
  const [opened, setOpened] = useState<Opened>({ state: 'loading' });
  const [nameDraft, setNameDraft] = useState('');
  const [downloaded, setDownloaded] = useState('');
  // Re-render when the saved runs change; the run of this assignment is read below.
  useStore($assignmentRuns);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    const read = () => setOpened(open(location.hash, bankMap));
    read();
    addEventListener('hashchange', read);
    return () => removeEventListener('hashchange', read);
  }, [bankMap]);

  const ready = opened.state === 'ready' ? opened : null;
  const run = ready ? readAssignmentRun(ready.fingerprint) : null;
  const items = useMemo(
    () => (ready ? assignmentItems(ready.assignment, bankMap).items : []),
    [ready?.fingerprint],
  );
  const started = !!run?.name;
  const current = run ? Math.min(Math.max(0, run.current), items.length) : 0;
  const screen = !ready
    ? opened.state
    : !started
      ? 'name'
      : current >= items.length
        ? 'done'
        : `q${current}`;

  // Inside an LMS (SCORM package) keep the answers in its resume data and report the score after
  // each answer; on the open web both do nothing.
  useEffect(() => (ready ? syncAssignmentRun(ready.fingerprint) : undefined), [ready?.fingerprint]);
  useEffect(() => {
    if (ready && run) {
      reportAssignmentScore(ready.assignment, run.answers, bankMap, current >= items.length);
    }
  }, [ready?.fingerprint, current]);

  const firstScreen = useRef(true);
  useEffect(() => {
    if (firstScreen.current) firstScreen.current = screen === 'loading';
    else headingRef.current?.focus();
  }, [screen]);

  if (opened.state === 'loading') {
    return (
      <>
        <h1>Assignment</h1>
        <p>Opening the assignment from your link…</p>
      </>
    );
  }
  if (opened.state === 'error') {
    return (
      <div class="asg-error">
        <h1 tabIndex={-1} ref={headingRef}>
          This assignment link does not work
        </h1>
        <p role="alert" class="asg-error-message">
          {opened.message}
        </p>
        <p>
          Nothing was saved or sent. Meanwhile you can practise with the{' '}
          <a href="/quiz/">self-assessment</a>.
        </p>
      </div>
    );
  }

  const { assignment, fingerprint } = ready!;
  const title = <h1 class="asg-title">{assignment.title}</h1>;

  if (!started) {
    return (
      <>
        {title}
        <p>
          {items.length} questions on {assignment.scenarios.length} invitations. Your answers stay
          in this browser until you download them for your instructor; the pass mark is{' '}
          {assignment.passMark}%.
        </p>
        <form
          class="ex-form asg-name"
          onSubmit={(e) => {
            e.preventDefault();
            const name = nameDraft.trim().slice(0, 100);
            if (name)
              updateAssignmentRun(fingerprint, {
                name,
                current: run?.current ?? 0,
                startedAt: run?.startedAt ?? new Date().toISOString(),
              });
          }}
        >
          <h2 tabIndex={-1} ref={headingRef}>
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
            value={nameDraft}
            onInput={(e) => setNameDraft((e.currentTarget as HTMLInputElement).value)}
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

  const answers = run!.answers;
  const go = (index: number) => updateAssignmentRun(fingerprint, { current: index });

  if (current >= items.length) {
    const answered = items.filter((i) => {
      const a = Object.hasOwn(answers, i.scenario) ? answers[i.scenario] : undefined;
      if (!a) return false;
      if (i.task === 'judge') return !!a.verdict;
      if (i.task === 'reply') return !!a.reply?.trim();
      return !!a.decision;
    }).length;
    const download = () => {
      const file = buildResultsFile({
        assignment,
        name: run!.name,
        startedAt: run!.startedAt,
        finishedAt: new Date().toISOString(),
        answers,
      });
      const name = resultsFileName(file);
      downloadText(name, JSON.stringify(file, null, 2), 'application/json');
      setDownloaded(`Saved ${name}. Hand this file to your instructor.`);
    };
    return (
      <>
        {title}
        <section class="asg-done" aria-labelledby="asg-done-title">
          <h2 id="asg-done-title" tabIndex={-1} ref={headingRef}>
            All done, {run!.name}
          </h2>
          <p>
            You answered {answered} of {items.length} questions. Download your results and hand the
            file to your instructor (by email or your course site). The file holds your answers,
            your name and the time; your instructor's gradebook grades it.
          </p>
          <p class="qz-actions">
            <button type="button" class="ex-button" onClick={download}>
              Download my results
            </button>{' '}
            <button type="button" class="ex-button secondary" onClick={() => go(items.length - 1)}>
              Back to the questions
            </button>
          </p>
          <p role="status" class="asg-status">
            {downloaded}
          </p>
          <p>
            <button
              type="button"
              class="ex-button secondary"
              onClick={() => {
                if (
                  confirm(
                    'Start this assignment again? Your answers in this browser will be deleted.',
                  )
                )
                  clearAssignmentRun(fingerprint);
              }}
            >
              Start again
            </button>
          </p>
        </section>
      </>
    );
  }

  const item = items[current]!;
  const scenario = bankMap.get(item.scenario)!;
  const answer = toTask(Object.hasOwn(answers, item.scenario) ? answers[item.scenario] : undefined);
  return (
    <>
      {title}
      <QuestionStep
        idPrefix="asg"
        headingRef={headingRef}
        current={current}
        total={items.length}
        kind={item.task}
        scenario={scenario}
        answer={answer}
        onChange={(t) =>
          updateAssignmentRun(fingerprint, {
            answers: {
              ...answers,
              [item.scenario]: { ...answers[item.scenario], ...fromTask(t) },
            },
          })
        }
        onBack={() => go(current - 1)}
        onNext={() => go(current + 1)}
        lastLabel="Finish"
      />
    </>
  );
}
