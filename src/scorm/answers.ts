/**
 * The learner's answers as {@link AnsweredItem}s: lesson exercises from the progress store's
 * entries, questions of the self-assessment from its graded set. Pure.
 */
import type { CatalogExercise } from './catalog';
import type { AnsweredItem } from './interactions';
import type { Skill } from '~/tasks';

/** What the progress store keeps of one exercise's checks (see src/stores/progress.ts). */
export interface ExerciseEntry {
  passed: boolean;
  /** The last check: the answer checked, its score and when. */
  last: { answer: unknown; score: number; maxScore: number; passed: boolean; at: string };
}

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x == 'object' && x !== null && !Array.isArray(x);
const strings = (x: unknown): string[] =>
  Array.isArray(x) ? x.filter((s): s is string => typeof s == 'string' && s !== '') : [];

/**
 * The learner's response to an exercise from its saved answer: the verdict and flags, the parts
 * of the card marked, or the follow-up decision (a choice); the text written, or a conversation's
 * reply and decision (a text). Undefined when the answer has none of these (nothing to report).
 */
export function responseOf(kind: string, last: unknown): readonly string[] | string | undefined {
  // A lesson's "spot it" exercise saves the parts of the card marked.
  if (kind == 'spot' && isRecord(last) && Array.isArray(last.marks)) {
    const marks = strings(last.marks);
    return marks.length ? marks : undefined;
  }
  if (kind == 'verdict' || kind == 'judge' || kind == 'spot' || kind == 'decide') {
    if (Array.isArray(last)) return responseOf(kind, { flags: last });
    if (!isRecord(last)) return undefined;
    const chosen = [
      ...(typeof last.verdict == 'string' ? [last.verdict] : []),
      ...strings(last.flags),
    ];
    return chosen.length ? chosen : undefined;
  }
  if (kind == 'conversation' && isRecord(last)) {
    const reply = typeof last.reply == 'string' ? last.reply.trim() : '';
    const decision = typeof last.decision == 'string' ? last.decision : '';
    const parts = [reply && `Reply: ${reply}`, decision && `Decision: ${decision}`].filter(Boolean);
    return parts.length ? parts.join(' ') : undefined;
  }
  if (kind == 'followup') {
    const decision = isRecord(last) ? last.decision : last;
    return typeof decision == 'string' && decision ? [decision] : undefined;
  }
  const text =
    typeof last == 'string' ? last : isRecord(last) ? (last.reply ?? last.text) : undefined;
  return typeof text == 'string' && text.trim() ? text : undefined;
}

const shareOf = ({ score, maxScore }: { score: number; maxScore: number }) =>
  maxScore > 0 ? Math.min(1, Math.max(0, score / maxScore)) : 0;

/**
 * One item per exercise of the package the learner has checked: the last answer checked, with
 * that check's result and share of the points (mastery, "passed once", is the completion's
 * business, not the interaction's).
 */
export function exerciseItems(
  progress: Readonly<Record<string, ExerciseEntry | undefined>>,
  exercises: Readonly<Record<string, CatalogExercise>>,
): AnsweredItem[] {
  const items: AnsweredItem[] = [];
  for (const [id, info] of Object.entries(exercises)) {
    const entry = progress[id];
    if (!entry) continue;
    const last = entry.last;
    const response = responseOf(id.slice(0, id.indexOf(':')), last?.answer);
    if (!last || response === undefined) continue;
    items.push({
      id,
      description: info.description,
      response,
      ...(info.correct ? { correct: info.correct } : {}),
      passed: last.passed,
      share: shareOf(last),
      weighting: 1,
      skill: info.skill,
      at: last.at,
    });
  }
  return items;
}

/** One graded question of an activity (the self-assessment or an assignment). */
export interface GradedQuestion {
  /** The scenario asked about. */
  scenario: string;
  /** The task kind (`spot`, `decide`, `judge`, `reply`, `followup`). */
  kind: string;
  /** Its name, for the report ("Choose the verdict"). */
  name: string;
  skill: Skill;
  share: number;
  passed: boolean;
  /** The raw answer (a TaskAnswer). */
  answer: unknown;
}

/**
 * One item per answered question of an activity run: ids `quiz:<key>:<n>` (question n, from 1),
 * so each run's questions are their own interactions.
 */
export function activityItems(
  activity: 'quiz' | 'assignment',
  key: string,
  questions: readonly GradedQuestion[],
  at: string,
): AnsweredItem[] {
  const label = activity == 'quiz' ? 'Self-assessment' : 'Assignment';
  return questions.flatMap((q, i) => {
    const response = responseOf(q.kind, q.answer);
    if (response === undefined) return [];
    return [
      {
        id: `${activity}:${key}:${i + 1}`,
        description: `${label}, question ${i + 1}: ${q.name} (${q.scenario})`,
        response,
        passed: q.passed,
        share: q.share,
        weighting: 1,
        skill: q.skill,
        at,
      },
    ];
  });
}
