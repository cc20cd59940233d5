/**
 * A short fingerprint of an assignment's content. Results files carry the assignment they were
 * made for; the gradebook compares fingerprints to tell a file made for another assignment (and
 * {@link assignmentDifferences} says how it differs), and the student page keys saved answers by
 * it so two assignments never mix.
 */
import {
  DEFAULT_WEIGHTS,
  showsReview,
  TASKS,
  weightsOf,
  type Assignment,
  type Task,
} from '../schemas/assignment';
import { compactScenario } from '../schemas/custom-scenario';
import type { Scenario } from '../schemas/scenario';

/**
 * The fields that define an assignment, in a fixed order (key order in a file must not matter).
 * The format version is not part of it: a version 1 assignment and a version 2 one with the
 * default weights and the review shown are the same assignment, with the same fingerprint as
 * before version 2 existed (students' saved answers and file names stay valid).
 */
function canonical(a: Assignment): string {
  const weights = weightsOf(a);
  const base = [1, a.title, a.passMark, a.scenarios, [...a.tasks].sort()];
  const defaults = TASKS.every((t) => weights[t] === DEFAULT_WEIGHTS[t]) && showsReview(a);
  const fields: unknown[] = defaults
    ? base
    : [...base, TASKS.map((t) => weights[t]), showsReview(a)];
  // Own scenarios, compact and with keys in order: a changed answer key is another assignment.
  if (a.custom?.length) fields.push(a.custom.map((s) => compactScenario(s as Scenario)));
  return JSON.stringify(fields);
}

/** 12 hexadecimal characters (two 32-bit FNV-1a hashes): equal content, equal fingerprint. */
export function assignmentFingerprint(a: Assignment): string {
  const text = canonical(a);
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  return (
    (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0')
  ).slice(0, 12);
}

const short = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);
const quoted = (text: string) => `"${short(text)}"`;
const list = (ids: readonly string[]) =>
  ids.length > 3 ? `${ids.slice(0, 3).join(', ')} and ${ids.length - 3} more` : ids.join(', ');
const TASK_WORDS: Record<Task, string> = {
  judge: 'verdict and flags',
  reply: 'reply',
  followup: 'follow-up',
};
const taskList = (tasks: readonly Task[]) =>
  TASKS.filter((t) => tasks.includes(t))
    .map((t) => TASK_WORDS[t])
    .join(', ') || 'none';

/**
 * How the assignment a file carries differs from the instructor's, one sentence per field, in
 * the form "This file's pass mark is 10%, the assignment's is 80%." Empty when they are the same
 * assignment (equal fingerprints).
 */
export function assignmentDifferences(file: Assignment, expected: Assignment): string[] {
  const out: string[] = [];
  if (file.title !== expected.title) {
    out.push(
      `This file's title is ${quoted(file.title)}, the assignment's is ${quoted(expected.title)}.`,
    );
  }
  if (file.passMark !== expected.passMark) {
    out.push(
      `This file's pass mark is ${file.passMark}%, the assignment's is ${expected.passMark}%.`,
    );
  }
  const extra = file.scenarios.filter((id) => !expected.scenarios.includes(id));
  const missing = expected.scenarios.filter((id) => !file.scenarios.includes(id));
  if (extra.length || missing.length) {
    const parts = [
      extra.length ? `has scenarios the assignment does not (${list(extra)})` : '',
      missing.length ? `lacks scenarios of the assignment (${list(missing)})` : '',
    ].filter(Boolean);
    out.push(`This file ${parts.join(' and ')}.`);
  } else if (file.scenarios.join() !== expected.scenarios.join()) {
    out.push("This file lists the assignment's scenarios in another order.");
  }
  if (taskList(file.tasks) !== taskList(expected.tasks)) {
    out.push(
      `This file's tasks are ${taskList(file.tasks)}; the assignment's are ${taskList(expected.tasks)}.`,
    );
  }
  const fw = weightsOf(file);
  const ew = weightsOf(expected);
  for (const t of TASKS) {
    if (fw[t] !== ew[t]) {
      out.push(`This file weighs a ${TASK_WORDS[t]} question ${fw[t]}, the assignment ${ew[t]}.`);
    }
  }
  if (showsReview(file) !== showsReview(expected)) {
    out.push(
      showsReview(file)
        ? 'This file shows students the review, the assignment hides it.'
        : 'This file hides the review from students, the assignment shows it.',
    );
  }
  const ownOf = (a: Assignment) =>
    new Map((a.custom ?? []).map((s) => [s.id, JSON.stringify(compactScenario(s as Scenario))]));
  const fileOwn = ownOf(file);
  const expectedOwn = ownOf(expected);
  const changedOwn = [...new Set([...fileOwn.keys(), ...expectedOwn.keys()])].filter(
    (id) => fileOwn.get(id) !== expectedOwn.get(id),
  );
  if (changedOwn.length) {
    out.push(`This file's own scenarios differ from the assignment's (${list(changedOwn)}).`);
  }
  // Same fields but another fingerprint (a field this version does not compare): still say so.
  if (!out.length && assignmentFingerprint(file) !== assignmentFingerprint(expected)) {
    out.push('This file was made for another version of this assignment.');
  }
  return out;
}
