import type { FollowUpDecision, RedFlag, Verdict } from '../schemas/scenario';

/** One rubric criterion's outcome. */
export interface Criterion {
  /** Stable id, e.g. `greets-by-name`, `verdict`, `flag:false-classmate` (a `CriterionId`). */
  id: string;
  /** true met, false not met, null does not apply to this scenario. */
  met: boolean | null;
  /** Specific, kind feedback: what was found, or what to add. */
  feedback: string;
  /** The learner's own words that decided it: an exact substring of what they wrote. */
  evidence?: string;
}

/** What every grading function returns. */
export interface GradeResult {
  score: number;
  maxScore: number;
  passed: boolean;
  /** Criteria in rubric order. */
  criteria: Criterion[];
  /** The criterion to fix first when a written draft is not passed: feedback shows it first. */
  lead?: string;
  /** One plain sentence about the whole draft when the criteria alone would mislead: a failed
   * must-have ("Not passed, whatever the points: …") or nothing of the task attempted. */
  summary?: string;
}

/** A learner's verdict and flags for one scenario. */
export interface VerdictResponse {
  verdict: Verdict | null;
  flags: readonly RedFlag[];
}

export type { FollowUpDecision };
export type {
  ChoiceCriterionId,
  CriterionId,
  FlagCriterionId,
  NoteCriterionId,
  ReplyCriterionId,
  WritingCriterionId,
} from './criteria';
