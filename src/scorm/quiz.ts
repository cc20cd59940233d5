/**
 * The self-assessment's link to the LMS: the one place that knows both the quiz and the
 * package's bridge, so neither has to know the other. The quiz island calls it; outside a
 * package it does nothing.
 */
import { QUIZ_PASS_MARK, type QuizScore } from '~/quiz/score';
import { TASK_KINDS } from '~/tasks';
import { quizRuns } from '~/stores/quiz';
import { activityItems } from './answers';
import type { CourseBridge } from './bridge';
import { lmsBridge } from './browser';

/**
 * Reports the set `key` (`<seed>:<n>`) to the LMS: every answered question as an interaction,
 * and, once the learner asks for the results, the score against the pass mark. False outside a
 * package (whose launch page keeps the quiz's runs in the LMS's resume data itself).
 */
export function reportQuizScore(
  key: string,
  score: Pick<QuizScore, 'percent'> & Partial<Pick<QuizScore, 'graded'>>,
  finished: boolean,
  bridge: CourseBridge | undefined = lmsBridge,
): boolean {
  if (!bridge?.connected || !key) return false;
  const run = quizRuns.read(key);
  const answers = run?.answers ?? {};
  const questions = (score.graded ?? []).map((g, i) => ({
    scenario: g.scenario,
    kind: g.kind,
    name: TASK_KINDS[g.kind].name,
    skill: TASK_KINDS[g.kind].skill,
    share: g.share,
    passed: g.result.passed,
    answer: answers[i],
  }));
  bridge.report({
    activity: 'quiz',
    key,
    percent: score.percent,
    passMark: QUIZ_PASS_MARK,
    finished,
    questions: questions.length,
    items: activityItems('quiz', key, questions, run?.at || new Date().toISOString()),
  });
  return true;
}
