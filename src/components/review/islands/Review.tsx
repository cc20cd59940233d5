import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { courseMastery } from '~/mastery/mastery';
import type { Skill } from '~/practice/similar';
import type { Scenario } from '~/schemas/scenario';
import { $progress, emptyProgress } from '~/stores/progress';
import type { VerdictText } from '../../lesson/islandText';
import { formatScore } from '../../ui/format';
import { useMounted } from '../../ui/hooks';
import { nextPractice, PracticeItem } from '../PracticeItem';
import { PracticeReplyItem } from '../PracticeReply';

/** An exercise as the review page links to it. */
export interface ReviewExercise {
  id: string;
  label: string;
  href: string;
  /** The skill it trains, when it is about a scenario. */
  skill?: Skill;
}

/** A lesson and its exercises, in course order. */
export interface ReviewLesson {
  id: string;
  title: string;
  exercises: ReviewExercise[];
}

/** Props of the review island. */
export interface ReviewProps {
  lessons: ReviewLesson[];
  /** The verdict exercise's words, for practice items (see ../../lesson/islandText). */
  text: VerdictText;
  /** Where the practice pool is, relative to the page. */
  poolUrl?: string;
}

/** A missed reply comes back as a reply to write; any other exercise as a verdict to give. */
const kindOf = (exercise: ReviewExercise) =>
  exercise.id.startsWith('reply:') ? 'reply' : 'verdict';

/** What one missed exercise shows below it: nothing yet, a message, or a practice item. */
type Practice = { message: string } | { item: Scenario };

/**
 * Island: the exercises the learner checked and has not passed, each with a link back to it
 * and "Practise a similar one", which brings a practice item of the same skill (same red flag
 * or same verdict, never the exercise itself) right below it. The practice pool loads only then.
 */
export default function Review({ lessons, text, poolUrl }: ReviewProps) {
  const saved = useStore($progress);
  const progress = useMounted() ? saved : emptyProgress();
  const [practice, setPractice] = useState<Record<string, Practice>>({});
  const mastery = courseMastery(lessons, progress);
  const byId = new Map(
    lessons.flatMap((lesson) => lesson.exercises.map((e) => [e.id, { ...e, lesson }] as const)),
  );
  const missed = mastery.missed.map((m) => byId.get(m.exerciseId)!);
  const next = mastery.next && byId.get(mastery.next.exerciseId);

  const show = (exerciseId: string, value: Practice) =>
    setPractice((all) => ({ ...all, [exerciseId]: value }));
  const bringSimilar = (exercise: ReviewExercise, exclude: string[]) => {
    show(exercise.id, { message: 'Finding a similar practice item…' });
    nextPractice(exercise.skill!, exclude, poolUrl, kindOf(exercise)).then(
      (item) =>
        show(
          exercise.id,
          item ? { item } : { message: 'There is no practice item like this one yet.' },
        ),
      () =>
        show(exercise.id, {
          message: 'The practice items could not load. Check your connection and try again.',
        }),
    );
  };

  if (!missed.length) {
    return (
      <section class="review" aria-labelledby="review-none">
        <h2 id="review-none">Nothing to review yet</h2>
        <p>
          Exercises you check and do not pass appear here, with a similar one to practise. You have
          passed {mastery.passed} of {mastery.total} exercises.
        </p>
        {next && (
          <p>
            <a href={next.href}>
              Next exercise: {next.label} ({next.lesson.title})
            </a>
          </p>
        )}
      </section>
    );
  }

  return (
    <section class="review" aria-labelledby="review-missed">
      <h2 id="review-missed">
        {missed.length} {missed.length == 1 ? 'exercise' : 'exercises'} to review
      </h2>
      <ol class="review-list">
        {missed.map((exercise) => {
          const last = progress.exercises[exercise.id]?.last;
          const shown = practice[exercise.id];
          const ownId = exercise.id.split(':')[1]!;
          return (
            <li class="review-item">
              <a href={exercise.href}>{exercise.label}</a>{' '}
              <span class="review-meta">
                ({exercise.lesson.title}
                {last && `; last try ${formatScore(last.score)} of ${formatScore(last.maxScore)}`})
              </span>
              {exercise.skill && !(shown && 'item' in shown) && (
                <p>
                  <button
                    type="button"
                    class="ex-button secondary"
                    onClick={() => bringSimilar(exercise, [ownId])}
                  >
                    Practise a similar one
                  </button>
                </p>
              )}
              {shown && 'message' in shown && (
                <p class="ex-pending" role="status">
                  {shown.message}
                </p>
              )}
              {shown && 'item' in shown && kindOf(exercise) == 'reply' && (
                <PracticeReplyItem
                  key={shown.item.id}
                  scenario={shown.item}
                  hostPrefix={`review-${exercise.id.replace(':', '-')}`}
                  onAnother={() => bringSimilar(exercise, [ownId, shown.item.id])}
                />
              )}
              {shown && 'item' in shown && kindOf(exercise) == 'verdict' && (
                <PracticeItem
                  key={shown.item.id}
                  scenario={shown.item}
                  text={text}
                  hostPrefix={`review-${exercise.id.replace(':', '-')}`}
                  level={3}
                  onAnother={() => bringSimilar(exercise, [ownId, shown.item.id])}
                />
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
