// @vitest-environment happy-dom
import { act, fireEvent, render, screen } from '@testing-library/preact';
import { renderToString } from 'preact-render-to-string';
import { beforeAll, describe, expect, test } from 'vitest';
import { followUpText } from '~/components/lesson/islandText';
import FollowUpExercise, { loadGrader } from '~/components/lesson/islands/FollowUpExercise';

import { $progress } from '~/stores/progress';
import { betty, freshCourseEachTest } from './scenario';

freshCourseEachTest();
beforeAll(async () => void (await loadGrader()));

describe('FollowUpExercise', () => {
  test('offers accept-with-caution or decline', () => {
    render(<FollowUpExercise scenario={betty} text={followUpText()} />);
    expect(
      screen.getByRole('group', { name: 'Now what do you do with the invitation?' }),
    ).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Accept, with a little caution' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Decline' })).toBeTruthy();
  });

  test('the right decision gets praise and the reason, announced and recorded', async () => {
    render(<FollowUpExercise scenario={betty} text={followUpText()} />);
    fireEvent.click(screen.getByRole('radio', { name: 'Decline' }));
    await act(() => void fireEvent.click(screen.getByRole('button', { name: 'Check' })));
    const heading = screen.getByRole('heading', { name: 'Well done: 1 of 1' });
    expect(document.activeElement).toBe(heading);
    expect(document.querySelector('.ex-feedback')!.textContent).toContain('She meant someone else');
    expect(document.querySelector('[role="status"]')!.textContent).toBe('Checked: 1 of 1. Passed.');
    expect($progress.get().exercises['followup:betty-same-school']?.last.answer).toEqual({
      decision: 'decline',
    });
  });

  test('the other decision is not passed', async () => {
    render(<FollowUpExercise scenario={betty} text={followUpText()} />);
    fireEvent.click(screen.getByRole('radio', { name: 'Accept, with a little caution' }));
    await act(() => void fireEvent.click(screen.getByRole('button', { name: 'Check' })));
    expect(screen.getByRole('heading', { name: 'Not quite yet: 0 of 1' })).toBeTruthy();
  });

  test('renders on the server', () => {
    expect(renderToString(<FollowUpExercise scenario={betty} text={followUpText()} />)).toContain(
      '<legend>Now what do you do with the invitation?</legend>',
    );
  });
});
