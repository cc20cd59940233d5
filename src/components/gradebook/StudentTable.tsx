import { useEffect, useState } from 'preact/hooks';
import { questionName } from '~/assignment/items';
import type { Gradebook } from '~/gradebook/gradebook';
import {
  itemKey,
  parsePercent,
  type DecidedGradebook,
  type DecidedRow,
  type ScoreOverride,
} from '~/gradebook/overrides';
import type { Scenario } from '~/schemas/scenario';
import { gradeTask } from '~/tasks';
import { ItemReview } from '../quiz/Questions';

/** Props shared by the table and a student's details. */
interface Shared {
  bank: ReadonlyMap<string, Scenario>;
  /** Sets (or clears) the instructor's override of one question of one student. */
  onOverride: (fileName: string, key: string, change: Partial<ScoreOverride>) => void;
}

/**
 * One row per student (total, pass or not, each question in percent, a star where the instructor
 * set the score); a row's name opens the student's answers with the feedback, where the
 * instructor can set a score and a comment per question and print the student's feedback sheet.
 */
export function StudentTable(
  props: Shared & { book: DecidedGradebook; onPrint: (row: number) => void },
) {
  const { book, bank } = props;
  const [open, setOpen] = useState<string | null>(null);
  return (
    <div class="table-scroll">
      <table class="gb-table">
        <caption>Scores regraded with the current grader, in percent (* set by you)</caption>
        <thead>
          <tr>
            <th scope="col">Student</th>
            <th scope="col">Total</th>
            <th scope="col">Result</th>
            {book.items.map((item, i) => (
              <th scope="col">
                Q{i + 1} <span class="gb-q">{questionName(bank, item)}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {book.rows.map((row, r) => {
            const isOpen = open === row.fileName;
            return [
              <tr>
                <th scope="row">
                  <button
                    type="button"
                    class="gb-student"
                    aria-expanded={isOpen}
                    aria-controls={`gb-details-${r}`}
                    onClick={() => setOpen(isOpen ? null : row.fileName)}
                  >
                    {row.name}
                  </button>
                  {row.studentId && <span class="gb-id">{row.studentId}</span>}
                </th>
                <td>{row.percent}%</td>
                <td>{row.passed ? 'Passed' : 'Not passed'}</td>
                {row.items.map((i) => (
                  <td>
                    {Math.round(i.share * 100)}
                    {i.override?.percent != null && <abbr title="set by you">*</abbr>}
                  </td>
                ))}
              </tr>,
              isOpen && (
                <tr id={`gb-details-${r}`} class="gb-details-row">
                  <td colSpan={3 + book.items.length}>
                    <FeedbackSheet
                      row={row}
                      book={book}
                      bank={bank}
                      onOverride={props.onOverride}
                      onPrint={() => props.onPrint(r)}
                    />
                  </td>
                </tr>
              ),
            ];
          })}
        </tbody>
      </table>
    </div>
  );
}

/**
 * A student's answers, the feedback, and the instructor's score and comment per question. It is
 * also the printable feedback sheet (print CSS in gradebook.css keeps only this sheet and the
 * student's answers, dropping the form controls that are empty).
 */
export function FeedbackSheet(
  props: Shared & { row: DecidedRow; book: Gradebook; onPrint?: () => void },
) {
  const { row, book, bank } = props;
  return (
    <section class="gb-details gb-sheet" aria-label={`Answers of ${row.name}`}>
      <h3 class="gb-sheet-title">
        {book.assignment?.title ?? 'Assignment'}: feedback for {row.name}
      </h3>
      <p>
        Total <strong>{row.percent}%</strong>, {row.passed ? 'passed' : 'not passed'} (pass mark{' '}
        {book.assignment?.passMark ?? 0}%).
        {row.studentId && ` Student ID or email: ${row.studentId}.`}
      </p>
      {props.onPrint && (
        <p class="gb-no-print">
          <button type="button" class="ex-button secondary" onClick={props.onPrint}>
            Print feedback sheet for {row.name}
          </button>
        </p>
      )}
      <p class="gb-no-print">
        File {row.fileName}; started {row.startedAt}, finished {row.finishedAt}.
      </p>
      {row.warnings.length > 0 && (
        <ul class="gb-no-print">
          {row.warnings.map((w) => (
            <li>{w}</li>
          ))}
        </ul>
      )}
      {row.items.map((item, i) => (
        <div class="gb-question">
          <ItemReview
            level={4}
            kind={item.task}
            scenario={bank.get(item.scenario)!}
            answer={item.answer}
            // Rows from workers carry no feedback sentences (grade.worker.ts): regrade this one.
            {...gradeTask(bank.get(item.scenario)!, item.task, item.answer ?? {})}
            heading={`Q${i + 1}. ${questionName(bank, item)}`}
          />
          <OverrideFields
            id={`gb-o-${i}`}
            question={`Q${i + 1}`}
            graderPercent={Math.round(item.graderShare * 100)}
            override={item.override}
            onChange={(next) => props.onOverride(row.fileName, itemKey(item), next)}
          />
        </div>
      ))}
    </section>
  );
}

/** The instructor's score and comment for one question; saved as they are typed. */
function OverrideFields(props: {
  id: string;
  question: string;
  graderPercent: number;
  override: ScoreOverride | undefined;
  onChange: (change: Partial<ScoreOverride>) => void;
}) {
  const o = props.override ?? { percent: null, comment: '' };
  // What is being typed, kept here until the field is left (then saved): a re-render while the
  // instructor types (a score just saved, the class regraded) must not put the stored value back.
  const [score, setScore] = useState(String(o.percent ?? ''));
  const [comment, setComment] = useState(o.comment);
  useEffect(() => setScore(String(o.percent ?? '')), [o.percent]);
  useEffect(() => setComment(o.comment), [o.comment]);
  return (
    <div class="gb-override">
      <p class="gb-override-score">
        <label for={`${props.id}-score`} class="gb-no-print">
          Your score for {props.question} in % (blank keeps the grader&apos;s {props.graderPercent}
          %)
        </label>{' '}
        <input
          id={`${props.id}-score`}
          class="gb-no-print"
          type="text"
          inputMode="numeric"
          size={4}
          value={score}
          onInput={(e) => setScore((e.currentTarget as HTMLInputElement).value)}
          onChange={(e) =>
            // Only the score: the comment is merged from the store (Gradebook's onOverride), as
            // this render's copy may be behind a comment just typed.
            props.onChange({ percent: parsePercent((e.currentTarget as HTMLInputElement).value) })
          }
        />
        <span class="gb-print-only">
          Score for {props.question}:{' '}
          {o.percent === null
            ? `${props.graderPercent}%`
            : `${o.percent}% (set by your instructor; the grader gave ${props.graderPercent}%)`}
        </span>
      </p>
      <label for={`${props.id}-comment`} class="gb-no-print">
        Comment for the student on {props.question}
      </label>
      <textarea
        id={`${props.id}-comment`}
        class="gb-no-print"
        rows={2}
        maxLength={2000}
        value={comment}
        onInput={(e) => setComment((e.currentTarget as HTMLTextAreaElement).value)}
        onChange={(e) =>
          props.onChange({ comment: (e.currentTarget as HTMLTextAreaElement).value })
        }
      />
      {o.comment && (
        <p class="gb-print-only gb-comment">
          <strong>Your instructor:</strong> {o.comment}
        </p>
      )}
    </div>
  );
}
