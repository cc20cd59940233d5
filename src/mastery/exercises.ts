/**
 * Which exercises a lesson holds, read from its MDX body. Pure: no Astro, no DOM, so the build,
 * the tests and a Node script (the SCORM packager) can all call it on the same text.
 */

/**
 * Every exercise component a lesson can use, by MDX tag, with the kind its progress is saved
 * under: `<VerdictExercise id="x" />` is the exercise `verdict:x`. A new exercise island adds
 * its tag here, and lessons count it toward mastery with nothing else to change.
 */
export const EXERCISE_TAGS = {
  VerdictExercise: 'verdict',
  ReplyExercise: 'reply',
  FollowUpExercise: 'followup',
  InviteNoteExercise: 'note',
  ConversationExercise: 'conversation',
  SpotItExercise: 'spot',
} as const satisfies Record<string, string>;

/** An exercise tag, e.g. `VerdictExercise`. */
export type ExerciseTag = keyof typeof EXERCISE_TAGS;

/** One exercise of a lesson, as its MDX tag places it. */
export interface ExerciseRef {
  /** The id its progress is saved under, `<kind>:<id>`, e.g. `verdict:betty-same-school`. */
  id: string;
  /** The saved kind, e.g. `verdict`. */
  kind: string;
  /** The tag's `id` attribute: a scenario id, or the note exercise's own id. */
  ref: string;
  /** The MDX tag. */
  tag: ExerciseTag;
  /** The tag's other string attributes (e.g. the note exercise's `name`). */
  attributes: Record<string, string>;
  /** The element id of the exercise's heading on the lesson page, for links to it. */
  anchor: string;
}

const TAG_PATTERN = new RegExp(`<(${Object.keys(EXERCISE_TAGS).join('|')})\\b([^>]*?)/?>`, 'g');
const ATTRIBUTE_PATTERN = /([A-Za-z][\w-]*)=(?:"([^"]*)"|'([^']*)')/g;

/** The exercise id saved for a kind and a tag's id: `exerciseId('verdict', 'x')` is `verdict:x`. */
export const exerciseId = (kind: string, ref: string) => `${kind}:${ref}`;

/**
 * The element id of an exercise's heading: ExerciseFrame titles it `<kind>-<ref>-title`.
 */
export const exerciseAnchor = (kind: string, ref: string) => `${kind}-${ref}-title`;

/**
 * The exercises of a lesson in page order, from its MDX body. Tags in MDX comments and code
 * fences count too, so keep exercise tags out of examples in lesson prose. A tag without an `id`
 * is skipped (the build fails on it anyway); a tag used twice with the same id counts once.
 */
export function lessonExercises(body: string): ExerciseRef[] {
  const found: ExerciseRef[] = [];
  for (const [, tag, rest] of body.matchAll(TAG_PATTERN)) {
    const attributes: Record<string, string> = {};
    for (const [, name, double, single] of (rest ?? '').matchAll(ATTRIBUTE_PATTERN)) {
      attributes[name!] = double ?? single ?? '';
    }
    const { id: ref, ...others } = attributes;
    if (!ref) continue;
    const kind = EXERCISE_TAGS[tag as ExerciseTag];
    const id = exerciseId(kind, ref);
    if (found.some((e) => e.id === id)) continue;
    found.push({
      id,
      kind,
      ref,
      tag: tag as ExerciseTag,
      attributes: others,
      anchor: exerciseAnchor(kind, ref),
    });
  }
  return found;
}
