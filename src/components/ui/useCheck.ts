import { useState } from 'preact/hooks';
import type { GradeResult } from '~/grader/types';
import { recordAttempt } from '~/stores/progress';
import { useFocusWhen } from './hooks';
import { formatScore } from './labels';

/** One sentence for the status region: "Checked: 2 of 3. Not passed yet." */
export function resultSummary({ score, maxScore, passed }: GradeResult): string {
  return `Checked: ${formatScore(score)} of ${formatScore(maxScore)}. ${passed ? 'Passed.' : 'Not passed yet.'}`;
}

/**
 * The Check of one exercise: grades an answer, records the attempt in `$progress`, keeps the
 * result, says it in the status region and moves the focus to the feedback heading.
 */
export function useCheck<Answer>(exerciseId: string, grade: (answer: Answer) => GradeResult) {
  const [checked, setChecked] = useState<{ answer: Answer; result: GradeResult } | null>(null);
  const [announcement, announce] = useState('');
  const headingRef = useFocusWhen<HTMLHeadingElement>(checked);
  const check = (answer: Answer) => {
    const result = grade(answer);
    recordAttempt(exerciseId, result, answer);
    setChecked({ answer, result });
    announce(resultSummary(result));
  };
  return { checked, check, clear: () => setChecked(null), announcement, announce, headingRef };
}
