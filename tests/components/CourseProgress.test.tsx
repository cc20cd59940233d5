// @vitest-environment happy-dom
import { act, fireEvent, render, screen } from '@testing-library/preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, test } from 'vitest';
import CourseProgress from '~/components/shell/islands/CourseProgress';
import { saveDraft, $drafts } from '~/stores/drafts';
import {
  markLessonEndReached,
  markLessonVisited,
  recordAttempt,
  $progress,
} from '~/stores/progress';
import { freshCourseEachTest } from './scenario';

const exercise = (lesson: string, id: string, label: string) => ({
  id,
  label,
  href: `/lessons/${lesson}/#${id.replace(':', '-')}-title`,
});

const lessons = [
  {
    id: '01-why',
    title: 'Why invitations matter',
    href: '/lessons/01-why/',
    exercises: [exercise('01-why', 'verdict:hamza', "What would you do with Hamza's invitation?")],
  },
  {
    id: '02-anatomy',
    title: 'Anatomy of an invitation',
    href: '/lessons/02-anatomy/',
    exercises: [
      exercise('02-anatomy', 'verdict:kaveh', "What would you do with Kaveh's invitation?"),
    ],
  },
  {
    id: '03-claims',
    title: 'False claims',
    href: '/lessons/03-claims/',
    exercises: [
      exercise('03-claims', 'verdict:arjun', "What would you do with Arjun's invitation?"),
      exercise('03-claims', 'verdict:hannah', "What would you do with Hannah's invitation?"),
    ],
  },
  { id: '04-routes', title: 'Quiet routes', href: '/lessons/04-routes/', exercises: [] },
];

const pass = (id: string) => recordAttempt(id, { score: 3, maxScore: 3, passed: true }, {});
const fail = (id: string) => recordAttempt(id, { score: 1, maxScore: 3, passed: false }, {});

freshCourseEachTest();

const mount = async () => {
  const view = render(<CourseProgress lessons={lessons} />);
  await act(() => {});
  return view;
};

describe('CourseProgress', () => {
  test('the server render shows an empty course whatever is saved', () => {
    pass('verdict:hamza');
    const html = renderToString(<CourseProgress lessons={lessons} />);
    expect(html).toContain('Exercises passed: 0 of 4 (0%)');
    expect(html).toContain('Start the course');
  });

  test('a new learner starts at the first lesson, even one without exercises', async () => {
    render(<CourseProgress lessons={[lessons[3]!, ...lessons.slice(0, 3)]} />);
    await act(() => {});
    const start = screen.getByRole('link', { name: 'Start the course: Quiet routes' });
    expect(start.getAttribute('href')).toBe('/lessons/04-routes/');
  });

  test('Start the course opens lesson 1, even when lesson 1 has no exercise', async () => {
    const [first, ...rest] = lessons;
    render(<CourseProgress lessons={[{ ...first!, exercises: [] }, ...rest]} />);
    await act(() => {});
    const start = screen.getByRole('link', { name: /^Start the course/ });
    expect(start.getAttribute('href')).toBe('/lessons/01-why/');
    expect(start.textContent).toBe('Start the course: Why invitations matter');
  });

  test('shows exercises passed, and ticks lessons whose exercises are all passed', async () => {
    pass('verdict:hamza');
    pass('verdict:arjun');
    await mount();
    expect(screen.getByText('Exercises passed: 2 of 4 (50%)')).toBeTruthy();
    expect(screen.getByText(/Lessons complete: 1 of 4/)).toBeTruthy();
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([
      '✓Why invitations matter (complete) · 1 of 1 exercises passed',
      'Anatomy of an invitation · 0 of 1 exercises passed',
      'False claims · 1 of 2 exercises passed',
      'Quiet routes',
    ]);
  });

  test('a learner who scrolled every lesson has passed nothing, and is sent to the first exercise', async () => {
    for (const lesson of lessons) {
      markLessonVisited(lesson.id);
      markLessonEndReached(lesson.id);
    }
    await mount();
    expect(screen.getByText('Exercises passed: 0 of 4 (0%)')).toBeTruthy();
    const next = screen.getByRole('link', { name: /^Next exercise/ });
    expect(next.textContent).toBe(
      "Next exercise: What would you do with Hamza's invitation? (Why invitations matter)",
    );
    expect(next.getAttribute('href')).toBe('/lessons/01-why/#verdict-hamza-title');
  });

  test('continues reading where the learner left off', async () => {
    markLessonVisited('03-claims');
    await mount();
    const link = screen.getByRole('link', { name: /Continue reading where you left off/ });
    expect(link.getAttribute('href')).toBe('/lessons/03-claims/');
  });

  test('links to the review page when an exercise was missed', async () => {
    fail('verdict:kaveh');
    await mount();
    const review = screen.getByRole('link', { name: 'Review 1 missed exercise' });
    expect(review.getAttribute('href')).toBe('/review/');
  });

  test('updates when progress changes, e.g. from another tab', async () => {
    await mount();
    await act(async () => {
      pass('verdict:kaveh');
      await new Promise((r) => setTimeout(r));
    });
    expect(screen.getByText('Exercises passed: 1 of 4 (25%)')).toBeTruthy();
  });

  test('asks before resetting, and Cancel erases nothing', async () => {
    pass('verdict:hamza');
    await mount();
    await act(
      () => void fireEvent.click(screen.getByRole('button', { name: 'Reset my progress' })),
    );
    expect(screen.getByRole('group').textContent).toContain('This cannot be undone');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Cancel' }));
    await act(() => void fireEvent.click(screen.getByRole('button', { name: 'Cancel' })));
    expect($progress.get().exercises['verdict:hamza']).toBeDefined();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Reset my progress' }));
  });

  test('resetting erases progress and drafts and says so', async () => {
    pass('verdict:hamza');
    markLessonVisited('01-why');
    saveDraft('reply:x', 'Hello');
    await mount();
    await act(
      () => void fireEvent.click(screen.getByRole('button', { name: 'Reset my progress' })),
    );
    await act(
      () => void fireEvent.click(screen.getByRole('button', { name: 'Yes, reset my progress' })),
    );
    expect($progress.get().lessons).toEqual({});
    expect($progress.get().exercises).toEqual({});
    expect($drafts.get().texts).toEqual({});
    expect(document.querySelector('[role="status"]')!.textContent).toBe(
      'Your progress has been reset.',
    );
    expect(screen.getByText('Exercises passed: 0 of 4 (0%)')).toBeTruthy();
  });
});
