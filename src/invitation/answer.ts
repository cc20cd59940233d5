/**
 * Reading the sender's answer to the clarifying reply (lesson 7): a real answer gives a specific
 * reason and sells nothing, so accept with a little less trust; a thin one ("you're into
 * marketing"), or a pitch, means decline. The reason and the pitch are found by `gradeNote`'s
 * criteria, the rules the course applies to every note.
 */
import { gradeNote } from '../grader/index';
import type { FollowUpDecision } from '../schemas/scenario';
import { ANSWER_LESSON, type LessonRef } from './lessons';

/** Fewer words than this is one thin line, whatever it says. */
export const THIN_ANSWER_WORDS = 12;

/** What the answer is, in lesson 7's terms. */
export type AnswerKind = 'empty' | 'thin' | 'pitch' | 'real';

/** The lesson 7 reading of an answer, and the advice that follows. */
export interface AnswerReading {
  kind: AnswerKind;
  /** Accept with a little caution, or decline; null for an empty answer. */
  decision: FollowUpDecision | null;
  /** One line: "This answer is thin." */
  title: string;
  /** Why, and what to do, in the course's words. */
  advice: string;
  /** The answer's own words that decided it. */
  evidence?: string;
  lesson: LessonRef;
}

const CAUTION =
  'Accept, with a little less trust: keep personal details to yourself for now, do not endorse what you have not seen, and watch how they use the connection.';
const DECLINE =
  'Decline without drama: ignore the invitation. You owe no explanation, and LinkedIn does not tell the sender.';

const words = (text: string) => text.split(/\s+/).filter((t) => /[\p{L}\p{N}]/u.test(t)).length;

/** Reads the sender's answer: real, thin or a pitch, with the advice lesson 7 gives. */
export function readAnswer(text: string): AnswerReading {
  const answer = typeof text === 'string' ? text.trim() : '';
  const lesson = ANSWER_LESSON;
  if (!answer) {
    return {
      kind: 'empty',
      decision: null,
      title: 'Paste their answer first.',
      advice: 'Once they answer your two questions, paste the answer here to read it.',
      lesson,
    };
  }
  const criteria = gradeNote({ name: 'you', headline: '' }, answer).criteria;
  const pitch = criteria.find((c) => c.id === 'no-pitch' && c.met === false)?.evidence;
  const reason = criteria.find((c) => c.id === 'gives-a-reason' && c.met)?.evidence;
  if (pitch) {
    return {
      kind: 'pitch',
      decision: 'decline',
      title: 'This answer turns into a pitch.',
      advice: `"${pitch}" sells something, and that tells you the real reason for the invitation. ${DECLINE}`,
      evidence: pitch,
      lesson,
    };
  }
  if (!reason || words(answer) < THIN_ANSWER_WORDS) {
    return {
      kind: 'thin',
      decision: 'decline',
      title: 'This answer is thin.',
      advice: `It gives no specific, honest reason to connect: being in the same field is not a relationship, and a connection you will never talk to gains you nothing. ${DECLINE}`,
      lesson,
    };
  }
  return {
    kind: 'real',
    decision: 'accept-with-caution',
    title: 'This answer gives a real reason.',
    advice: `It names a specific reason to connect ("${reason}"). If it is honest and could help you both, ${CAUTION.charAt(0).toLowerCase()}${CAUTION.slice(1)}`,
    evidence: reason,
    lesson,
  };
}
