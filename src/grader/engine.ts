/**
 * The engine of the written exercises: runs an exercise's rules (./rules/) in order on one draft,
 * turns each finding into a criterion with its feedback, and totals them (./result.ts).
 */
import { applyPolicy, type ScoringPolicy } from './policy';
import { criterion } from './result';
import type { Draft, DraftRule, Finding } from './rules/types';
import { quote } from './text';
import type { Criterion, GradeResult } from './types';

/** A finding met when the evidence exists: the rule looks for something (a question). */
export const present = (evidence: string | undefined): Finding => ({ met: !!evidence, evidence });

/** A finding met when there is no evidence: the rule looks for something to avoid (an insult). */
export const absent = (evidence: string | undefined): Finding => ({ met: !evidence, evidence });

/** Said of each part of the task a keyword list seems to meet (see ./prose.ts). */
export const SALAD_FEEDBACK = 'Write it as sentences: a list of words does not do this.';

/**
 * Grades `draft` with `rules`, one criterion each in their order, and scores them by `policy`
 * (./policy.ts). `kind` names the exercise in the feedback of a blank draft ("Write your reply
 * first."). A keyword list (`draft.salad`, ./prose.ts) meets none of the policy's `attempt`
 * criteria.
 */
export function runRules<D extends Draft>(
  rules: readonly DraftRule<D>[],
  draft: D,
  kind: string,
  policy: ScoringPolicy,
): GradeResult {
  const blank = !draft.text.trim();
  const salad = draft.salad ? new Set<string>(policy.attempt) : undefined;
  return applyPolicy(
    rules.map((rule) => judge(rule, draft, blank, kind, salad)),
    policy,
  );
}

function judge<D extends Draft>(
  rule: DraftRule<D>,
  draft: D,
  blank: boolean,
  kind: string,
  salad: Set<string> | undefined,
): Criterion {
  if (rule.applies && !rule.applies(draft)) {
    return criterion(rule.id, null, rule.feedback.notApplicable ?? '');
  }
  const found = rule.check(draft);
  if (blank && found.met) return criterion(rule.id, false, `Write your ${kind} first.`);
  if (salad?.has(rule.id)) {
    return criterion(
      rule.id,
      false,
      `${SALAD_FEEDBACK} ${rule.feedback.unmet({ met: false } as never, draft)}`.replace('@', ''),
    );
  }
  const feedback = found.met ? rule.feedback.met(found, draft) : rule.feedback.unmet(found, draft);
  const { evidence } = found;
  return criterion(
    rule.id,
    found.met,
    feedback.replace('@', evidence ? quote(evidence) : ''),
    evidence,
  );
}
