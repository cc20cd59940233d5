import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { decodeAssignment } from '~/assignment/link';
import { withOwnScenarios } from '~/assignment/own';
import {
  assembleGradebook,
  gradebookCsv,
  problemsCsv,
  type Gradebook as Book,
  type RejectedFile,
} from '~/gradebook/gradebook';
import { applyOverrides, setOverride, type ScoreOverride } from '~/gradebook/overrides';
import type { GradebookSession } from '~/gradebook/session';
import type { Assignment } from '~/schemas/assignment';
import type { Scenario } from '~/schemas/scenario';
import { $gradebookSession } from '~/stores/gradebook';
import { downloadText } from '../assignment/download';
import { ClassSummary } from './ClassSummary';
import { ImportPanel } from './ImportPanel';
import { nothingFound, openChosen, type ChosenFile, type ImportedFile } from './pick';
import { gradeFiles, warmUpWorkers } from './pool';
import { saveFiles, SessionPanel, updateSession } from './SessionPanel';
import { FeedbackSheet, StudentTable } from './StudentTable';

/** What the last import brought: files read (0 after Clear), and what to add to the status. */
interface LastRead {
  count: number;
  /** Restored from the session this browser kept. */
  kept?: boolean;
  /** Files that were neither results files nor zips. */
  passedOver?: number;
  /** Said instead of the figures (nothing found). */
  message?: string;
}

