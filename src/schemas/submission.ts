/**
 * A results file: what a student downloads at the end of an assignment and hands to the
 * instructor. It holds raw answers only. The gradebook regrades them with the current grader, so
 * a `score` (or any other field) added to the file is dropped on parsing and never trusted.
 *
 * Written with `zod/mini` (see assignment.ts); every string and array has a maximum.
 */
import * as z from 'zod/mini';
import {
  FOLLOW_UP_DECISIONS,
  MAX_DRAFT_CHARS,
  MAX_STUDENT_ID_CHARS,
  RED_FLAGS,
  VERDICTS,
} from './constants';
import { assignmentSchema, assignmentScenarioIdSchema } from './assignment';

/** The `kind` that marks a file as ours. */
export const RESULTS_KIND = 'snty-results';
/**
 * The current version of the results format. Version 2 files may carry a version 2 assignment
 * (weights per kind of question, review shown or hidden); version 1 files still import, their
 * assignment read with the defaults (every kind weighs 1, review shown).
 */
export const RESULTS_VERSION = 2;
/** Every results format version the gradebook reads. */
export const RESULTS_VERSIONS = [1, 2] as const;
/** Longest reply draft kept: LinkedIn messages stop at 8,000 characters. */
export { MAX_DRAFT_CHARS, MAX_STUDENT_ID_CHARS };
/** Largest results file the gradebook reads, in bytes (a full 40-scenario file is ~350 KB). */
export const MAX_RESULTS_BYTES = 1_000_000;

const isoTime = z.iso.datetime({ offset: true });

/** The raw answers to one scenario; a task not answered is left out or null. */
export const scenarioAnswerSchema = z.object({
  /** The scenario answered. */
  scenario: assignmentScenarioIdSchema,
  /** The verdict chosen (judge task). */
  verdict: z.optional(z.nullable(z.enum(VERDICTS))),
  /** The red flags ticked (judge task). */
  flags: z.optional(z.array(z.enum(RED_FLAGS)).check(z.maxLength(RED_FLAGS.length))),
  /** The reply drafted (reply task). */
  reply: z.optional(z.string().check(z.maxLength(MAX_DRAFT_CHARS))),
  /** The decision once the sender answered (follow-up task). */
  decision: z.optional(z.nullable(z.enum(FOLLOW_UP_DECISIONS))),
});
/** One scenario's raw answers. */
export type ScenarioAnswer = z.infer<typeof scenarioAnswerSchema>;

/** A results file, version 1 or 2 (same fields; see {@link RESULTS_VERSION}). */
export const resultsFileSchema = z.object({
  /** Always `snty-results`: tells our files from any other JSON. */
  kind: z.literal(RESULTS_KIND),
  /** Format version. */
  version: z.union([z.literal(1), z.literal(2)]),
  /** The assignment as the student's link carried it. */
  assignment: assignmentSchema,
  /** Who the student says they are. Shown as text only. */
  student: z.object({
    name: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
    /**
     * The student number or email the student gave, to match the LMS's roster (optional: files
     * made before it existed, and students who left it blank, have none).
     */
    id: z.optional(z.string().check(z.trim(), z.maxLength(MAX_STUDENT_ID_CHARS))),
  }),
  /** When the student opened the assignment (ISO 8601). */
  startedAt: isoTime,
  /** When they downloaded the results (ISO 8601). */
  finishedAt: isoTime,
  /** The grader version of the student's page; informative, the gradebook regrades anyway. */
  graderVersion: z.string().check(z.maxLength(40)),
  /** Raw answers, one entry per scenario answered. */
  answers: z.array(scenarioAnswerSchema).check(z.maxLength(200)),
});
/** A validated results file. */
export type ResultsFile = z.infer<typeof resultsFileSchema>;
