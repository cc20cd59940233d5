/**
 * The words each exercise island shows, picked by its Astro wrapper at build time and passed as
 * props: they travel in the page's HTML (once per exercise) instead of in every island's
 * JavaScript. Component tests build the same props with these functions.
 */
import { gradeNote } from '~/grader/note';
import { gradeReply } from '~/grader/reply';
import type { Criterion } from '~/grader/types';
import type { NoteFacts, NoteTarget, RedFlag, Scenario } from '~/schemas/scenario';
import type { StorageNoticeKind } from '~/stores/notices';
import { CHOICE_CRITERIA, DECISION_LABELS, FLAG_LABELS, VERDICT_LABELS } from '../ui/labels';
import { WRITING_CRITERIA } from '../ui/writingCriteria';

/** What the storage notice says for each problem. */
export const STORAGE_NOTICES: Record<StorageNoticeKind, string> = {
  reset:
    'Your saved progress could not be read, so the course has started afresh. A copy of the old data is kept in this browser.',
  unsaved:
    'This browser is not letting the course save, so your progress and drafts will be lost when you close this page.',
};

/** Names of `ids` only, from `table`. */
const pick = (table: Record<string, string>, ids: readonly string[]) =>
  Object.fromEntries(ids.filter((id) => id in table).map((id) => [id, table[id]!]));

/** The verdict island's words: its choices and its criteria's names. */
export function verdictText() {
  const flags = Object.keys(FLAG_LABELS) as RedFlag[];
  return {
    verdicts: VERDICT_LABELS,
    flags: FLAG_LABELS,
    names: {
      verdict: CHOICE_CRITERIA.verdict!,
      ...Object.fromEntries(flags.map((flag) => [`flag:${flag}`, FLAG_LABELS[flag]])),
    },
  };
}
export type VerdictText = ReturnType<typeof verdictText>;

/** The follow-up island's words: the two decisions and the criterion's name. */
export function followUpText() {
  return { decisions: DECISION_LABELS, names: pick(CHOICE_CRITERIA, ['decision']) };
}
export type FollowUpText = ReturnType<typeof followUpText>;

/**
 * A writing island's words and the checklist it shows before the grader arrives: the criteria
 * as graded for an empty text, which is what the live checklist shows for an empty draft.
 */
export interface WritingText {
  names: Record<string, string>;
  initial: Pick<Criterion, 'id' | 'met'>[];
}

function writingText(criteria: Criterion[]): WritingText {
  return {
    names: pick(
      WRITING_CRITERIA,
      criteria.map((c) => c.id),
    ),
    initial: criteria.map(({ id, met }) => ({ id, met })),
  };
}

/** The reply island's words. */
export const replyText = (scenario: Scenario): WritingText =>
  writingText(gradeReply(scenario, '').criteria);

/** The invitation note island's words. */
export const noteText = (target: NoteTarget, facts?: NoteFacts): WritingText =>
  writingText(gradeNote(target, '', facts).criteria);