/** The status line after an import: "Read 5 files: 3 students imported, 2 files not imported." */
function statusSentence(
  last: LastRead | null,
  busy: boolean,
  fileCount: number,
  book: Book,
): string {
  if (last === null) return '';
  if (last.message) return last.message;
  if (busy) return `Grading ${fileCount} files…`;
  if (last.count === 0) return 'Cleared: no files imported.';
  const passed = last.passedOver ?? 0;
  return [
    `Read ${last.count} file${last.count === 1 ? '' : 's'}${last.kept ? ' (kept in this browser from your last visit)' : ''}:`,
    `${book.rows.length} students imported, ${book.rejected.length} files not imported.`,
    passed ? `${passed} other file${passed === 1 ? ' was' : 's were'} passed over.` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

const csvDownload = (name: string, text: string) =>
  downloadText(name, '\uFEFF' + text, 'text/csv;charset=utf-8');

/**
 * Island: the gradebook. Results files come in through a file or folder picker or a drop zone,
 * loose or in zips (an LMS's "Download all submissions"); each is validated and regraded with the
 * current grader (never trusting a score in the file). Shows one row per student (a row opens
 * the student's answers and feedback, where the instructor sets a score or a comment per
 * question and prints a feedback sheet), the files not imported with their reason in a list of
 * their own, a class summary, and "Download CSV". The session (link, files, overrides) is kept
 * in this browser and can be exported and imported as a file.
 */
export default function Gradebook({
  bank: courseBank,
  workers,
}: {
  bank: Scenario[];
  workers?: number;
}) {
  const session = useStore($gradebookSession);
  const [files, setFiles] = useState<ImportedFile[]>([]);
  // Zips that could not be opened: shown with the files not imported.
  const [problems, setProblems] = useState<RejectedFile[]>([]);
  const [linkText, setLinkText] = useState('');
  const [assignment, setAssignment] = useState<Assignment | null>(null);
  // The link's own scenarios (the instructor's, carried inline) join the bank.
  const courseMap = useMemo(() => new Map(courseBank.map((s) => [s.id, s])), [courseBank]);
  const bankMap = useMemo(
    () => withOwnScenarios(courseMap, assignment, (s) => s),
    [courseMap, assignment],
  );
  const bank = useMemo(() => [...bankMap.values()], [bankMap]);
  const [linkError, setLinkError] = useState('');
  const [graded, setGraded] = useState<Book>(() => assembleGradebook([], null, null, bankMap));
  // What the last import brought, for the status sentence; null before any.
  const [lastRead, setLastRead] = useState<LastRead | null>(null);
  const [busy, setBusy] = useState(false);
  const [printing, setPrinting] = useState<number | 'all' | null>(null);
  const run = useRef(0);
  const restored = useRef(false);
  // Files to keep in the browser once graded: saving waits, so it never slows the import.
  const saveAfterGrading = useRef(false);
  const saveTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(saveTimer.current), []);

  // Start the grading workers while the instructor is still picking files.
  useEffect(() => {
    if (workers !== 0) warmUpWorkers(workers);
  }, [workers]);

  // Once, after hydration: pick up the session this browser kept.
  useEffect(() => {
    if (restored.current) return;
    restored.current = true;
    restore($gradebookSession.get(), false);
  }, []);

  // Regrade whenever the files or the assignment change; a newer run makes older ones stale.
  useEffect(() => {
    const id = ++run.current;
    setBusy(true);
    // Named timing for DevTools' Performance panel and tests/bench/gradebook.ts.
    performance.mark('gradebook:grade:start');
    void gradeFiles(files, bank, bankMap, assignment, workers).then((next) => {
      if (id !== run.current) return;
      performance.measure('gradebook:grade', 'gradebook:grade:start');
      next.rejected.unshift(...problems);
      setGraded(next);
      setBusy(false);
      if (saveAfterGrading.current) {
        saveAfterGrading.current = false;
        saveTimer.current = setTimeout(() => void saveFiles(files), 0);
      }
    });
  }, [files, problems, assignment, bank, bankMap, workers]);

  const book = useMemo(
    () => applyOverrides(graded, session.overrides, bankMap),
    [graded, session.overrides, bankMap],
  );

  // Print once the sheets to print are on the page, then back to the gradebook.
  useEffect(() => {
    if (printing === null) return;
    if (typeof window.print === 'function') window.print();
    setPrinting(null);
  }, [printing]);

  /** Puts a kept or imported session on the page; `save` keeps it in this browser too. */
  function restore(next: GradebookSession, save: boolean) {
    setLinkText(next.link);
    const decoded = next.link ? decodeAssignment(next.link) : null;
    setAssignment(decoded?.ok ? decoded.assignment : null);
    setLinkError(decoded && !decoded.ok ? decoded.message : '');
    const restoredFiles = next.files.map((f) => ({ name: f.name, blob: new Blob([f.text]) }));
    setFiles(restoredFiles);
    setProblems([]);
    setLastRead(restoredFiles.length ? { count: restoredFiles.length, kept: true } : null);
    if (save) {
      updateSession({ link: next.link, overrides: next.overrides });
      saveAfterGrading.current = true;
    }
  }

  const add = async (chosen: readonly ChosenFile[]) => {
    if (!chosen.length) return;
    const picked = await openChosen(chosen);
    const none = nothingFound(picked);
    if (none) {
      setLastRead({ count: 0, message: none });
      return;
    }
    const nextFiles = [...files, ...picked.files];
    setFiles(nextFiles);
    setProblems((before) => [...before, ...picked.rejected]);
    // Busy at once, so the status never shows the previous figures as this import's.
    setBusy(true);
    setLastRead({
      count: picked.files.length + picked.rejected.length,
      passedOver: picked.ignored.length,
    });
    saveAfterGrading.current = true;
  };

  const useLink = () => {
    if (!linkText.trim()) {
      setAssignment(null);
      setLinkError('');
      updateSession({ link: '' });
      return;
    }
    const r = decodeAssignment(linkText);
    if (r.ok) {
      setAssignment(r.assignment);
      setLinkError('');
      updateSession({ link: linkText.trim() });
    } else setLinkError(r.message);
  };

  // Merged with what is stored now, not what this render saw: two quick edits both count.
  const onOverride = (fileName: string, key: string, change: Partial<ScoreOverride>) => {
    const overrides = $gradebookSession.get().overrides;
    const current = overrides[fileName]?.[key] ?? { percent: null, comment: '' };
    updateSession({ overrides: setOverride(overrides, fileName, key, { ...current, ...change }) });
  };

  const status = statusSentence(lastRead, busy, files.length, book);

  return (
    <div class={`gradebook${printing !== null ? ' gb-print-one' : ''}`}>
      <ImportPanel
        linkText={linkText}
        linkError={linkError}
        onLinkInput={setLinkText}
        onUseLink={useLink}
        enabled={assignment !== null}
        onChosen={(chosen) => void add(chosen)}
        status={status}
        canClear={files.length > 0 || problems.length > 0}
        onClear={() => {
          setFiles([]);
          setProblems([]);
          setLastRead({ count: 0 });
          saveAfterGrading.current = true;
        }}
      />

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

      {book.rows.length > 0 && (
        <section aria-labelledby="gb-students">
          <h2 id="gb-students">Students ({book.rows.length})</h2>
          <p class="gb-actions">
            <button
              type="button"
              class="ex-button"
              onClick={() => csvDownload('gradebook.csv', gradebookCsv(book))}
            >
              Download CSV
            </button>{' '}
            <button type="button" class="ex-button secondary" onClick={() => setPrinting('all')}>
              Print every feedback sheet
            </button>
          </p>
          <StudentTable book={book} bank={bankMap} onOverride={onOverride} onPrint={setPrinting} />
        </section>
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
          <p>
            <button
              type="button"
              class="ex-button secondary"
              onClick={() => csvDownload('files-not-imported.csv', problemsCsv(book))}
            >
              Download this list (CSV)
            </button>
          </p>
        </section>
      )}

      {book.rows.length > 0 && <ClassSummary summary={book.summary} />}

      <SessionPanel
        session={session}
        title={book.assignment?.title}
        onImported={(next) => restore(next, true)}
      />

      {printing !== null && (
        <div class="gb-print-sheets">
          {(printing === 'all' ? book.rows : [book.rows[printing]!]).map((row) => (
            <FeedbackSheet row={row} book={book} bank={bankMap} onOverride={onOverride} />
          ))}
        </div>
      )}
    </div>
  );
}
