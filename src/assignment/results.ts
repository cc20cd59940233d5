/**
 * Building the results file a student downloads. It holds raw answers only; the instructor's
 * gradebook regrades them, so there is deliberately no score in it.
 */
import { GRADER_VERSION } from '../grader';
import type { Assignment } from '../schemas/assignment';
import {
  MAX_STUDENT_ID_CHARS,
  RESULTS_KIND,
  RESULTS_VERSION,
  type ResultsFile,
  type ScenarioAnswer,
} from '../schemas/submission';
import type { TaskAnswer } from '../tasks';
import { assignmentFingerprint } from './fingerprint';

/**
 * A student's answers to one scenario, as the student page keeps them: one {@link TaskAnswer}
 * serves every task asked about that scenario (each reads its own fields).
 */
export type StudentAnswer = TaskAnswer;

/** The results file for a student's answers, keyed by scenario id, in the assignment's order. */
export function buildResultsFile(input: {
  assignment: Assignment;
  name: string;
  /** The student number or email the student gave (left out of the file when blank). */
  studentId?: string;
  startedAt: string;
  finishedAt: string;
  answers: Readonly<Record<string, StudentAnswer | undefined>>;
}): ResultsFile {
  const answers: ScenarioAnswer[] = input.assignment.scenarios.flatMap((scenario) => {
    const a = Object.hasOwn(input.answers, scenario) ? input.answers[scenario] : undefined;
    if (!a) return [];
    const out: ScenarioAnswer = { scenario };
    if (a.verdict !== undefined) out.verdict = a.verdict;
    if (a.flags !== undefined) out.flags = [...a.flags];
    if (a.reply !== undefined) out.reply = a.reply;
    if (a.decision !== undefined) out.decision = a.decision;
    return [out];
  });
  return {
    kind: RESULTS_KIND,
    version: RESULTS_VERSION,
    assignment: input.assignment,
    student: input.studentId?.trim()
      ? { name: input.name.trim(), id: input.studentId.trim().slice(0, MAX_STUDENT_ID_CHARS) }
      : { name: input.name.trim() },
    startedAt: input.startedAt,
    finishedAt: input.finishedAt,
    graderVersion: GRADER_VERSION,
    answers,
  };
}

/** `text` as part of a file name safe on every system: ASCII letters, digits and hyphens. */
export const fileSlug = (text: string, fallback: string) =>
  text
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .toLowerCase() || fallback;

/** A file name safe on every system: `results-<name>-<assignment fingerprint>.json`. */
export function resultsFileName(file: ResultsFile): string {
  return `results-${fileSlug(file.student.name, 'student')}-${assignmentFingerprint(file.assignment)}.json`;
}
