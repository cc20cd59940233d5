/**
 * An assignment: what an instructor sets for a class, carried in the link they share
 * (`/assignment/#a=...`, see src/assignment/link.ts) and copied into every results file.
 *
 * Written with `zod/mini` rather than `zod`: the browser validates links and results files, and
 * the mini build keeps those pages light. Every string and array has a maximum, so a hostile link
 * or file cannot make the page hold or render huge values.
 */
import * as z from 'zod/mini';
import { MAX_SCENARIO_ID_CHARS, SCENARIO_ID_PATTERN } from './constants';
import { customScenarioSchema } from './custom-scenario';

/** Same rule as the bank's ids (src/schemas/scenario.ts): kebab-case, at most 80 characters. */
export const assignmentScenarioIdSchema = z
  .string()
  .check(z.maxLength(MAX_SCENARIO_ID_CHARS), z.regex(SCENARIO_ID_PATTERN));

/**
 * What a learner does with each scenario of an assignment:
 * - `judge`: choose the verdict and tick the red flags;
 * - `reply`: draft a clarifying reply (only for scenarios whose best verdict is reply);
 * - `followup`: read the sender's answer and decide (only for scenarios with a follow-up).
 */
export const TASKS = ['judge', 'reply', 'followup'] as const;
/** One of {@link TASKS}. */
export type Task = (typeof TASKS)[number];

/** Most scenarios one assignment may hold: keeps links short enough for a QR code. */
export const MAX_ASSIGNMENT_SCENARIOS = 40;

/**
 * Most own scenarios one link may carry inline. A link with one or two fits a QR code; more make
 * a link to share as text only (docs/instructors.md, "Write your own scenario").
 */
export const MAX_CUSTOM_SCENARIOS = 8;

/** Lowest and highest weight of a kind of question. */
export const MIN_WEIGHT = 1;
export const MAX_WEIGHT = 10;
const weightSchema = z.number().check(z.int(), z.gte(MIN_WEIGHT), z.lte(MAX_WEIGHT));

/** How much one question of each kind counts in the total; every kind weighs 1 by default. */
export const weightsSchema = z.object({
  judge: weightSchema,
  reply: weightSchema,
  followup: weightSchema,
});
/** Weights per kind of question. */
export type Weights = z.infer<typeof weightsSchema>;
/** The weights of a version 1 assignment, and the builder's starting values. */
export const DEFAULT_WEIGHTS: Readonly<Weights> = { judge: 1, reply: 1, followup: 1 };

/**
 * The assignment payload. Version 1 (links and results files made before weights existed) has no
 * `weights` or `review`: read them with {@link weightsOf} and {@link showsReview}, which fill in the
 * defaults. The builder writes version 2.
 */
export const assignmentSchema = z.object({
  /** Format version of the payload: 1 (no weights, review shown) or 2. */
  v: z.union([z.literal(1), z.literal(2)]),
  /** Shown to students as the page title. */
  title: z.string().check(z.trim(), z.minLength(1), z.maxLength(120)),
  /** Percentage of the points needed to pass, 0 to 100. */
  passMark: z.number().check(z.int(), z.gte(0), z.lte(100)),
  /** Scenario ids of the bank, in the order students meet them; no repeats. */
  scenarios: z.array(assignmentScenarioIdSchema).check(
    z.minLength(1),
    z.maxLength(MAX_ASSIGNMENT_SCENARIOS),
    z.refine((ids) => new Set(ids).size === ids.length, 'a scenario is listed twice'),
  ),
  /** Which tasks each scenario asks for, where the scenario allows them. */
  tasks: z.array(z.enum(TASKS)).check(
    z.minLength(1),
    z.maxLength(TASKS.length),
    z.refine((t) => new Set(t).size === t.length, 'a task is listed twice'),
  ),
  /** Version 2: how much one question of each kind counts (1 to 10; default 1 each). */
  weights: z.optional(weightsSchema),
  /** Version 2: false hides the review (model answers) at the end; the score is always shown. */
  review: z.optional(z.boolean()),
  /**
   * The instructor's own scenarios, carried inline (compact: defaults left out) because no bank
   * has them; the student page, the gradebook and workshop mode add them to the bank.
   */
  custom: z.optional(
    z.array(customScenarioSchema).check(
      z.maxLength(MAX_CUSTOM_SCENARIOS),
      z.refine(
        (list) => new Set(list.map((s) => s.id)).size === list.length,
        'an own scenario is listed twice',
      ),
    ),
  ),
});

/** A validated assignment. */
export type Assignment = z.infer<typeof assignmentSchema>;

/** The weights of an assignment, defaults filled in. */
export function weightsOf(a: Pick<Assignment, 'weights'>): Weights {
  return { ...DEFAULT_WEIGHTS, ...a.weights };
}

/** True unless the instructor hid the review of model answers at the end. */
export function showsReview(a: Pick<Assignment, 'review'>): boolean {
  return a.review !== false;
}

/**
 * Formats zod issues as "field.path: message" lines in plain words. zod/mini ships no English
 * messages (they would weigh on the page), so the common codes are worded here.
 */
export function describeIssues(issues: readonly z.core.$ZodIssue[], max = 5): string {
  const lines = issues.slice(0, max).map((issue) => {
    const where = issue.path.length ? issue.path.map(String).join('.') : '(root)';
    return `${where}: ${issueMessage(issue)}`;
  });
  if (issues.length > max) lines.push(`and ${issues.length - max} more problems`);
  return lines.join('\n');
}

function issueMessage(issue: z.core.$ZodIssue): string {
  if (issue.message && issue.message !== 'Invalid input') return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'too_big':
      return `too long or too large (at most ${String(issue.maximum)})`;
    case 'too_small':
      return `too short or too small (at least ${String(issue.minimum)})`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_format':
      return `is not in the expected format`;
    case 'unrecognized_keys':
      return `unexpected field ${issue.keys.join(', ')}`;
    default:
      return 'is not valid';
  }
}
