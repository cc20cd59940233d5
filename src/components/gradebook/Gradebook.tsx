import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { decodeAssignment } from '~/assignment/link';
import { ownScenariosOf } from '~/assignment/own';
import { assembleGradebook, gradebookCsv, type Gradebook as Book } from '~/gradebook/gradebook';
import type { Rate } from '~/gradebook/summary';
import type { Assignment } from '~/schemas/assignment';
import type { RedFlag, Scenario, Verdict } from '~/schemas/scenario';
import { downloadText } from '../assignment/download';
import { ItemReview } from '../quiz/Questions';
import { criterionLabel, FLAG_LABELS, VERDICT_LABELS } from '../ui/labels';
import { BarChart, type BarGroup } from './BarChart';
import { gradeFiles, warmUpWorkers } from './pool';
import { gradeTask, TASK_KINDS } from '~/tasks';
import { LinkField } from '../ui/LinkField';

const bars = (rates: Rate[], label: (id: string) => string) =>
  rates.map((r) => ({ label: label(r.id), percent: r.percent, hits: r.hits, total: r.total }));

/**
 * Island: the gradebook. Results files come in through a file picker or a drop zone; each is
 * validated and regraded with the current grader (never trusting a score in the file). Shows one
 * row per student (a row opens the student's answers and feedback), the files not imported with
 * their reason, a class summary as an SVG chart with a table, and "Download CSV".
 */
