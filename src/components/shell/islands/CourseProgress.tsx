import { useState } from 'preact/hooks';
import { $progress, resetProgress } from '~/stores/progress';
import { useStore } from '@nanostores/preact';
import { useFocusWhen, useMounted } from '../../ui/hooks';

/** A lesson as the course map lists it. */
export interface CourseLesson {
  id: string;
  title: string;
  href: string;
}

/**
 * Island: percent complete, a tick per completed lesson, a link to continue where the learner
 * left off, and "Reset my progress", which asks before erasing progress and drafts.
 */
export default function CourseProgress({ lessons }: { lessons: CourseLesson[] }) {
  const progress = useStore($progress);
  // Saved progress shows after hydration, so the first render matches the server's HTML.
  const mounted = useMounted();
  const [confirming, setConfirming] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  // Counts closings of the confirmation, so the focus returns to the button each time.
  const [closings, setClosings] = useState(0);
  const resetButton = useFocusWhen<HTMLButtonElement>(closings);
  const cancelButton = useFocusWhen<HTMLButtonElement>(confirming);
  const isDone = (id: string) => mounted && !!progress.lessons[id]?.completed;
  const done = lessons.filter((lesson) => isDone(lesson.id)).length;
  const percent = lessons.length ? Math.round((100 * done) / lessons.length) : 0;
  const last = mounted ? lessons.find((lesson) => lesson.id == progress.lastLesson) : undefined;
  const next = last ?? lessons.find((lesson) => !isDone(lesson.id)) ?? lessons[0];

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
          {percent}% complete: {done} of {lessons.length} lessons
        </span>
      </p>
      <ol class="cp-lessons">
        {lessons.map((lesson) => (
          <li class={isDone(lesson.id) ? 'cp-done' : undefined}>
            <span class="cp-tick" aria-hidden="true">
              {isDone(lesson.id) ? '✓' : ''}
            </span>
            <a href={lesson.href}>{lesson.title}</a>
            {isDone(lesson.id) && <span class="visually-hidden"> (complete)</span>}
          </li>
        ))}
      </ol>
      {next && (
        <p>
          <a class="cp-continue" href={next.href}>
            {last
              ? 'Continue where you left off'
              : done
                ? 'Continue the course'
                : 'Start the course'}
            : {next.title}
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
