/**
 * The rules a scenario must follow beyond its schema: the bank's test (tests/unit/bank.test.ts)
 * and the scenario editor apply these same functions, so the bank and an instructor's own
 * scenarios are held to one set of rules (docs/scenario-format.md, "What `npm test` checks").
 */
import { policyPartials, ANSWER_KEY_POLICY } from '../schemas/answer-key';
import type { Scenario } from '../schemas/scenario';

/** A rule broken: the field (a schema path such as `answer.reply`) and what to change. */
export interface RuleProblem {
  path: string;
  message: string;
}

/** Shortest and longest model reply, in words. */
export const MODEL_REPLY_MIN_WORDS = 40;
export const MODEL_REPLY_MAX_WORDS = 110;
/** Share of the reply grader's points a model reply must score (the bank's tests ask the same). */
export const MODEL_REPLY_MIN_SHARE = 0.9;
/** Shortest explanation of the answer, in characters. */
export const MIN_WHY_CHARS = 80;

/** Words as the grader counts them: whitespace-separated tokens holding a letter or digit. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((t) => /[\p{L}\p{N}]/u.test(t)).length;
}

/**
 * Marks are optional. When a scenario has any, every listed flag has a mark and every mark's flag
 * is listed, so "Show me" and "Spot it on the card" can point at each one; without marks, "Show
 * me" is not offered and the answer names the flags in words.
 */
export function markProblems(s: Scenario): RuleProblem[] {
  if (!s.answer.marks.length) return [];
  const marked = new Set(s.answer.marks.map((m) => m.flag));
  const out: RuleProblem[] = [];
  const unmarked = s.answer.flags.filter((f) => !marked.has(f));
  if (unmarked.length)
    out.push({
      path: 'answer.marks',
      message: `with marks, every flag needs one: add a mark for ${unmarked.join(', ')} (or remove all marks)`,
    });
  const unlisted = [...marked].filter((f) => !s.answer.flags.includes(f));
  if (unlisted.length)
    out.push({
      path: 'answer.marks',
      message: `a mark names a flag the answer does not list: ${unlisted.join(', ')}`,
    });
  return out;
}

/**
 * A model reply (verdict reply) opens with "Hi", "Hello" or "Dear" and the sender's first name, is
 * 40 to 110 words, asks at least one question and gives no email address or phone number.
 */
export function modelReplyProblems(s: Scenario): RuleProblem[] {
  if (s.answer.verdict !== 'reply' || !s.answer.reply) return [];
  const reply = s.answer.reply;
  const out: RuleProblem[] = [];
  const problem = (message: string) => out.push({ path: 'answer.reply', message });
  const first = s.sender.name.split(/\s+/)[0] ?? '';
  if (
    !new RegExp(`^(Hi|Hello|Dear) ${first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(reply)
  )
    problem(`open with "Hi ${first}", "Hello ${first}" or "Dear ${first}"`);
  const words = wordCount(reply);
  if (words < MODEL_REPLY_MIN_WORDS || words > MODEL_REPLY_MAX_WORDS)
    problem(
      `a model reply is ${MODEL_REPLY_MIN_WORDS} to ${MODEL_REPLY_MAX_WORDS} words; this one has ${words}`,
    );
  if (!reply.includes('?')) problem('ask at least one question');
  if (/\S+@\S+\.\S+/.test(reply)) problem('leave out email addresses');
  if (/\d[\d\s().-]{6,}\d/.test(reply)) problem('leave out phone numbers');
  return out;
}

/** The explanation of the answer says why in full: more than 80 characters. */
export function whyProblems(s: Scenario): RuleProblem[] {
  return s.answer.why.length > MIN_WHY_CHARS
    ? []
    : [
        {
          path: 'answer.why',
          message: `explain the answer in more than ${MIN_WHY_CHARS} characters`,
        },
      ];
}

/**
 * The verdict and partial credit follow the situation's row of the answer-key policy
 * (src/schemas/answer-key.ts); the reasons may be reworded.
 */
export function policyProblems(s: Scenario): RuleProblem[] {
  if (!s.situation) return [{ path: 'situation', message: 'choose the situation' }];
  const policy = ANSWER_KEY_POLICY[s.situation];
  const out: RuleProblem[] = [];
  if (s.answer.verdict !== policy.best)
    out.push({
      path: 'answer.verdict',
      message: `the policy's best verdict for this situation is ${policy.best}`,
    });
  const key = (p: { verdict: string; credit: number }) => `${p.verdict}:${p.credit}`;
  const want = policyPartials(s.situation).map(key).sort().join();
  if (s.answer.partial.map(key).sort().join() !== want)
    out.push({
      path: 'answer.partial',
      message: `the partial credit for this situation is ${want.replaceAll(':', ' ').replaceAll(',', ', ') || 'none'}`,
    });
  return out;
}