export default function Gradebook({
  bank: courseBank,
  workers,
}: {
  bank: Scenario[];
  workers?: number;
}) {
  const [files, setFiles] = useState<File[]>([]);
  const [linkText, setLinkText] = useState('');
  const [assignment, setAssignment] = useState<Assignment | null>(null);
  // The link's own scenarios (the instructor's, carried inline) join the bank.
  const bank = useMemo(
    () => [
      ...courseBank.filter((s) => !assignment?.custom?.some((o) => o.id === s.id)),
      ...ownScenariosOf(assignment),
    ],
    [courseBank, assignment],
  );
  const bankMap = useMemo(() => new Map(bank.map((s) => [s.id, s])), [bank]);
  const [linkError, setLinkError] = useState('');
  const [open, setOpen] = useState<number | null>(null);
  const [dragging, setDragging] = useState(false);
  const [book, setBook] = useState<Book>(() => assembleGradebook([], null, null, bankMap));
  // How many files the last import brought (0 after Clear); the status sentence is derived from it.
  const [lastRead, setLastRead] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const run = useRef(0);

  // Start the grading workers while the instructor is still picking files.
  useEffect(() => {
    if (workers !== 0) warmUpWorkers(workers);
  }, [workers]);

  // Regrade whenever the files or the assignment change; a newer run makes older ones stale.
  useEffect(() => {
    const id = ++run.current;
    setBusy(true);
    // Named timing for DevTools' Performance panel and tests/bench/gradebook.ts.
    performance.mark('gradebook:grade:start');
    void gradeFiles(files, bank, bankMap, assignment, workers).then((next) => {
      if (id !== run.current) return;
      performance.measure('gradebook:grade', 'gradebook:grade:start');
      setBook(next);
      setBusy(false);
    });
  }, [files, assignment, bank, bankMap, workers]);

  const add = (picked: readonly File[]) => {
    if (!picked.length) return;
    setFiles((before) => [...before, ...picked]);
    // Busy at once, so the status never shows the previous figures as this import's.
    setBusy(true);
    setOpen(null);
    setLastRead(picked.length);
  };

  const useLink = () => {
    if (!linkText.trim()) {
      setAssignment(null);
      setLinkError('');
      return;
    }
    const r = decodeAssignment(linkText);
    if (r.ok) {
      setAssignment(r.assignment);
      setLinkError('');
    } else setLinkError(r.message);
  };

  const status =
    lastRead === null
      ? ''
      : busy
        ? `Grading ${files.length} files…`
        : lastRead === 0
          ? 'Cleared: no files imported.'
          : `Read ${lastRead} file${lastRead === 1 ? '' : 's'}: ${book.rows.length} students imported, ${book.rejected.length} files not imported.`;
  // Rows from workers carry no feedback sentences (see grade.worker.ts): regrade the opened row.
  const regrade = (item: Book['rows'][number]['items'][number]) =>
    gradeTask(bankMap.get(item.scenario)!, item.task, item.answer ?? {});
  // A question as its column and the student's details name it: "Betty Carter: write the reply".
  const questionName = (item: Book['items'][number]) =>
    `${bankMap.get(item.scenario)?.sender.name ?? item.scenario}: ${TASK_KINDS[item.task].name.toLowerCase()}`;
  const s = book.summary;
  const groups: BarGroup[] = [
    { title: 'Red flags spotted', bars: bars(s.flags, (id) => FLAG_LABELS[id as RedFlag] ?? id) },
    {
      title: 'Right verdict chosen',
      bars: bars(s.verdicts, (id) => VERDICT_LABELS[id as Verdict] ?? id),
    },
    { title: 'Reply criteria met', bars: bars(s.criteria, criterionLabel) },
  ];

  return (
    <div class="gradebook">
      <section aria-labelledby="gb-import">
        <h2 id="gb-import">Import results</h2>
        <LinkField
          id="gb-link"
          label="Assignment link (the link you gave students: every file is graded against it)"
          action="Grade against this assignment"
          value={linkText}
          error={linkError}
          onInput={setLinkText}
          onUse={useLink}
        />
        {!assignment && (
          <p id="gb-link-first" class="gb-link-first">
            Paste the assignment link first. The gradebook grades every file against it and sets
            aside a file made for another assignment or edited, saying what differs (for example its
            pass mark).
          </p>
        )}
        <div
          class={`drop-zone${dragging ? ' is-dragging' : ''}`}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => {
            e.preventDefault();
            setDragging(false);
            if (assignment) add([...(e.dataTransfer?.files ?? [])]);
          }}
        >
          <label class="ex-label" for="gb-files">
            Choose results files (or drop them here)
          </label>
          <input
            id="gb-files"
            type="file"
            multiple
            accept=".json,application/json"
            disabled={!assignment}
            aria-describedby={assignment ? undefined : 'gb-link-first'}
            onChange={(e) => {
              const input = e.currentTarget as HTMLInputElement;
              add([...(input.files ?? [])]);
              input.value = '';
            }}
          />
        </div>
        <p role="status" class="gb-status">
          {status}
        </p>
        {files.length > 0 && (
          <p>
            <button
              type="button"
              class="ex-button secondary"
              onClick={() => {
                setFiles([]);
                setOpen(null);
                setLastRead(0);
              }}
            >
              Clear all files
            </button>
          </p>
        )}
      </section>

      {book.assignment && (
        <p class="gb-assignment">
          Grading <strong>{book.assignment.title}</strong> (pass mark {book.assignment.passMark}%,{' '}
          {book.assignmentSource === 'link'
            ? 'from your link'
            : 'the assignment every file carries'}
          ).
        </p>
      )}
      {book.unknownScenarios.length > 0 && (
        <p role="alert">
          Not graded, because this version of the course does not have them:{' '}
          {book.unknownScenarios.join(', ')}.
        </p>
      )}

      {book.rejected.length > 0 && (
        <section aria-labelledby="gb-rejected">
          <h2 id="gb-rejected">Files not imported ({book.rejected.length})</h2>
          <ul class="gb-rejected">
            {book.rejected.map((r) => (
              <li>
                <strong>{r.fileName}</strong>: <span class="gb-reason">{r.reason}</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      {book.rows.length > 0 && (
        <>
          <section aria-labelledby="gb-students">
            <h2 id="gb-students">Students ({book.rows.length})</h2>
            <p>
              <button
                type="button"
                class="ex-button"
                onClick={() =>
                  downloadText(
                    'gradebook.csv',
                    '\uFEFF' + gradebookCsv(book),
                    'text/csv;charset=utf-8',
                  )
                }
              >
                Download CSV
              </button>
            </p>
            <div class="table-scroll">
              <table class="gb-table">
                <caption>Scores regraded with the current grader, in percent</caption>
                <thead>
                  <tr>
                    <th scope="col">Student</th>
                    <th scope="col">Total</th>
                    <th scope="col">Result</th>
                    {book.items.map((item, i) => (
                      <th scope="col">
                        Q{i + 1} <span class="gb-q">{questionName(item)}</span>
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {book.rows.map((row, r) => [
                    <tr>
                      <th scope="row">
                        <button
                          type="button"
                          class="gb-student"
                          aria-expanded={open === r}
                          aria-controls={`gb-details-${r}`}
                          onClick={() => setOpen(open === r ? null : r)}
                        >
                          {row.name}
                        </button>
                      </th>
                      <td>{row.percent}%</td>
                      <td>{row.passed ? 'Passed' : 'Not passed'}</td>
                      {row.items.map((i) => (
                        <td>{Math.round(i.share * 100)}</td>
                      ))}
                    </tr>,
                    open === r && (
                      <tr id={`gb-details-${r}`} class="gb-details-row">
                        <td colSpan={3 + book.items.length}>
                          <section class="gb-details" aria-label={`Answers of ${row.name}`}>
                            <p>
                              File {row.fileName}; started {row.startedAt}, finished{' '}
                              {row.finishedAt}.
                            </p>
                            {row.warnings.length > 0 && (
                              <ul>
                                {row.warnings.map((w) => (
                                  <li>{w}</li>
                                ))}
                              </ul>
                            )}
                            {row.items.map((item, i) => (
                              <ItemReview
                                level={4}
                                kind={item.task}
                                scenario={bankMap.get(item.scenario)!}
                                answer={item.answer}
                                {...regrade(item)}
                                heading={`Q${i + 1}. ${questionName(item)}`}
                              />
                            ))}
                          </section>
                        </td>
                      </tr>
                    ),
                  ])}
                </tbody>
              </table>
            </div>
          </section>

          <section aria-labelledby="gb-summary">
            <h2 id="gb-summary">Class summary</h2>
            <ul class="gb-figures">
              <li>
                {s.passed} of {s.students} students passed; average {s.average}%.
              </li>
              <li>
                Red flags spotted: {s.overall.flagsSpotted.percent}% ({s.overall.flagsSpotted.hits}{' '}
                of {s.overall.flagsSpotted.total}).
              </li>
              <li>
                Right verdicts: {s.overall.verdictsCorrect.percent}% (
                {s.overall.verdictsCorrect.hits} of {s.overall.verdictsCorrect.total}).
              </li>
              <li>
                Reply criteria met: {s.overall.replyCriteriaMet.percent}% (
                {s.overall.replyCriteriaMet.hits} of {s.overall.replyCriteriaMet.total}).
              </li>
            </ul>
            <BarChart
              title="Class summary"
              description="How often the class spotted each red flag, chose each right verdict and met each reply criterion, in percent. The table below gives the same figures."
              groups={groups}
            />
            <div class="table-scroll">
              <table class="gb-summary-table">
                <caption>Class summary as a table</caption>
                <thead>
                  <tr>
                    <th scope="col">What</th>
                    <th scope="col">Rate</th>
                    <th scope="col">Times</th>
                  </tr>
                </thead>
                {groups.map((g) =>
                  g.bars.length ? (
                    <tbody>
                      <tr>
                        <th scope="colgroup" colSpan={3} class="gb-group">
                          {g.title}
                        </th>
                      </tr>
                      {g.bars.map((b) => (
                        <tr>
                          <th scope="row">{b.label}</th>
                          <td>{b.percent}%</td>
                          <td>
                            {b.hits} of {b.total}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  ) : null,
                )}
              </table>
            </div>
          </section>
        </>
      )}
    </div>
  );
}
