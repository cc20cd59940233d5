export type { LessonStatus, Scorm12Api } from './api';
export { findLmsApi, findScorm12Api, MAX_PARENT_DEPTH, type WindowLike } from './discover';
export { formatSessionTime } from './session-time';
export {
  decodeEntries,
  encodeEntries,
  packEntry,
  SUSPEND_DATA_LIMIT,
  type SuspendEntries,
} from './suspend-data';
export * from './interactions';
export * from './rte';
export * from './resume';
export * from './answers';
export * from './catalog';
export * from './bridge';
export {
  createCourseSession,
  type CourseReport,
  type CourseSession,
  type CourseSessionOptions,
  type LmsNotice,
  type SentSummary,
} from './course-session';
export { $lmsSent, lmsBridge, lmsLearnerName, sentSentence } from './browser';
