/**
 * Grading a clarifying reply: the ten criteria of the course, one rule each (./rules/), judged from
 * what the scenario knows (who sent it, what the invitation claimed, what is true about the learner).
 */
import type { Scenario } from '../schemas/scenario';
import { REPLY_CRITERIA } from './criteria';
import { runRules } from './engine';
import { replyFacts } from './facts';
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
import { analyse } from './text';
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
 * Grades a clarifying reply to the scenario's invitation. Criteria follow `REPLY_CRITERIA`; the
 * score counts met criteria (null ones do not count) and `passed` needs 80% of the maximum.
 */
export function gradeReply(scenario: Scenario, input: string): GradeResult {
  const text = typeof input === 'string' ? input : '';
  const facts = replyFacts(scenario);
  return runRules(RULES, { text, doc: analyse(text), scenario, facts, asks: [] }, 'reply');
}
