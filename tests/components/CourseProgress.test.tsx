// @vitest-environment happy-dom
import { act, fireEvent, render, screen } from '@testing-library/preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, test } from 'vitest';
import CourseProgress from '~/components/shell/islands/CourseProgress';
import { saveDraft, $drafts } from '~/stores/drafts';
import { markLessonComplete, markLessonVisited, $progress } from '~/stores/progress';
import { freshCourseEachTest } from './scenario';

const lessons = [
  { id: '01-why', title: 'Why invitations matter', href: '/lessons/01-why/' },
  { id: '02-anatomy', title: 'Anatomy of an invitation', href: '/lessons/02-anatomy/' },
  { id: '03-claims', title: 'False claims', href: '/lessons/03-claims/' },
  { id: '04-routes', title: 'Quiet routes', href: '/lessons/04-routes/' },
];

freshCourseEachTest();

const mount = async () => {
  const view = render(<CourseProgress lessons={lessons} />);
  await act(() => {});
  return view;
};

describe('CourseProgress', () => {
  test('the server render shows an empty course whatever is saved', () => {
    markLessonComplete('01-why');
    const html = renderToString(<CourseProgress lessons={lessons} />);
    expect(html).toContain('0% complete: 0 of 4 lessons');
    expect(html).toContain('Start the course');
  });

  test('shows the percent complete and a tick for each completed lesson', async () => {
    markLessonComplete('01-why');
    markLessonComplete('02-anatomy');
    await mount();
    expect(screen.getByText('50% complete: 2 of 4 lessons')).toBeTruthy();
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([
      '✓Why invitations matter (complete)',
      '✓Anatomy of an invitation (complete)',
      'False claims',
      'Quiet routes',
    ]);
  });

  test('continues where the learner left off', async () => {
    markLessonVisited('03-claims');
    await mount();
    const link = screen.getByRole('link', { name: /Continue where you left off/ });
    expect(link.getAttribute('href')).toBe('/lessons/03-claims/');
  });

  test('updates when progress changes, e.g. from another tab', async () => {
    await mount();
    await act(async () => {
      markLessonComplete('04-routes');
      await new Promise((r) => setTimeout(r));
    });
    expect(screen.getByText('25% complete: 1 of 4 lessons')).toBeTruthy();
  });

  test('asks before resetting, and Cancel erases nothing', async () => {
    markLessonComplete('01-why');
    await mount();
    await act(
      () => void fireEvent.click(screen.getByRole('button', { name: 'Reset my progress' })),
    );
    expect(screen.getByRole('group').textContent).toContain('This cannot be undone');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Cancel' }));
    await act(() => void fireEvent.click(screen.getByRole('button', { name: 'Cancel' })));
    expect($progress.get().lessons['01-why']).toBeDefined();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Reset my progress' }));
  });

  test('resetting erases progress and drafts and says so', async () => {
    markLessonComplete('01-why');
    saveDraft('reply:x', 'Hello');
    await mount();
    await act(
      () => void fireEvent.click(screen.getByRole('button', { name: 'Reset my progress' })),
    );
    await act(
      () => void fireEvent.click(screen.getByRole('button', { name: 'Yes, reset my progress' })),
    );
    expect($progress.get().lessons).toEqual({});
    expect($drafts.get().texts).toEqual({});
    expect(document.querySelector('[role="status"]')!.textContent).toBe(
      'Your progress has been reset.',
    );
    expect(screen.getByText('0% complete: 0 of 4 lessons')).toBeTruthy();
  });
});
