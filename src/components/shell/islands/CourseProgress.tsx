import { useState } from 'preact/hooks';
import { courseMastery } from '~/mastery/mastery';
import { $progress, emptyProgress, resetProgress } from '~/stores/progress';
import { useStore } from '@nanostores/preact';
import { useFocusWhen, useMounted } from '../../ui/hooks';
import { sitePath } from '../../ui/sitePath';

/** An exercise as the home page links to it. */
export interface CourseExercise {
  id: string;
  label: string;
  href: string;
}

/** A lesson as the course map lists it, with its exercises in page order. */
export interface CourseLesson {
  id: string;
  title: string;
  href: string;
  exercises: CourseExercise[];
}

/**
 * Island: exercises passed of all, a tick per lesson whose exercises are all passed, the next
 * exercise to do, where the learner left off reading, a link to review missed exercises, and
 * "Reset my progress", which asks before erasing progress and drafts. Scrolling through lessons
 * passes nothing: only checked exercises count (src/mastery).
 */
export default function CourseProgress({ lessons }: { lessons: CourseLesson[] }) {
  const saved = useStore($progress);
  // Saved progress shows after hydration, so the first render matches the server's HTML.
  const mounted = useMounted();
  const progress = mounted ? saved : emptyProgress();
  const [confirming, setConfirming] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  // Counts closings of the confirmation, so the focus returns to the button each time.
  const [closings, setClosings] = useState(0);
  const resetButton = useFocusWhen<HTMLButtonElement>(closings);
  const cancelButton = useFocusWhen<HTMLButtonElement>(confirming);
  const mastery = courseMastery(lessons, progress);
  const percent = Math.round(100 * mastery.share);
  const exercise = (id?: string) =>
    lessons.flatMap((l) => l.exercises.map((e) => ({ ...e, lesson: l }))).find((e) => e.id == id);
  const next = exercise(mastery.next?.exerciseId);
  const reading = lessons.find((lesson) => lesson.id == progress.lastLesson);
  const started = mastery.passed > 0 || !!reading || Object.keys(progress.exercises).length > 0;

  const finish = (message: string) => {
    setConfirming(false);
    setAnnouncement(message);
    setClosings(closings + 1);
  };

  return (
    <section class="course-progress" aria-labelledby="course-progress-title">
      <h2 id="course-progress-title">Your progress</h2>
      <p class="cp-summary">
        <progress
          class="cp-bar"
          max={100}
          value={percent}
          aria-labelledby="course-progress-count"
        />{' '}
        <span id="course-progress-count">
          Exercises passed: {mastery.passed} of {mastery.total} ({percent}%)
        </span>
      </p>
      <p class="cp-lessons-count">
        Lessons complete: {mastery.lessonsComplete} of {mastery.lessonCount}. A lesson is complete
        when you have passed all its exercises.
      </p>
      <ol class="cp-lessons">
        {mastery.lessons.map((m, i) => {
          const lesson = lessons[i]!;
          return (
            <li class={m.complete ? 'cp-done' : undefined}>
              <span class="cp-tick" aria-hidden="true">
                {m.complete ? '✓' : ''}
              </span>
              <a href={lesson.href}>{lesson.title}</a>
              {m.complete && <span class="visually-hidden"> (complete)</span>}
              {m.total > 0 && (
                <span class="cp-count">
                  {' '}
                  · {m.passed} of {m.total} exercises passed
                </span>
              )}
            </li>
          );
        })}
      </ol>
      {next ? (
        <p>
          {/* A new learner starts at lesson 1, even when lesson 1 has no exercise. */}
          <a class="cp-continue" href={started ? next.href : (lessons[0] ?? next.lesson).href}>
            {started ? 'Next exercise' : 'Start the course'}:{' '}
            {started ? `${next.label} (${next.lesson.title})` : (lessons[0] ?? next.lesson).title}
          </a>
        </p>
      ) : (
        mastery.total > 0 && <p class="cp-all-done">You have passed every exercise. Well done.</p>
      )}
      {reading && (
        <p>
          <a href={reading.href}>Continue reading where you left off: {reading.title}</a>
        </p>
      )}
      {mastery.missed.length > 0 && (
        <p>
          <a href={sitePath('/review/')}>
            Review {mastery.missed.length} missed{' '}
            {mastery.missed.length == 1 ? 'exercise' : 'exercises'}
          </a>
        </p>
      )}
      {confirming ? (
        <div class="cp-confirm" role="group" aria-labelledby="course-progress-confirm">
          <p id="course-progress-confirm">
            Erase your progress and drafts in this browser? This cannot be undone.
          </p>
          <button
            type="button"
            class="ex-button ex-danger"
            onClick={() => {
              resetProgress();
              finish('Your progress has been reset.');
            }}
          >
            Yes, reset my progress
          </button>{' '}
          <button
            type="button"
            class="ex-button secondary"
            ref={cancelButton}
            onClick={() => finish('Nothing was erased.')}
          >
            Cancel
          </button>
        </div>
      ) : (
        <button
          type="button"
          class="ex-button secondary"
          ref={resetButton}
          onClick={() => setConfirming(true)}
        >
          Reset my progress
        </button>
      )}
      <p role="status" class="visually-hidden">
        {announcement}
      </p>
    </section>
  );
}
