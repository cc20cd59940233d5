/**
 * The task kinds: every kind of question the course asks about one scenario, in one table. The
 * self-assessment, assignments, the gradebook, the SCORM adapters and the question UI all read
 * this table, so a kind's answer, its "answered" rule, its grading and its wording live in one
 * place. Adding a kind is adding an entry here (README, "Adding a task kind").
 */
import { gradeFollowUp, gradeReply, gradeVerdict, VERDICT_POINTS } from '../grader';
import { tally } from '../grader/result';
import type { GradeResult } from '../grader/types';
import type { FollowUpDecision, RedFlag, Scenario, Verdict } from '../schemas/scenario';

/** A learner's raw answer to the questions about one scenario; each kind reads its own fields. */
export interface TaskAnswer {
  /** The verdict chosen (decide, judge). */
  verdict?: Verdict | null;
  /** The red flags ticked (spot, judge). */
  flags?: readonly RedFlag[];
  /** The reply drafted (reply). */
  reply?: string;
  /** The decision once the sender answered (followup). */
  decision?: FollowUpDecision | null;
}

/** One field of {@link TaskAnswer}: the question UI shows one input per field. */
export type AnswerField = keyof TaskAnswer;

/** The skill a kind trains, as results pages and LMS objectives name it. */
export type Skill = 'spotting' | 'deciding' | 'replying';

/** A graded question: `share` is the fraction of its points earned, from 0 to 1. */
export interface TaskGrade {
  share: number;
  result: GradeResult;
}

/** What the course knows about one kind of question. */
export interface TaskKindSpec {
  /** Short name, for tables and reviews ("Write the reply"). */
  name: string;
  /** The instruction shown with the question. */
  prompt: string;
  /** The skill it trains. */
  skill: Skill;
  /** The answer fields it reads, in the order the question shows them. */
  fields: readonly AnswerField[];
  /** True when a scenario can be asked this way. */
  applies(scenario: Scenario): boolean;
  /** True when the learner has answered (not merely opened) the question. */
  answered(answer: TaskAnswer): boolean;
  /** Grades an answer with the shared grader. */
  grade(scenario: Scenario, answer: TaskAnswer): TaskGrade;
}

const shareOf = (score: number, max: number) =>
  max > 0 ? Math.min(1, Math.max(0, score / max)) : 1;
const flagsOf = (a: TaskAnswer) => (Array.isArray(a.flags) ? a.flags : []);
const graded = (result: GradeResult): TaskGrade => ({
  share: shareOf(result.score, result.maxScore),
  result,
});

/**
 * The table. Spotting keeps only the `flag:` criteria of `gradeVerdict`; deciding keeps only the
 * verdict (with any partial credit the scenario allows).
 */
export const TASK_KINDS = {
  spot: {
    name: 'Spot the flags',
    prompt: 'Which red flags does this invitation show?',
    skill: 'spotting',
    fields: ['flags'],
    applies: (s) => s.answer.flags.length > 0,
    answered: (a) => flagsOf(a).length > 0,
    grade(scenario, answer) {
      const full = gradeVerdict(scenario, { verdict: null, flags: flagsOf(answer) });
      // A debatable flag (met: null) neither earns nor costs a point, as in the verdict task.
      return graded(tally(full.criteria.filter((c) => c.id.startsWith('flag:'))));
    },
  },
  decide: {
    name: 'Choose the verdict',
    prompt: 'What would you do with this invitation?',
    skill: 'deciding',
    fields: ['verdict'],
    applies: () => true,
    answered: (a) => !!a.verdict,
    grade(scenario, answer) {
      // With no flags ticked, every flag point is lost, so the score left is the verdict's.
      const full = gradeVerdict(scenario, { verdict: answer.verdict ?? null, flags: [] });
      const criteria = full.criteria.filter((c) => c.id === 'verdict');
      const share = shareOf(full.score, VERDICT_POINTS);
      return {
        share,
        result: { score: full.score, maxScore: VERDICT_POINTS, passed: share >= 0.8, criteria },
      };
    },
  },
  judge: {
    name: 'Verdict and flags',
    prompt: 'What would you do, and which red flags do you see?',
    skill: 'deciding',
    fields: ['verdict', 'flags'],
    applies: () => true,
    answered: (a) => !!a.verdict,
    grade: (scenario, answer) =>
      graded(gradeVerdict(scenario, { verdict: answer.verdict ?? null, flags: flagsOf(answer) })),
  },
  reply: {
    name: 'Write the reply',
    prompt: 'Write your reply to this invitation.',
    skill: 'replying',
    fields: ['reply'],
    applies: (s) => s.answer.verdict === 'reply' && !!s.answer.reply,
    answered: (a) => typeof a.reply === 'string' && a.reply.trim() !== '',
    grade: (scenario, answer) =>
      graded(gradeReply(scenario, typeof answer.reply === 'string' ? answer.reply : '')),
  },
  followup: {
    name: 'Follow-up decision',
    prompt: 'Suppose you replied and the sender answered. What do you do now?',
    skill: 'deciding',
    fields: ['decision'],
    applies: (s) => !!s.followUp,
    answered: (a) => !!a.decision,
    grade: (scenario, answer) => graded(gradeFollowUp(scenario, answer.decision ?? null)),
  },
} as const satisfies Record<string, TaskKindSpec>;

/**
 * The kinds of question:
 * - `spot`: tick the red flags (skill "spotting");
 * - `decide`: choose the verdict (skill "deciding");
 * - `judge`: both at once, as in the lessons (assignments);
 * - `reply`: draft the clarifying reply (skill "replying");
 * - `followup`: decide once the sender has answered.
 */
export type TaskKind = keyof typeof TASK_KINDS;

/** Every kind, in the table's order. */
export const TASK_KIND_IDS = Object.keys(TASK_KINDS) as TaskKind[];

/** True when a scenario can be asked as this kind of question. */
export function taskApplies(scenario: Scenario, kind: TaskKind): boolean {
  return TASK_KINDS[kind].applies(scenario);
}

/** True when the learner has answered this kind of question. */
export function taskAnswered(kind: TaskKind, answer: TaskAnswer | null | undefined): boolean {
  return !!answer && TASK_KINDS[kind].answered(answer);
}

/** Grades one answer with the shared grader. */
export function gradeTask(scenario: Scenario, kind: TaskKind, answer: TaskAnswer): TaskGrade {
  return TASK_KINDS[kind].grade(scenario, answer);
}

/**
 * Only the fields a kind reads, or null when none is present: what the gradebook shows as the
 * student's answer to that question.
 */
export function answerFor(
  kind: TaskKind,
  answer: TaskAnswer | null | undefined,
): TaskAnswer | null {
  if (!answer) return null;
  const picked: Record<string, unknown> = {};
  for (const field of TASK_KINDS[kind].fields) {
    if (answer[field] !== undefined) picked[field] = answer[field];
  }
  return Object.keys(picked).length ? (picked as TaskAnswer) : null;
}
