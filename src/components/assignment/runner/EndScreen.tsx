import { useStore } from '@nanostores/preact';
import type { Ref } from 'preact';
import { useState } from 'preact/hooks';
import { questionName } from '~/assignment/items';
import { buildResultsFile, resultsFileName, type StudentAnswer } from '~/assignment/results';
import type { StudentRow } from '~/gradebook/grade';
import { showsReview, type Assignment } from '~/schemas/assignment';
import type { Scenario } from '~/schemas/scenario';
import { $lmsSent, sentSentence } from '~/scorm/browser';
import { ItemReview } from '../../quiz/Questions';
import { downloadText } from '../download';
import type { Loaded } from './load';

/** The end: the score (once the key has loaded), the review unless hidden, and the download. */
export function EndScreen(props: {
  assignment: Assignment;
  name: string;
  /** The student number or email the student gave, if any. */
  studentId?: string;
  startedAt: string;
  answers: Readonly<Record<string, StudentAnswer>>;
  /** The student's answers graded against the loaded key. */
  graded: Loaded<{ row: StudentRow; bank: ReadonlyMap<string, Scenario> }>;
  onRetry: () => void;
  headingRef: Ref<HTMLHeadingElement>;
}) {
  const { assignment, graded } = props;
  const [downloaded, setDownloaded] = useState('');
  // Inside an LMS (SCORM package) the LMS has the answers: say what it was sent, no file.
  const sentToLms = sentSentence(useStore($lmsSent));
  const download = () => {
    const file = buildResultsFile({
      assignment,
      name: props.name,
      studentId: props.studentId,
      startedAt: props.startedAt,
      finishedAt: new Date().toISOString(),
      answers: props.answers,
    });
    const fileName = resultsFileName(file);
    downloadText(fileName, JSON.stringify(file, null, 2), 'application/json');
    setDownloaded(`Saved ${fileName}. Hand this file to your instructor.`);
  };
  const row = graded.status === 'ready' ? graded.data.row : null;
  const asked = assignment.scenarios.length;
  const ungradedReplies = assignment.tasks.includes('reply')
    ? asked - (row?.items.filter((i) => i.task === 'reply').length ?? asked)
    : 0;
  return (
    <section class="asg-done" aria-labelledby="asg-done-title">
      <h2 id="asg-done-title" tabIndex={-1} ref={props.headingRef}>
        {row
          ? `Your score: ${row.percent}% (${row.passed ? 'passed' : 'not passed'})`
          : `All done, ${props.name}`}
      </h2>
      {row && (
        <p class="asg-score">
          Well done for finishing, {props.name}. The pass mark is {assignment.passMark}%. This is
          the course's own grading; your instructor grades your results file the same way.
        </p>
      )}
      {graded.status === 'loading' && <p role="status">Working out your score…</p>}
      {graded.status === 'failed' && (
        <div role="alert">
          <p>
            <strong>Your score could not be loaded</strong> (check your connection). Your answers
            are saved: you can still download them for your instructor.
          </p>
          <button type="button" class="ex-button secondary" onClick={props.onRetry}>
            Try again
          </button>
        </div>
      )}
      {sentToLms ? (
        <p role="status" class="asg-status">
          {sentToLms}
        </p>
      ) : (
        <>
          <p>
            Download your results and hand the file to your instructor (by email or your course
            site). The file holds your answers, your name and the time; your instructor's gradebook
            grades it.
          </p>
          <p class="qz-actions">
            <button type="button" class="ex-button" onClick={download}>
              Download my results
            </button>
          </p>
          <p role="status" class="asg-status">
            {downloaded}
          </p>
        </>
      )}
      {row && graded.status === 'ready' && showsReview(assignment) && (
        <section class="qz-review" aria-labelledby="asg-review-title">
          <h2 id="asg-review-title">Review</h2>
          {ungradedReplies > 0 && (
            <p>
              Replies to invitations where replying was not the best choice are not graded (
              {ungradedReplies} of {asked}).
            </p>
          )}
          {row.items.map((item, i) => (
            <ItemReview
              kind={item.task}
              scenario={graded.data.bank.get(item.scenario)!}
              answer={item.answer}
              result={item.result}
              share={item.share}
              heading={`${i + 1}. ${questionName(graded.data.bank, item)}`}
            />
          ))}
        </section>
      )}
      {row && !showsReview(assignment) && (
        <p>Your instructor will go over the answers with you: this assignment shows no review.</p>
      )}
    </section>
  );
}
