export { notePhrases, phrasesOver, type Range } from './phrases';
export { spotTask, type SpotPart, type SpotPlace, type SpotTarget, type SpotTask } from './task';
export { scoreSpot, type SpotScore } from './score';
export { gradeSpot, partInWords, NOTHING_ELSE } from './grade';
export { markPlace, REASON_FLAGS, type MarkPlace } from './place';
