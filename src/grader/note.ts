/**
 * Grading an invitation note the learner writes themselves, one rule per criterion (./rules/): greet
 * the person, say honestly how you know (or know of) them, give a reason, stay within LinkedIn's
 * 300 characters, no pitch, no pressure.
 */
import type { NoteTarget } from '../schemas/scenario';
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
import { analyse } from './text';
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
];

/**
 * Grades an invitation note written to `target`. Criteria follow `NOTE_CRITERIA`; one point each,
 * `passed` at 80%. `within-limit` counts Unicode code points like LinkedIn and warns above 200.
 */
export function gradeNote(target: NoteTarget, input: string): GradeResult {
  const text = typeof input === 'string' ? input : '';
  const doc = analyse(text);
  const name = displayFirstName(target.name);
  return runRules(RULES, { text, doc, target, name, pitch: findPitch(doc) }, 'note');
}
