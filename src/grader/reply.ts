/**
 * Grading a clarifying reply: the ten criteria of the course, one rule each (./rules/), judged from
 * what the scenario knows (who sent it, what the invitation claimed, what is true about the learner).
 */
import type { Scenario } from '../schemas/scenario';
import { REPLY_CRITERIA } from './criteria';
import { runRules } from './engine';
import { replyFacts } from './facts';
import { otherAddressee } from './names';
import { asksHowToHelp } from './rules/asks-how-to-help';
import { asksHowWeKnow } from './rules/asks-how-we-know';
import { concise } from './rules/concise';
import { correctsTheClaim } from './rules/corrects-the-claim';
import { courteous } from './rules/courteous';
import { doesNotAccept } from './rules/does-not-accept';
import { gracefulOut } from './rules/graceful-out';
import { greetsByName } from './rules/greets-by-name';
import { keepsPrivate } from './rules/keeps-private';
import { namesTheClaim } from './rules/names-the-claim';
import type { ReplyDraft, RuleList } from './rules/types';
import { REPLY_POLICY } from './policy';
import { screen } from './prose';
import type { GradeResult } from './types';

export { REPLY_CRITERIA };
export { MAX_WORDS, MIN_WORDS } from './rules/concise';

/** The reply's rules, in the order of `REPLY_CRITERIA`. */
const RULES: RuleList<ReplyDraft, typeof REPLY_CRITERIA> = [
  greetsByName,
  namesTheClaim,
  correctsTheClaim,
  gracefulOut,
  asksHowWeKnow,
  asksHowToHelp,
  courteous,
  concise,
  doesNotAccept,
  keepsPrivate,
];

/**
 * Grades a clarifying reply to the scenario's invitation. Criteria follow `REPLY_CRITERIA` (the
 * one to fix first moved to the front); the score follows the reply's scoring policy
 * (./policy.ts): weighted points, must-haves, no credit for a draft that attempts nothing.
 */
export function gradeReply(scenario: Scenario, input: string): GradeResult {
  const text = typeof input === 'string' ? input : '';
  const facts = replyFacts(scenario);
  const { you, sender, invitation } = scenario;
  const { doc, salad } = screen(text, [
    sender.name,
    you.name,
    invitation.claim,
    ...you.schools,
    ...you.employers,
    ...you.groups,
  ]);
  const elsewhere = otherAddressee(doc, facts.sender, facts.self);
  const draft = { text, doc, salad, scenario, facts, asks: [], elsewhere };
  return runRules(RULES, draft, 'reply', REPLY_POLICY);
}
