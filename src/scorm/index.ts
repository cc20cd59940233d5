export type { LessonStatus, Scorm12Api } from './api';
export { findScorm12Api, MAX_PARENT_DEPTH, type WindowLike } from './discover';
export { formatSessionTime } from './session-time';
export {
  decodeEntries,
  encodeEntries,
  packEntry,
  SUSPEND_DATA_LIMIT,
  type SuspendEntries,
} from './suspend-data';
export {
  createLmsSession,
  DEFAULT_STATE_NAME,
  type LmsNotice,
  type LmsSession,
  type LmsSessionOptions,
  type ScoreReport,
} from './session';
export { $lmsNotices, dismissLmsNotice, raiseLmsNotice } from './notices';
export { connectLms, lms } from './browser';
