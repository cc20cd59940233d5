import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { assignmentFingerprint } from '~/assignment/fingerprint';
import { assignmentItems } from '~/assignment/items';
import { decodeAssignment } from '~/assignment/link';
import { buildResultsFile, resultsFileName } from '~/assignment/results';
import { taskAnswered } from '~/tasks';
import type { Assignment } from '~/schemas/assignment';
import type { Scenario } from '~/schemas/scenario';
import { reportAssignmentScore, syncAssignmentRun } from '~/scorm/assignment';
import { assignmentRuns } from '~/stores/assignment';
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
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    const read = () => setOpened(open(location.hash, bankMap));
    read();
    addEventListener('hashchange', read);
    return () => removeEventListener('hashchange', read);
  }, [bankMap]);

  const ready = opened.state === 'ready' ? opened : null;
  const run = useStore(assignmentRuns.runOf(ready?.fingerprint ?? '')) ?? null;
  const assignment = ready?.assignment;
  const items = useMemo(
    () => (assignment ? assignmentItems(assignment, bankMap).items : []),
    [assignment, bankMap],
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
  const fingerprint = ready?.fingerprint;
  useEffect(() => (fingerprint ? syncAssignmentRun(fingerprint) : undefined), [fingerprint]);
  // Reported when the student moves on or finishes, not on every keystroke of a reply.
  const answersRef = useRef(run?.answers);
  answersRef.current = run?.answers;
  useEffect(() => {
    if (assignment && answersRef.current) {
      reportAssignmentScore(assignment, answersRef.current, bankMap, current >= items.length);
    }
  }, [assignment, bankMap, current, items.length]);

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

  // Loading and error returned above, so the assignment is open.
  const key = opened.fingerprint;
  const title = <h1 class="asg-title">{opened.assignment.title}</h1>;

  if (!started) {
    return (
      <>
        {title}
        <p>
          {items.length} questions on {opened.assignment.scenarios.length} invitations. Your answers stay
          in this browser until you download them for your instructor; the pass mark is{' '}
          {opened.assignment.passMark}%.
        </p>
        <form
          class="ex-form asg-name"
          onSubmit={(e) => {
            e.preventDefault();
            const name = nameDraft.trim().slice(0, 100);
            if (name)
              assignmentRuns.update(key, {
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
  const go = (index: number) => assignmentRuns.update(key, { current: index });

  if (current >= items.length) {
    const answered = items.filter((i) =>
      taskAnswered(i.task, Object.hasOwn(answers, i.scenario) ? answers[i.scenario] : undefined),
    ).length;
    const download = () => {
      const file = buildResultsFile({
        assignment: opened.assignment,
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
                  assignmentRuns.clear(key);
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
  const answer = (Object.hasOwn(answers, item.scenario) ? answers[item.scenario] : undefined) ?? {};
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
          assignmentRuns.update(key, {
            answers: {
              ...answers,
              [item.scenario]: { ...answers[item.scenario], ...t },
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
