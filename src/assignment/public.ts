/**
 * What the student page may carry, and what it loads later. The page a student answers on holds
 * only what a student may see before answering: who "you" are and the invitation card. The
 * senders' follow-up messages load when part 2 starts (once part 1 is locked: a follow-up exists
 * only where replying was right), and the answer key (verdicts, flags, model replies, why) loads
 * after Finish, each from its own static JSON file next to the page.
 *
 * A static site cannot hide those files from someone who looks for them: this keeps the key out
 * of the page's source and out of the student's way, nothing more (docs/instructors.md).
 */
import type { Invitation, Persona, Scenario, Sender } from '../schemas/scenario';

/** A scenario as the answering page carries it: no verdict, flag, mark, reply or why. */
export interface PublicScenario {
  id: string;
  you: Persona;
  sender: Sender;
  invitation: Invitation;
}

/** The file names, relative to the assignment page (so a subfolder or an LMS package works). */
export const FOLLOW_UPS_FILE = 'follow-ups.json';
export const REVIEW_FILE = 'review.json';

/**
 * True when assignments may use the scenario: every pool but the self-assessment's, which no
 * student page shows (scripts/check-site.mjs checks it). The builder lists only these, and the
 * answering page and its two files carry only these.
 */
export const assignable = (s: Pick<Scenario, 'pool'>): boolean => s.pool !== 'quiz';

/** The part of a bank scenario the answering page may carry. */
export function toPublicScenario(s: Scenario): PublicScenario {
  return { id: s.id, you: s.you, sender: s.sender, invitation: s.invitation };
}

/** `follow-ups.json`: the sender's answer of each scenario that has one, by scenario id. */
export type FollowUpMessages = Record<string, string>;

/** The follow-up messages of `bank`, for `follow-ups.json`. */
export function followUpMessages(bank: Iterable<Scenario>): FollowUpMessages {
  const out: FollowUpMessages = {};
  for (const s of bank) if (s.followUp) out[s.id] = s.followUp.message;
  return out;
}

/** `review.json`: every scenario in full, to grade and review the answers after Finish. */
export interface ReviewData {
  scenarios: Scenario[];
}

/** Reads a loaded `follow-ups.json`; null when it is not one. */
export function readFollowUps(data: unknown): FollowUpMessages | null {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return null;
  const out: FollowUpMessages = {};
  for (const [id, message] of Object.entries(data)) {
    if (typeof message === 'string') out[id] = message;
  }
  return out;
}

/** Reads a loaded `review.json` into a bank by id; null when it is not one. */
export function readReview(data: unknown): Map<string, Scenario> | null {
  const scenarios = (data as Partial<ReviewData> | null)?.scenarios;
  if (!Array.isArray(scenarios)) return null;
  return new Map(
    scenarios
      .filter((s): s is Scenario => !!s && typeof s === 'object' && typeof s.id === 'string')
      .map((s) => [s.id, s]),
  );
}
