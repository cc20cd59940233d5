import { useStore } from '@nanostores/preact';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { firstPartItems, followUpItems, type AssignmentItem } from '~/assignment/items';
import { ownScenariosOf, withOwnScenarios } from '~/assignment/own';
import {
  FOLLOW_UPS_FILE,
  followUpMessages,
  toPublicScenario,
  readFollowUps,
  readReview,
  REVIEW_FILE,
  type FollowUpMessages,
  type PublicScenario,
} from '~/assignment/public';
import { buildResultsFile } from '~/assignment/results';
import { gradeResults } from '~/gradebook/grade';
import type { Scenario } from '~/schemas/scenario';
import { reportAssignmentScore } from '~/scorm/assignment';
import { lmsLearnerName } from '~/scorm/browser';
import { assignmentRuns } from '~/stores/assignment';
import { taskAnswered } from '~/tasks';
import { QuestionStep } from '../quiz/Questions';
import { EndOfPartOne, ReadyToFinish } from './runner/Checkpoints';
import { EndScreen } from './runner/EndScreen';
import { useJsonFile, type Loaded } from './runner/load';
import { NameStep, WhoIsAnswering } from './runner/NameStep';
import { openAssignment, type Opened } from './runner/open';
import { sitePath } from '../ui/sitePath';

/** Props of the student page: the bank without its key (see src/assignment/public.ts). */
export interface AssignmentRunnerProps {
  bank: PublicScenario[];
}

/** The instruction of the reply question, asked of every scenario whatever its verdict. */
export const REPLY_PROMPT =
  'If you would reply, write your reply; if not, say in one line why, or leave it empty.';

/**
 * Island: the student side of an assignment. Decodes the link in the URL's hash (a tampered or
 * truncated link shows a clear error, never a blank page), asks the student's name, then asks
 * part 1 (the same questions of every invitation, whatever its answer) and, once part 1 is
 * locked, part 2 (the follow-ups, loaded then). Finish makes every answer final, loads the key,
 * and shows the score and the review; "Download my results" saves the raw answers for the
 * instructor's gradebook. The page itself carries no answer key.
 */
