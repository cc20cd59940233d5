/**
 * Grading an invitation note the learner writes themselves, one rule per criterion (./rules/): greet
 * the person, say honestly how you know (or know of) them, give a reason, stay within LinkedIn's
 * 300 characters, no pitch, no pressure.
 */
import type { NoteFacts, NoteTarget } from '../schemas/scenario';
import { NOTE_CRITERIA } from './criteria';
import { runRules } from './engine';
import { displayFirstName } from './names';
import { courteousNote } from './rules/courteous';
import { givesAReason } from './rules/gives-a-reason';
import { greetsTargetByName } from './rules/greets-by-name';
import { findPitch, noPitch } from './rules/no-pitch';
import { saysHowWeKnow } from './rules/says-how-we-know';
import type { NoteDraft, RuleList } from './rules/types';
import { withinLimit } from './rules/within-limit';
import { findClaims, honest } from './rules/honest';
import { NOTE_POLICY } from './policy';
import { screen } from './prose';
import type { GradeResult } from './types';

export { NOTE_CRITERIA };
export { FREE_NOTE_LIMIT, NOTE_LIMIT } from './rules/within-limit';

/** The note's rules, in the order of `NOTE_CRITERIA`. */
const RULES: RuleList<NoteDraft, typeof NOTE_CRITERIA> = [
  greetsTargetByName,
  saysHowWeKnow,
  givesAReason,
  withinLimit,
  noPitch,
  courteousNote,
  honest,
];

/**
 * Grades an invitation note written to `target`. Criteria follow `NOTE_CRITERIA` (the one to fix
 * first moved to the front); the score follows the note's scoring policy (./policy.ts).
 * `within-limit` counts Unicode code points like LinkedIn and warns above 200. With `facts` (who
 * "you" are and how you really know the target) the note is checked against them: `honest`, and
 * `says-how-we-know` only for an account that matches; without them `honest` is null.
 */
export function gradeNote(target: NoteTarget, input: string, facts?: NoteFacts): GradeResult {
  const text = typeof input === 'string' ? input : '';
  const { doc, salad } = screen(text, [
    target.name,
    target.headline,
    facts?.you.name ?? '',
    facts?.context.detail ?? '',
    facts?.context.introducer ?? '',
  ]);
  const name = displayFirstName(target.name);
  const draft = {
    text,
    doc,
    salad,
    target,
    name,
    pitch: findPitch(doc),
    facts,
    // Claims are only weighed against the facts: without them, nothing reads them.
    claims: facts ? findClaims(text) : [],
  };
  return runRules(RULES, draft, 'note', NOTE_POLICY);
}
