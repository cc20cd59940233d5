/**
 * Reading the sender's note with the grader's rules: whether it says how they know of you, gives
 * a reason, or sells something. The words come from `gradeNote`'s criteria (`says-how-we-know`,
 * `gives-a-reason`, `no-pitch`), the same rules the course applies to the notes learners write,
 * so the page and the exercises never disagree about a note.
 */
import { gradeNote } from '../grader/index';
import { isEmptyOrDefaultNote } from '../schemas/constants';
import type { Persona } from '../schemas/scenario';

/** Empty, LinkedIn's default text, or written by the sender. */
export type NoteKind = 'empty' | 'default' | 'written';

/** What the course sees in a note. Quotes are exact words of the note. */
export interface NoteReading {
  kind: NoteKind;
  /** Where the note says how the sender knows (of) you. */
  how?: string;
  /** Where it gives a reason to connect. */
  reason?: string;
  /** Where it sells something. */
  pitch?: string;
  /** True when it says how they know of you and why they write, and sells nothing. */
  honest: boolean;
}

/**
 * Whether `note` is empty, one of LinkedIn's default texts (the bank's rule,
 * `isEmptyOrDefaultNote`), or the sender's own words.
 */
export function noteKind(note: string): NoteKind {
  if (!note.trim()) return 'empty';
  return isEmptyOrDefaultNote(note) ? 'default' : 'written';
}

/**
 * Reads a note sent to `you` with `gradeNote`'s criteria. The recipient's schools and employers
 * stand in for a headline, so "I read about Acme's rollout" counts as knowing of them.
 */
export function readNote(
  note: string,
  you: Pick<Persona, 'name' | 'schools' | 'employers'>,
): NoteReading {
  const kind = noteKind(note);
  if (kind !== 'written') return { kind, honest: false };
  const target = {
    name: you.name || 'you',
    headline: [...you.employers, ...you.schools].join(', '),
  };
  const graded = gradeNote(target, note).criteria;
  const criterion = (id: string) => graded.find((c) => c.id === id);
  const how = criterion('says-how-we-know');
  const reason = criterion('gives-a-reason');
  const pitch = criterion('no-pitch');
  const reading: NoteReading = {
    kind,
    how: how?.met ? how.evidence : undefined,
    reason: reason?.met ? reason.evidence : undefined,
    pitch: pitch?.met === false ? (pitch.evidence ?? note) : undefined,
    honest: false,
  };
  reading.honest = !!(reading.how && reading.reason && !reading.pitch);
  return reading;
}
