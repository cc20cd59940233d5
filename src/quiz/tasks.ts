/**
 * One question about one scenario, graded by the shared grader. The quiz, the assignment runner
 * and the gradebook all score through `gradeTask`, so a student's page and the instructor's
 * regrade can never disagree.
 */
import { gradeFollowUp, gradeReply, gradeVerdict, VERDICT_POINTS } from '../grader';
import type { GradeResult } from '../grader/types';
import type { FollowUpDecision, RedFlag, Scenario, Verdict } from '../schemas/scenario';

/**
 * The kinds of question:
 * - `spot`: tick the red flags (quiz skill "spotting");
 * - `decide`: choose the verdict (quiz skill "deciding");
 * - `judge`: both at once, as in the lessons (assignments);
 * - `reply`: draft the clarifying reply (skill "replying");
 * - `followup`: decide once the sender has answered.
 */
export type TaskKind = 'spot' | 'decide' | 'judge' | 'reply' | 'followup';

/** A learner's raw answer to one question; only the fields of its kind matter. */
export interface TaskAnswer {
  verdict?: Verdict | null;
  flags?: readonly RedFlag[];
  text?: string;
  decision?: FollowUpDecision | null;
}

/** A graded question: `share` is the fraction of its points earned, from 0 to 1. */
export interface TaskGrade {
  share: number;
  result: GradeResult;
}

const shareOf = (score: number, max: number) =>
  max > 0 ? Math.min(1, Math.max(0, score / max)) : 1;

/** True when a scenario can be asked as this kind of question. */
export function taskApplies(scenario: Scenario, kind: TaskKind): boolean {
  if (kind === 'reply') return scenario.answer.verdict === 'reply' && !!scenario.answer.reply;
  if (kind === 'followup') return !!scenario.followUp;
  if (kind === 'spot') return scenario.answer.flags.length > 0;
  return true;
}

/**
 * Grades one answer with the shared grader. Spotting keeps only the `flag:` criteria of
 * `gradeVerdict`; deciding keeps only the verdict (with any partial credit the scenario allows).
 */
export function gradeTask(scenario: Scenario, kind: TaskKind, answer: TaskAnswer): TaskGrade {
  const flags = Array.isArray(answer.flags) ? answer.flags : [];
  const verdict = answer.verdict ?? null;
  switch (kind) {
    case 'spot': {
      const full = gradeVerdict(scenario, { verdict: null, flags });
      const criteria = full.criteria.filter((c) => c.id.startsWith('flag:'));
      const score = criteria.filter((c) => c.met).length;
      const maxScore = criteria.length;
      const share = shareOf(score, maxScore);
      return { share, result: { score, maxScore, passed: share >= 0.8, criteria } };
    }
    case 'decide': {
      // With no flags ticked, every flag point is lost, so the score left is the verdict's.
      const full = gradeVerdict(scenario, { verdict, flags: [] });
      const criteria = full.criteria.filter((c) => c.id === 'verdict');
      const score = full.score;
      const share = shareOf(score, VERDICT_POINTS);
      return {
        share,
        result: { score, maxScore: VERDICT_POINTS, passed: share >= 0.8, criteria },
      };
    }
    case 'judge': {
      const result = gradeVerdict(scenario, { verdict, flags });
      return { share: shareOf(result.score, result.maxScore), result };
    }
    case 'reply': {
      const result = gradeReply(scenario, typeof answer.text === 'string' ? answer.text : '');
      return { share: shareOf(result.score, result.maxScore), result };
    }
    case 'followup': {
      const result = gradeFollowUp(scenario, answer.decision ?? null);
      return { share: shareOf(result.score, result.maxScore), result };
    }
  }
}
