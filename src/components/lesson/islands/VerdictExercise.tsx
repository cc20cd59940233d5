import { Fragment, render, type ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { RedFlag, Scenario, Verdict } from '~/schemas/scenario';
import { $progress, readAnswer, saveAnswer } from '~/stores/progress';
import type { VerdictText } from '../islandText';
import { ChoiceGroup, toggle } from '../../ui/ChoiceGroup';
import { ExerciseForm, Feedback } from '../../ui/Exercise';
import { lazy } from '../../ui/lazyGrader';
import { useCheck } from '../../ui/useCheck';

/** The grading function, loaded on first use (see ../ui/lazyGrader). */
export const loadGrader = lazy(() => import('~/grader/verdict').then((m) => m.gradeVerdict));

/** "Another one like this": the practice pool and its items, loaded when first asked for. */
export const loadPractice = lazy(() => import('../../review/PracticeItem'));

/** Props of the verdict island. */
export interface VerdictExerciseProps {
  scenario: Scenario;
  /** The words it shows (see ../islandText). */
  text: VerdictText;
  /** The invitation card, rendered statically by the wrapper (an Astro slot). */
  card?: ComponentChildren;
  /** The same card with the red flags marked and explained, shown by "Show me" (a slot too). */
  marked?: ComponentChildren;
  /** Where results and answers are saved: `verdict:<scenario id>` unless given. */
  exerciseId?: string;
  /** Prefix of element ids, unique on the page: `verdict-<scenario id>` unless given. */
  idPrefix?: string;
  /** The practice pool's URL; with it (or `onAnother`), "Another one like this" is offered. */
  poolUrl?: string;
  /** Called by "Another one like this" in a practice item, so its host shows the next one. */
  onAnother?: (solved: Scenario) => void;
}

/**
 * Island: judge an invitation. "Show me" swaps the card for the one with the red flags marked
 * and scrolls it into view; both are static HTML from the wrapper, so no card code ships with
 * the island. The grader's feedback carries the explanation and any partial credit; it loads on
 * the learner's first touch of the form. A verdict with a consequence in the scenario shows
 * "What happens next" and lets the learner choose again. The answer as the learner leaves it,
 * and the last result, come back after a reload. "Another one like this" loads a practice item
 * of the same skill (../../review/PracticeItem) and shows it below. Saved as
 * `verdict:<scenario id>`.
 */
export default function VerdictExercise(props: VerdictExerciseProps) {
  const { scenario, text, card, marked, poolUrl, onAnother } = props;
  const exerciseId = props.exerciseId ?? `verdict:${scenario.id}`;
  const idPrefix = props.idPrefix ?? `verdict-${scenario.id}`;
  const { answer } = scenario;
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const [flags, setFlags] = useState<RedFlag[]>([]);
  const [showMarks, setShowMarks] = useState(false);
  const cardBox = useRef<HTMLDivElement>(null);
  // The practice item renders itself here (see ../../review/PracticeItem), outside this form.
  const practiceBox = useRef<HTMLDivElement>(null);
  // Practice items render in their own tree inside the box: unmount it with the exercise.
  useEffect(() => {
    const box = practiceBox.current;
    return () => void (box && render(null, box));
  }, []);
  const { checked, check, clear, restore, announcement, announce, headingRef, prepare, pending } =
    useCheck(
      exerciseId,
      loadGrader,
      (grade, response: { verdict: Verdict | null; flags: RedFlag[] }) => grade(scenario, response),
    );

  // The saved answer comes back after hydration, so the first render matches the server's HTML;
  // its result too, when it is the answer last checked.
  useEffect(() => {
    const saved = readAnswer(exerciseId);
    if (!saved) return;
    const restored = {
      verdict: (saved.verdict ?? null) as Verdict | null,
      flags: (saved.flags ?? []) as RedFlag[],
    };
    setVerdict(restored.verdict);
    setFlags(restored.flags);
    const last = $progress.get().exercises[exerciseId]?.last.answer;
    if (last && JSON.stringify(last) === JSON.stringify(saved)) restore(restored);
  }, [exerciseId, restore]);

  // The marked card replaces the card above the form: bring it into view, gently if allowed.
  useEffect(() => {
    const box = cardBox.current;
    if (!showMarks || !box) return;
    const { top, bottom } = box.getBoundingClientRect();
    if (top >= 0 && bottom <= innerHeight) return;
    const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
    box.scrollIntoView({ block: 'start', behavior: still ? 'auto' : 'smooth' });
  }, [showMarks]);

  const choose = (nextVerdict: Verdict | null, nextFlags: RedFlag[]) => {
    setVerdict(nextVerdict);
    setFlags(nextFlags);
    saveAnswer(
      exerciseId,
      nextVerdict || nextFlags.length ? { verdict: nextVerdict, flags: nextFlags } : null,
    );
  };

  const startAgain = (keepFlags: boolean, message: string) => {
    choose(null, keepFlags ? flags : []);
    setShowMarks(false);
    clear();
    announce(message);
    document.getElementById(`${idPrefix}-form`)?.querySelector('input')?.focus();
  };

  const another = () => {
    if (onAnother) return onAnother(scenario);
    loadPractice().then(
      (m) =>
        m.showPractice(practiceBox.current!, { scenario, text, hostPrefix: idPrefix, poolUrl }),
      () => announce('The practice items could not load. Check your connection and try again.'),
    );
  };

  const consequence =
    checked?.answer.verdict && checked.answer.verdict !== answer.verdict
      ? scenario.consequences?.[checked.answer.verdict]
      : undefined;

  return (
    <>
      {/* Keys make Preact replace the static slot rather than keep the other one's HTML. */}
      <div class="ex-card" ref={cardBox}>
        {showMarks ? (
          <Fragment key="marked">{marked}</Fragment>
        ) : (
          <Fragment key="card">{card}</Fragment>
        )}
      </div>
      <ExerciseForm
        id={`${idPrefix}-form`}
        onCheck={() => check({ verdict, flags })}
        onFirstUse={prepare}
        announcement={announcement}
        pending={pending}
        feedback={
          checked && (
            <Feedback result={checked.result} names={text.names} headingRef={headingRef}>
              {consequence && (
                <div class="ex-consequence">
                  <p>
                    <strong>What happens next</strong>
                  </p>
                  <p>{consequence}</p>
                  <button
                    type="button"
                    class="ex-button secondary"
                    onClick={() => startAgain(true, 'Choose again.')}
                  >
                    Choose again
                  </button>
                </div>
              )}
              <p class="ex-actions">
                {answer.marks.length > 0 && (
                  <button
                    type="button"
                    class="ex-button secondary"
                    aria-pressed={showMarks}
                    onClick={() => setShowMarks(!showMarks)}
                  >
                    Show me on the card
                  </button>
                )}{' '}
                <button
                  type="button"
                  class="ex-button secondary"
                  onClick={() => startAgain(false, 'Answers cleared. Try again.')}
                >
                  Try again
                </button>{' '}
                {(poolUrl || onAnother) && (
                  <button type="button" class="ex-button secondary" onClick={another}>
                    Another one like this
                  </button>
                )}
              </p>
            </Feedback>
          )
        }
      >
        <ChoiceGroup
          legend="What would you do?"
          name={`${idPrefix}-verdict`}
          type="radio"
          options={text.verdicts}
          selected={verdict ? [verdict] : []}
          onToggle={(next) => choose(next, flags)}
        />
        <ChoiceGroup
          legend="Which red flags do you see? Tick all that apply."
          name={`${idPrefix}-flags`}
          type="checkbox"
          options={text.flags}
          selected={flags}
          onToggle={(flag) => choose(verdict, toggle(flags, flag))}
        />
      </ExerciseForm>
      <div class="ex-practice" ref={practiceBox} />
    </>
  );
}
