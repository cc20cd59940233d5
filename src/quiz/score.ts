/**
 * Scoring a finished self-assessment: every question is worth the same, each skill gets its own
 * figure, and the set passes at 80%.
 */
import type { Scenario } from '../schemas/scenario';
import type { QuizItem } from './draw';
import { gradeTask, TASK_KINDS, type Skill, type TaskAnswer, type TaskGrade } from '../tasks';

/** Percentage needed to pass the self-assessment. */
export const QUIZ_PASS_MARK = 80;

/** Per-skill figures: questions asked and the percentage earned. */
export interface SkillScore {
  skill: Skill;
  questions: number;
  percent: number;
}

/** A scored set: the overall percentage, pass or not, per-skill scores and each question graded. */
export interface QuizScore {
  percent: number;
  passed: boolean;
  skills: SkillScore[];
  graded: (QuizItem & TaskGrade)[];
}

const pct = (shares: number[]) =>
  shares.length ? Math.round((shares.reduce((a, b) => a + b, 0) / shares.length) * 100) : 0;

/**
 * Grades every question of a set. A question never answered scores as an empty answer (zero);
 * a scenario missing from the bank (removed since the link was shared) is left out.
 */
export function scoreQuiz(
  items: readonly QuizItem[],
  answers: Readonly<Record<number, TaskAnswer | undefined>>,
  bank: ReadonlyMap<string, Scenario>,
): QuizScore {
  const graded: (QuizItem & TaskGrade)[] = [];
  items.forEach((item, i) => {
    const scenario = bank.get(item.scenario);
    if (scenario) graded.push({ ...item, ...gradeTask(scenario, item.kind, answers[i] ?? {}) });
  });
  const percent = pct(graded.map((g) => g.share));
  const skills = (['spot', 'decide', 'reply'] as const).map((kind) => {
    const mine = graded.filter((g) => g.kind === kind);
    return {
      skill: TASK_KINDS[kind].skill,
      questions: mine.length,
      percent: pct(mine.map((g) => g.share)),
    };
  });
  return { percent, passed: percent >= QUIZ_PASS_MARK, skills, graded };
}
