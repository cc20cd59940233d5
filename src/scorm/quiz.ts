/**
 * The self-assessment's link to the LMS: the one place that knows both the quiz store and the
 * SCORM session, so neither has to know the other. The quiz island calls these two functions;
 * outside an LMS they do nothing.
 */
import { QUIZ_PASS_MARK, type QuizScore } from '~/quiz/score';
import { $quizRuns, type QuizRun } from '~/stores/quiz';
import { lms } from './browser';
import type { LmsSession } from './session';

/** The resume-data entry of a run: one per set, so older sets are the first trimmed. */
const entryName = (key: string) => `quiz:${key}`;

const isRun = (x: unknown): x is QuizRun =>
  typeof x == 'object' &&
  x !== null &&
  typeof (x as QuizRun).answers == 'object' &&
  (x as QuizRun).answers !== null &&
  typeof (x as QuizRun).current == 'number' &&
  typeof (x as QuizRun).finished == 'boolean' &&
  typeof (x as QuizRun).at == 'string';

/**
 * Keeps the run `key` (`<seed>:<n>`) in the LMS's resume data: a newer copy the LMS kept (from
 * another computer) replaces the local one now, and every change is saved from then on.
 * Returns a function that stops it (for an effect's cleanup).
 */
export function syncQuizRun(key: string, session: LmsSession = lms): () => void {
  if (!session.connected) return () => {};
  const saved = session.loadState(entryName(key));
  const local = $quizRuns.get().runs[key];
  if (isRun(saved) && (!local || local.at < saved.at)) {
    const { runs } = $quizRuns.get();
    $quizRuns.set({ v: 1, runs: { ...runs, [key]: saved } });
  } else if (local) session.saveState(local, entryName(key));
  let last = $quizRuns.get().runs[key];
  return $quizRuns.listen(({ runs }) => {
    if (runs[key] === last || !runs[key]) return;
    last = runs[key];
    session.saveState(last, entryName(key));
  });
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