export default function AssignmentRunner({ bank }: AssignmentRunnerProps) {
  const publicBank = useMemo(() => new Map(bank.map((s) => [s.id, s])), [bank]);
  const known = useMemo(() => new Set(publicBank.keys()), [publicBank]);
  const [opened, setOpened] = useState<Opened>({ state: 'loading' });
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    const read = () => setOpened(openAssignment(location.hash, known));
    read();
    addEventListener('hashchange', read);
    return () => removeEventListener('hashchange', read);
  }, [known]);

  const ready = opened.state === 'ready' ? opened : null;
  const key = ready?.fingerprint ?? '';
  const run = useStore(assignmentRuns.runOf(key)) ?? null;
  const assignment = ready?.assignment;
  // The instructor's own scenarios travel in the link, key included (docs/instructors.md).
  const shownBank = useMemo(
    () => withOwnScenarios(publicBank, assignment, toPublicScenario),
    [publicBank, assignment],
  );
  const started = !!run?.name;
  // Inside an LMS (SCORM package) the LMS says who the student is: no name to type.
  const lmsName = lmsLearnerName();
  useEffect(() => {
    if (key && lmsName && !run?.name)
      assignmentRuns.update(key, {
        name: lmsName,
        current: run?.current ?? 0,
        startedAt: run?.startedAt ?? new Date().toISOString(),
      });
  }, [key, lmsName, run]);
  const part = run?.part ?? 1;
  const finished = !!run?.finished;

  const followUps = useJsonFile<FollowUpMessages>(
    FOLLOW_UPS_FILE,
    started && part === 2 && !finished,
    readFollowUps,
  );
  const review = useJsonFile<Map<string, Scenario>>(REVIEW_FILE, started && finished, readReview);

  const partOne = useMemo(() => (assignment ? firstPartItems(assignment) : []), [assignment]);
  const messages = useMemo(() => {
    if (followUps.state.status !== 'ready') return null;
    const own = ownScenariosOf(assignment).filter((s) => s.followUp);
    return own.length
      ? { ...followUps.state.data, ...followUpMessages(own) }
      : followUps.state.data;
  }, [followUps.state, assignment]);
  const partTwo = useMemo(
    () => (assignment && messages ? followUpItems(assignment, new Set(Object.keys(messages))) : []),
    [assignment, messages],
  );
  const asksFollowUps = !!assignment?.tasks.includes('followup');
  const items = part === 1 ? partOne : partTwo;
  const current = run ? Math.min(Math.max(0, run.current), items.length) : 0;

  // The answers graded against the key, once it has loaded after Finish.
  const answers = run?.answers;
  const graded = useMemo((): Loaded<{
    row: ReturnType<typeof gradeResults>;
    bank: Map<string, Scenario>;
  }> => {
    if (review.state.status !== 'ready' || !assignment || !answers) {
      return { status: review.state.status === 'ready' ? 'loading' : review.state.status };
    }
    const full = withOwnScenarios(review.state.data, assignment, (s) => s);
    const now = new Date().toISOString();
    const file = buildResultsFile({
      assignment,
      name: 'me',
      startedAt: now,
      finishedAt: now,
      answers,
    });
    return { status: 'ready', data: { row: gradeResults(file, '', assignment, full), bank: full } };
  }, [review.state, assignment, answers]);

  // Inside an LMS package, report the score once it is known (the key loads after Finish).
  const gradedRow = graded.status === 'ready' ? graded.data.row : null;
  useEffect(() => {
    if (assignment && gradedRow) reportAssignmentScore(assignment, gradedRow, true);
  }, [assignment, gradedRow]);

  const screen = !ready
    ? opened.state
    : !started
      ? 'name'
      : finished
        ? 'done'
        : `p${part}-${current}-${items.length}`;
  const firstScreen = useRef(true);
  useEffect(() => {
    if (firstScreen.current) firstScreen.current = screen === 'loading';
    else headingRef.current?.focus();
  }, [screen]);

  const go = useCallback(
    (change: { current: number; part?: 1 | 2; finished?: boolean }) => {
      assignmentRuns.update(key, change);
    },
    [key],
  );

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
          <a href={sitePath('/quiz/')}>self-assessment</a>.
        </p>
      </div>
    );
  }

  const title = <h1 class="asg-title">{opened.assignment.title}</h1>;
  if (!started || !run) {
    return (
      <>
        {title}
        <NameStep
          assignment={opened.assignment}
          headingRef={headingRef}
          onStart={(name, studentId) =>
            assignmentRuns.update(key, {
              name,
              ...(studentId ? { studentId } : {}),
              current: run?.current ?? 0,
              startedAt: run?.startedAt ?? new Date().toISOString(),
            })
          }
        />
      </>
    );
  }

  const who = lmsName ? (
    <p class="asg-who">
      Answering as <strong>{run.name}</strong>, as your LMS knows you.
    </p>
  ) : (
    <WhoIsAnswering name={run.name} onNewStudent={() => assignmentRuns.clear(key)} />
  );
  const answerOf = (item: AssignmentItem) =>
    Object.hasOwn(run.answers, item.scenario) ? run.answers[item.scenario] : undefined;
  const countAnswered = (list: readonly AssignmentItem[]) =>
    list.filter((i) => taskAnswered(i.task, answerOf(i))).length;

  if (finished) {
    return (
      <>
        {title}
        {who}
        <EndScreen
          assignment={opened.assignment}
          name={run.name}
          studentId={run.studentId}
          startedAt={run.startedAt}
          answers={run.answers}
          graded={graded}
          onRetry={review.retry}
          headingRef={headingRef}
        />
      </>
    );
  }

  let body;
  if (part === 2 && followUps.state.status !== 'ready') {
    body =
      followUps.state.status === 'failed' ? (
        <div role="alert">
          <p>
            <strong>Part 2 could not be loaded</strong> (check your connection). Your answers are
            saved.
          </p>
          <button type="button" class="ex-button" onClick={followUps.retry}>
            Try again
          </button>
        </div>
      ) : (
        <p role="status">Loading part 2…</p>
      );
  } else if (current >= items.length) {
    const all = [...partOne, ...partTwo];
    const backTo = items.length ? () => go({ current: items.length - 1 }) : undefined;
    body =
      part === 1 && asksFollowUps ? (
        <EndOfPartOne
          headingRef={headingRef}
          answered={countAnswered(partOne)}
          total={partOne.length}
          onBack={backTo}
          onContinue={() => go({ part: 2, current: 0 })}
        />
      ) : (
        <ReadyToFinish
          headingRef={headingRef}
          answered={countAnswered(all)}
          total={all.length}
          onBack={backTo}
          onContinue={() => go({ current: items.length, finished: true })}
        />
      );
  } else {
    const item = items[current]!;
    const shown = shownBank.get(item.scenario)!;
    const scenario =
      item.task === 'followup' && messages
        ? { ...shown, followUp: { message: messages[item.scenario] ?? '' } }
        : shown;
    body = (
      <QuestionStep
        idPrefix="asg"
        headingRef={headingRef}
        current={current}
        total={items.length}
        heading={part === 2 ? `Follow-up ${current + 1} of ${items.length}` : undefined}
        prompt={item.task === 'reply' ? REPLY_PROMPT : undefined}
        kind={item.task}
        scenario={scenario}
        answer={answerOf(item) ?? {}}
        onChange={(t) =>
          assignmentRuns.update(key, {
            answers: { ...run.answers, [item.scenario]: { ...answerOf(item), ...t } },
          })
        }
        onBack={() => go({ current: current - 1 })}
        onNext={() => go({ current: current + 1 })}
        lastLabel="Next"
      />
    );
  }
  return (
    <>
      {title}
      {who}
      {body}
    </>
  );
}
