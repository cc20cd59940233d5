/**
 * The self-assessment's link to the LMS: the one place that knows both the quiz store and the
 * SCORM session, so neither has to know the other. The quiz island calls these two functions;
 * outside an LMS they do nothing.
 */
import { QUIZ_PASS_MARK, type QuizScore } from '~/quiz/score';
import { quizRuns } from '~/stores/quiz';
import { lms } from './browser';
import { syncRun } from './runs';
import type { LmsSession } from './session';

/**
 * Keeps the set `key` (`<seed>:<n>`) in the LMS's resume data (see `syncRun`). Returns a
 * function that stops it.
 */
export function syncQuizRun(key: string, session: LmsSession = lms): () => void {
  return syncRun(session, quizRuns, key, `quiz:${key}`);
}

/**
 * Reports the set's score to the LMS and commits (with the resume data saved since): incomplete
 * with the score so far while the learner answers, passed or failed against the 80% pass mark
 * once they ask for their results.
 */
export function reportQuizScore(
  score: Pick<QuizScore, 'percent'>,
  finished: boolean,
  session: LmsSession = lms,
): boolean {
  return session.reportScore({
    score: score.percent,
    maxScore: 100,
    passMark: QUIZ_PASS_MARK / 100,
    complete: finished,
  });
}
