/**
 * "I just got one": the course's rules applied to a real invitation the learner describes. Pure
 * functions, no DOM, no stores: a description becomes a scenario of the bank's shape
 * (`toScenario`), whose red flags (`detectFlags`, `readInvitation`), recommended action
 * (`recommend`), draft reply (`draftReply`) and the sender's answer (`readAnswer`) are read with
 * the grader's rules, the same that mark the course's exercises.
 */
export { readAnswer, THIN_ANSWER_WORDS, type AnswerKind, type AnswerReading } from './answer';
export {
  claimStatus,
  detectFlags,
  knowsSender,
  readInvitation,
  type ClaimStatus,
  type FlagFinding,
  type InvitationReading,
} from './flags';
export { ANSWER_LESSON, FLAG_LESSONS, FLOW_LESSON, REPLY_LESSON, type LessonRef } from './lessons';
export { firstName, NAMELESS } from './names';
export { noteKind, readNote, type NoteKind, type NoteReading } from './note';
export { PROFILE_SIGN_TEXT, profileSigns } from './profile';
export {
  FLOW_QUESTIONS,
  recommend,
  VERDICT_WHY,
  type FlowAnswer,
  type FlowStep,
  type Recommendation,
} from './recommend';
export { draftReply } from './reply';
export { MY_INVITATION_ID, toScenario } from './scenario';
