import { useCallback, useRef, useState } from 'preact/hooks';
import type { GradeResult } from '~/grader/types';
import { recordAttempt } from '~/stores/progress';
import { formatScore } from './format';
import { useFocusWhen } from './hooks';
import type { Lazy } from './lazyGrader';

/** One sentence for the status region: "Checked: 2 of 3. Not passed yet." */
export function resultSummary({ score, maxScore, passed }: GradeResult): string {
  return `Checked: ${formatScore(score)} of ${formatScore(maxScore)}. ${passed ? 'Passed.' : 'Not passed yet.'}`;
}

/** Shown (and announced) when Check is pressed before the grader has arrived. */
export const LOADING_MESSAGE = 'Loading the checker…';
/** Shown (and announced) when the grader could not be loaded; the answer stays as it was. */
export const FAILED_MESSAGE =
  'The checker could not load, so nothing was checked. Your answer is kept: check your connection and press Check again.';

/**
 * The Check of one exercise: grades an answer, records the attempt in `$progress`, keeps the
 * result, says it in the status region and moves the focus to the feedback heading.
 *
 * The grading function comes from `loader` (see ./lazyGrader): `prepare()` starts loading it (the
 * form calls it on the learner's first touch), and a Check pressed before it arrives shows
 * "Loading the checker…" and grades once it has; if it cannot load, `pending` says so and nothing
 * the learner entered is lost. `grader` is the function once loaded, for live feedback.
 */
export function useCheck<Grader, Answer>(
  exerciseId: string,
  loader: Lazy<Grader>,
  grade: (grader: Grader, answer: Answer) => GradeResult,
) {
  const [checked, setChecked] = useState<{
    answer: Answer;
    result: GradeResult;
    restored?: boolean;
  } | null>(null);
  const [announcement, announce] = useState('');
  const [pending, setPending] = useState('');
  // Already there when another island on the page loaded it; either way the render is the same.
  const [grader, setGrader] = useState(() => loader.current);
  // A result brought back after a reload shows without taking the focus.
  const headingRef = useFocusWhen<HTMLHeadingElement>(checked?.restored ? null : checked);

  // Stable across renders (the loader keeps its module), so effects can depend on it.
  const load = useCallback(
    () =>
      loader().then((loaded) => {
        setGrader(() => loaded);
        return loaded;
      }),
    [loader],
  );
  const prepare = useCallback(() => void load().catch(() => {}), [load]);
  const say = (message: string) => {
    setPending(message);
    announce(message);
  };
  const check = (answer: Answer) => {
    const run = (loaded: Grader) => {
      const result = grade(loaded, answer);
      recordAttempt(exerciseId, result, answer);
      setChecked({ answer, result });
      setPending('');
      announce(resultSummary(result));
    };
    if (grader) return run(grader);
    say(LOADING_MESSAGE);
    load().then(run, () => say(FAILED_MESSAGE));
  };
  // The latest `grade`, so that `restore` can stay stable for effects that call it.
  const latestGrade = useRef(grade);
  latestGrade.current = grade;
  /** Shows the result of an answer checked before a reload, without recording it again. */
  const restore = useCallback(
    (answer: Answer) =>
      void load().then(
        (loaded) =>
          setChecked({ answer, result: latestGrade.current(loaded, answer), restored: true }),
        () => {},
      ),
    [load],
  );
  return {
    checked,
    check,
    restore,
    clear: () => setChecked(null),
    announcement,
    announce,
    headingRef,
    grader,
    prepare,
    pending,
  };
}
