/**
 * The course's grader: pure functions from a scenario and a learner's response to a plain result.
 * No DOM, no stores, no clock, no randomness: the same call runs in the browser, tests and CLI.
 * First version: signatures are final, the rules are being refined.
 */
import type { NoteTarget, Scenario } from '../schemas/scenario';
import type { Criterion, FollowUpDecision, GradeResult, VerdictResponse } from './types';

export type { Criterion, FollowUpDecision, GradeResult, VerdictResponse } from './types';

/** Version of the grading rules; stored with results so a regrade can tell them apart. */
export const GRADER_VERSION = '0.1.0';

function result(criteria: Criterion[], pass = 0.8): GradeResult {
  const counted = criteria.filter((c) => c.met !== null);
  const score = counted.filter((c) => c.met).length;
  return {
    score,
    maxScore: counted.length,
    passed: counted.length > 0 && score / counted.length >= pass,
    criteria,
  };
}

/** Grades the learner's verdict (accept / reply / ignore) and the red flags they picked. */
export function gradeVerdict(scenario: Scenario, response: VerdictResponse): GradeResult {
  const criteria: Criterion[] = [
    { id: 'verdict', met: response.verdict === scenario.answer.verdict, feedback: '' },
  ];
  const flags = new Set([...scenario.answer.flags, ...response.flags]);
  for (const f of flags) {
    criteria.push({
      id: `flag:${f}`,
      met: scenario.answer.flags.includes(f) && response.flags.includes(f),
      feedback: '',
    });
  }
  return result(criteria);
}

/** Grades a clarifying reply draft against the scenario's ten reply criteria. */
export function gradeReply(scenario: Scenario, text: string): GradeResult {
  void scenario;
  void text;
  const ids = [
    'greets-by-name',
    'names-the-claim',
    'corrects-the-claim',
    'graceful-out',
    'asks-how-we-know',
    'asks-how-to-help',
    'courteous',
    'concise',
    'does-not-accept',
    'keeps-private',
  ];
  return result(ids.map((id) => ({ id, met: false, feedback: '' })));
}

/** Grades an invitation note the learner wrote to `target`. */
export function gradeNote(target: NoteTarget, text: string): GradeResult {
  void target;
  const ids = [
    'greets-by-name',
    'says-how-we-know',
    'gives-a-reason',
    'within-limit',
    'no-pitch',
    'courteous',
  ];
  return result(
    ids.map((id) => ({
      id,
      met: id === 'within-limit' ? [...text].length <= 300 : false,
      feedback: '',
    })),
  );
}

/** Grades the decision taken after the sender answered the clarifying reply. */
export function gradeFollowUp(scenario: Scenario, decision: FollowUpDecision | null): GradeResult {
  const expected = scenario.followUp?.decision;
  return result([{ id: 'decision', met: expected ? decision === expected : null, feedback: '' }]);
}
