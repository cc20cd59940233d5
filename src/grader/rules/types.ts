/**
 * The shape of a grading rule. A rule is one criterion in one module (as ESLint's `lib/rules/`):
 * its id, a one-line description, its logic and its feedback. Exercises only list their rules;
 * ../engine.ts runs them.
 *
 * A written exercise's rule (`DraftRule`, for replies and notes) is worth one point:
 *
 * ```ts
 * /** The reply asks how or where you know each other. *\/
 * export const asksHowWeKnow: ReplyRule<'asks-how-we-know'> = {
 *   id: 'asks-how-we-know',
 *   check: ({ doc, facts, asks }) => present(findAsk(doc, facts, knowPattern, asks, KNOW_WHERE)),
 *   feedback: {
 *     met: () => 'You ask how you know each other (@).',
 *     unmet: () => 'Ask: "How do we know each other?"',
 *   },
 * };
 * ```
 *
 * - The one-line description is the JSDoc of the exported object, not a field: rules ship to the
 *   browser, where nothing reads a description, and the grader's size budget pays for every byte.
 *   The module's own JSDoc says in full what meets the criterion.
 * - `applies(draft)`, when present and false, makes the criterion `met: null` (left out of
 *   maxScore) with `feedback.notApplicable`; `check` is not called.
 * - `check(draft)` returns a `Finding`: whether the criterion is met and the learner's words that
 *   decided it (`evidence`, an exact substring of the draft), plus whatever its feedback needs.
 *   `present(evidence)` and `absent(evidence)` (../engine.ts) build the usual two kinds: met when
 *   something is found (a question), met when nothing is (an insult).
 * - `feedback.met` / `feedback.unmet` give plain text; a `@` in it becomes a quote of the evidence.
 * - A blank draft meets nothing: the engine turns a met criterion into "Write your … first."
 *
 * A choice exercise's rule (`ChoiceRule`: the verdict, the red flags, the follow-up decision)
 * reads the scenario and the learner's pick and returns its criteria directly; the verdict also
 * says how many of its points the pick earns (`WeightedRule`).
 */
import type { NoteFacts, NoteTarget, Scenario } from '../../schemas/scenario';
import type { Claim } from './honest';
import type { NoteCriterionId, ReplyCriterionId } from '../criteria';
import type { ReplyFacts } from '../facts';
import type { Doc } from '../text';
import type { Criterion } from '../types';

/** What a rule found in a draft. */
export interface Finding {
  /** Whether the draft meets the criterion. */
  met: boolean;
  /** The learner's words that decided it: an exact substring of the draft. */
  evidence?: string | undefined;
}

/** A written draft as every rule sees it. */
export interface Draft {
  /** The text as given: word count, characters and contact details read all of it. */
  text: string;
  /** The text analysed (its first 20,000 characters), rubric labels blanked (../prose.ts). */
  doc: Doc;
  /** True when the draft is a list of keywords rather than sentences (../prose.ts). */
  salad?: boolean;
}

/** A clarifying reply and what its scenario tells the rules. */
export interface ReplyDraft extends Draft {
  scenario: Scenario;
  /** What the rules need to know about the scenario, prepared once per scenario object. */
  facts: ReplyFacts;
  /** Whether each sentence asks something, worked out once for both asking rules. */
  asks: (boolean | undefined)[];
  /** The person the reply opens by addressing when that is not the sender ("Hi Rita, Tiago says…"). */
  elsewhere?: string | undefined;
}

/** An invitation note and the person it invites. */
export interface NoteDraft extends Draft {
  target: NoteTarget;
  /** The target's first name as written, for feedback. */
  name: string;
  /** The note's first sales pitch, found once: it fails `no-pitch` and still gives a reason. */
  pitch: string | undefined;
  /** How the learner really knows the target, when the exercise says (`honest` checks it). */
  facts?: NoteFacts | undefined;
  /** The relationships the note claims (./honest.ts), found once; none looked for without facts. */
  claims: Claim[];
}

/** One criterion of a written exercise, worth one point. */
export interface DraftRule<
  D extends Draft,
  Id extends string = string,
  F extends Finding = Finding,
> {
  /** The criterion id results carry. */
  readonly id: Id;
  /** False when the criterion does not apply to this draft's scenario (absent: it always applies). */
  applies?(draft: D): boolean;
  /** Judges the draft. */
  check(draft: D): F;
  /** Plain-text feedback; `@` becomes a quote of the evidence. */
  readonly feedback: {
    met(finding: F, draft: D): string;
    unmet(finding: F, draft: D): string;
    /** The feedback when `applies` is false. */
    readonly notApplicable?: string;
  };
}

/** A rule of the clarifying reply. */
export type ReplyRule<
  Id extends ReplyCriterionId = ReplyCriterionId,
  F extends Finding = Finding,
> = DraftRule<ReplyDraft, Id, F>;

/** A rule of the invitation note. */
export type NoteRule<
  Id extends NoteCriterionId = NoteCriterionId,
  F extends Finding = Finding,
> = DraftRule<NoteDraft, Id, F>;

/**
 * An exercise's rules, one per criterion id of `Ids` and in its order: a missing, extra or
 * misplaced rule fails type checking.
 */
export type RuleList<D extends Draft, Ids extends readonly string[]> = {
  readonly [K in keyof Ids]: DraftRule<D, Ids[K] & string>;
};

/** A rule of a choice exercise: it reads the scenario and the learner's pick. */
export interface ChoiceRule<Response, Id extends string = string> {
  /** The criterion id, or for the red flags the prefix of theirs (`flag:<red flag>`). */
  readonly id: Id;
  /** The rule's criteria for this pick, with their feedback. */
  judge(scenario: Scenario, response: Response): Criterion[];
}

/** A choice rule worth more than one point, which may earn part of them (the verdict). */
export interface WeightedRule<Response, Id extends string = string> extends ChoiceRule<
  Response,
  Id
> {
  /** The points at stake. */
  readonly maxPoints: number;
  /** The points this pick earns. */
  points(scenario: Scenario, response: Response): number;
}
