import { useEffect, useRef, useState } from 'preact/hooks';
import type { RedFlag } from '~/schemas/scenario';
import { $progress, readAnswer, saveAnswer } from '~/stores/progress';
import type { SpotPart, SpotTask } from '~/spot/task';
import { ExerciseForm, Feedback } from '../../ui/Exercise';
import { CardActions } from '../../ui/CardActions';
import { lazy } from '../../ui/lazyGrader';
import { useCheck } from '../../ui/useCheck';

/** The grading function, loaded on first use (see ../ui/lazyGrader). */
export const loadGrader = lazy(() => import('~/spot/grade').then((m) => m.gradeSpot));

/** What the card shows besides its markable parts, worked out by the wrapper. */
export interface SpotCardWords {
  name: string;
  initials: string;
  first: string;
  /** "2 mutual connections · Raleigh". */
  meta: string;
}

/** Props of the spot-it island. */
export interface SpotItExerciseProps {
  /**
   * The scenario's id: the exercise is saved as `spot:<id>`; the wrapper's instructions above
   * the island have the element id `spot-<id>-how` and describe the card.
   */
  id: string;
  task: SpotTask;
  card: SpotCardWords;
  /** Criterion ids in words: `spot:1` "Red flag 1: False colleague claim", `spot:nothing-else`. */
  names: Record<string, string>;
  /** Names of the task's red flags, for "What to notice". */
  flags: Partial<Record<RedFlag, string>>;
}

/**
 * Island: the learner marks the suspicious parts of the invitation itself (each markable part is
 * a toggle button, by pointer or keyboard), then Check scores the marks against the scenario's
 * red flags (~/spot, loaded on first use). "Show me" then numbers the red flags on the same card,
 * in place, and brings the card into view. The marks as the learner leaves them, and the last
 * result, come back after a reload. Saved as `spot:<scenario id>`.
 */
export default function SpotItExercise({ id, task, card, names, flags }: SpotItExerciseProps) {
  const idPrefix = `spot-${id}`;
  const exerciseId = `spot:${id}`;
  const [selected, setSelected] = useState<string[]>([]);
  const [reveal, setReveal] = useState(false);
  const cardRef = useRef<HTMLElement>(null);
  const { checked, check, clear, restore, announcement, announce, headingRef, prepare, pending } =
    useCheck(exerciseId, loadGrader, (grade, answer: { marks: string[] }) =>
      grade(task, answer.marks),
    );

  // The marks as the learner left them come back after hydration (so the first render matches
  // the server's HTML), with their result when they are the marks last checked.
  useEffect(() => {
    const saved = readAnswer(exerciseId)?.marks;
    if (!Array.isArray(saved)) return;
    const marks = saved.filter((m): m is string => typeof m == 'string');
    setSelected(marks);
    const last = $progress.get().exercises[exerciseId]?.last.answer.marks;
    if (JSON.stringify(last) === JSON.stringify(marks)) restore({ marks });
  }, [exerciseId, restore]);

  const choose = (marks: string[]) => {
    setSelected(marks);
    saveAnswer(exerciseId, marks.length ? { marks } : null);
  };

  // The red flags are shown on the card above the button: bring it into view.
  useEffect(() => {
    const box = cardRef.current;
    if (!reveal || !box) return;
    const { top, bottom } = box.getBoundingClientRect();
    if (top < 0 || bottom > innerHeight) box.scrollIntoView({ block: 'start' });
  }, [reveal]);

  const numbersOf = (partId: string) =>
    task.targets.flatMap((t, i) => (reveal && t.shown.includes(partId) ? [i + 1] : []));

  const part = (p: SpotPart) => {
    const numbers = numbersOf(p.id);
    return (
      <button
        type="button"
        class={numbers.length ? 'spot-part ic-mark' : 'spot-part'}
        aria-pressed={selected.includes(p.id)}
        onClick={() =>
          choose(selected.includes(p.id) ? selected.filter((x) => x != p.id) : [...selected, p.id])
        }
      >
        {numbers.length > 0 && (
          <span class="visually-hidden">Red flag {numbers.join(' and ')}: </span>
        )}
        {p.text}
        {numbers.length > 0 && (
          <sup class="ic-ref" aria-hidden="true">
            {numbers.join(',')}
          </sup>
        )}
      </button>
    );
  };
  const of = (place: SpotPart['place']) => task.parts.filter((p) => p.place == place);
  const [headline] = of('headline');
  const facts = of('fact');
  const [route] = of('route');
  const [noNote] = of('no-note');
  const note = of('note');

  return (
    <ExerciseForm
      id={`${idPrefix}-form`}
      onCheck={() => check({ marks: selected })}
      onFirstUse={prepare}
      announcement={announcement}
      pending={pending}
      feedback={
        checked && (
          <Feedback result={checked.result} names={names} headingRef={headingRef}>
            <p class="ex-actions">
              <button
                type="button"
                class="ex-button secondary"
                aria-pressed={reveal}
                onClick={() => setReveal(!reveal)}
              >
                Show me on the card
              </button>{' '}
              <button
                type="button"
                class="ex-button secondary"
                onClick={() => {
                  choose([]);
                  setReveal(false);
                  clear();
                  announce('Marks cleared. Try again.');
                  document.querySelector<HTMLElement>(`#${idPrefix}-form .spot-part`)?.focus();
                }}
              >
                Try again
              </button>
            </p>
          </Feedback>
        )
      }
    >
      <article class="invitation-card spot-card" ref={cardRef} aria-describedby={`${idPrefix}-how`}>
        <div class="ic-head">
          <span class="ic-avatar" aria-hidden="true">
            {card.initials}
          </span>
          <div class="ic-who">
            <h4 class="ic-name">{card.name}</h4>
            <p class="ic-headline">{headline && part(headline)}</p>
            <p class="ic-meta">{card.meta}</p>
          </div>
        </div>
        {facts.length > 0 && (
          <div class="ic-profile">
            <p class="ic-profile-title">On the profile</p>
            <ul>
              {facts.map((fact) => (
                <li key={fact.id}>{part(fact)}</li>
              ))}
            </ul>
          </div>
        )}
        {route && <p class="ic-route">{part(route)}</p>}
        {noNote ? (
          <p class="ic-note ic-no-note">{part(noNote)}</p>
        ) : (
          <blockquote class="ic-note">
            {note.map((phrase) => (
              <span key={phrase.id}>
                {part(phrase)}
                {phrase.after}
              </span>
            ))}
          </blockquote>
        )}
        <CardActions first={card.first} hasNote={!noNote} />
        {reveal && (
          <div class="ic-notes">
            <p class="ic-notes-title">What to notice</p>
            <ol>
              {task.targets.map((target, i) => (
                <li key={i}>
                  <strong>{flags[target.flag]}:</strong> {target.explain}
                </li>
              ))}
            </ol>
          </div>
        )}
      </article>
    </ExerciseForm>
  );
}
