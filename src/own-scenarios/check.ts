/**
 * Checking a draft scenario: the bank's zod schema (src/schemas/scenario.ts), the bank's rules
 * (./rules.ts), an id no bank scenario has, and a model reply that passes the reply grader. The
 * editor shows each message next to its field.
 */
import './zod-jitless';
import { gradeReply, type GradeResult } from '../grader';
import { scenarioSchema, type Scenario, type ScenarioInput } from '../schemas/scenario';
import { draftToInput, type Draft } from './draft';
import {
  markProblems,
  MODEL_REPLY_MIN_SHARE,
  modelReplyProblems,
  policyProblems,
  whyProblems,
} from './rules';

/** The share of the reply grader's points, in whole percent. */
export const sharePercent = (r: GradeResult) =>
  r.maxScore ? Math.floor((r.score / r.maxScore) * 100) : 0;
/** True when a graded model reply scores what the bank asks of one. */
export const meetsModelShare = (r: GradeResult) =>
  r.maxScore > 0 && r.score / r.maxScore >= MODEL_REPLY_MIN_SHARE;

/**
 * The fields the editor shows a message under, by schema path. A problem deeper in a field (such
 * as `you.schools.2`) belongs to the longest of these that starts its path.
 */
export const FIELD_PATHS = [
  'id',
  'title',
  'level',
  'industry',
  'situation',
  'you.name',
  'you.schools',
  'you.employers',
  'you.groups',
  'you.knows',
  'sender.name',
  'sender.headline',
  'sender.mutualConnections',
  'sender.location',
  'sender.profile',
  'invitation.via',
  'invitation.claim',
  'invitation.note',
  'answer.verdict',
  'answer.partial',
  'answer.flags',
  'answer.why',
  'answer.reply',
  'answer.marks',
  'followUp',
  'followUp.message',
  'followUp.decision',
  'followUp.why',
  'consequences.accept',
  'consequences.reply',
  'consequences.ignore',
] as const;
/** A field the editor shows a message under. */
export type FieldPath = (typeof FIELD_PATHS)[number];

/** The field a problem at `path` belongs to. */
export function fieldOf(path: string): FieldPath {
  let best: FieldPath = 'title';
  let bestLength = -1;
  for (const field of FIELD_PATHS) {
    if ((path === field || path.startsWith(`${field}.`)) && field.length > bestLength) {
      best = field;
      bestLength = field.length;
    }
  }
  return best;
}

/**
 * What the reply grader reads of a draft: the persona, the sender and the invitation as typed, with
 * empty values where the form is not filled in yet.
 */
function graderView(input: ScenarioInput): Scenario {
  return {
    id: input.id || 'draft',
    title: input.title,
    level: input.level,
    lessons: [],
    pool: 'practice',
    you: {
      name: input.you.name,
      schools: input.you.schools ?? [],
      employers: input.you.employers ?? [],
      groups: input.you.groups ?? [],
      knows: input.you.knows ?? [],
    },
    sender: {
      name: input.sender.name,
      headline: input.sender.headline ?? '',
      mutualConnections: Number(input.sender.mutualConnections) || 0,
      location: input.sender.location,
      profile: input.sender.profile ?? [],
    },
    invitation: {
      via: input.invitation.via,
      claim: input.invitation.claim ?? '',
      note: input.invitation.note ?? '',
    },
    answer: {
      verdict: 'reply',
      partial: [],
      flags: input.answer.flags ?? [],
      why: '',
      reply: input.answer.reply?.trim(),
      marks: [],
    },
  };
}

/** The outcome of a check: the scenario when every rule holds, and the messages by field. */
export interface DraftCheck {
  scenario: Scenario | null;
  errors: Partial<Record<FieldPath, string>>;
  /** The model reply graded, when there is one to grade. */
  replyResult: GradeResult | null;
}

/**
 * Checks a draft against the schema, the bank's rules, the bank's ids (and `ownIds`, the other own
 * scenarios') and the reply grader.
 */
export function checkDraft(
  draft: Draft,
  bankIds: ReadonlySet<string>,
  ownIds: ReadonlySet<string> = new Set(),
): DraftCheck {
  const errors: Partial<Record<FieldPath, string>> = {};
  const add = (path: string, message: string) => {
    const field = fieldOf(path);
    errors[field] = errors[field] ? `${errors[field]}; ${message}` : message;
  };
  if (bankIds.has(draft.id.trim()))
    add('id', 'a scenario of the course has this id: choose another');
  else if (ownIds.has(draft.id.trim()))
    add('id', 'one of your scenarios has this id: edit that one, or choose another id');
  const input = draftToInput(draft);
  // The model reply is checked and graded live, before the rest of the form is complete.
  const view = graderView(input);
  const hasReply = draft.answer.verdict === 'reply' && !!draft.answer.reply.trim();
  const replyResult = hasReply ? gradeReply(view, view.answer.reply!) : null;
  if (hasReply) for (const p of modelReplyProblems(view)) add(p.path, p.message);
  if (replyResult && !meetsModelShare(replyResult))
    add(
      'answer.reply',
      `a model reply scores at least ${MODEL_REPLY_MIN_SHARE * 100}% with the reply grader; this one scores ${sharePercent(replyResult)}% (see the checklist)`,
    );
  const parsed = scenarioSchema.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const empty = issue.code === 'too_small' && Number(issue.minimum) === 1;
      add(issue.path.join('.'), empty ? 'required' : issue.message);
    }
    return { scenario: null, errors, replyResult };
  }
  const scenario = parsed.data;
  for (const p of [
    ...policyProblems(scenario),
    ...markProblems(scenario),
    ...whyProblems(scenario),
  ])
    add(p.path, p.message);
  return { scenario: Object.keys(errors).length ? null : scenario, errors, replyResult };
}
