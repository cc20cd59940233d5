// @vitest-environment happy-dom
// The graders load on the learner's first touch of an exercise, not with the island. This file
// starts with no grader loaded (vitest gives each file its own modules), so the waits are real.
import { act, fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, test, vi } from 'vitest';
import { followUpText, replyText } from '~/components/lesson/islandText';
import FollowUpExercise, {
  loadGrader as loadFollowUpGrader,
} from '~/components/lesson/islands/FollowUpExercise';
import ReplyExercise, {
  loadGrader as loadReplyGrader,
} from '~/components/lesson/islands/ReplyExercise';
import VerdictExercise, {
  loadGrader as loadVerdictGrader,
} from '~/components/lesson/islands/VerdictExercise';
import { lazy } from '~/components/ui/lazyGrader';
import { FAILED_MESSAGE, LOADING_MESSAGE } from '~/components/ui/useCheck';
import { WritingExercise } from '~/components/ui/WritingExercise';
import { gradeNote } from '~/grader';
import { $progress } from '~/stores/progress';
import { betty, freshCourseEachTest, verdictProps } from './scenario';

freshCourseEachTest();

const status = () => document.querySelector('[role="status"]')!.textContent;
const pending = () => document.querySelector('.ex-pending')?.textContent;

describe('lazy(): a module loaded once, on demand', () => {
  test('loads once, keeps the value, and tries again after a failure', async () => {
    const load = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValue('grader');
    const get = lazy(load);
    expect(get.current).toBeUndefined();
    await expect(get()).rejects.toThrow('offline');
    expect(get.current).toBeUndefined();
    await expect(Promise.all([get(), get()])).resolves.toEqual(['grader', 'grader']);
    expect(get.current).toBe('grader');
    expect(load).toHaveBeenCalledTimes(2);
  });
});

describe('the grader arrives on first use', () => {
  test('the first touch of the form starts loading it, before any Check', async () => {
    render(<FollowUpExercise scenario={betty} text={followUpText()} />);
    expect(loadFollowUpGrader.current).toBeUndefined();
    await act(async () => {
      fireEvent.focusIn(screen.getByRole('radio', { name: 'Decline' }));
      await loadFollowUpGrader();
    });
    expect(loadFollowUpGrader.current).toBeTypeOf('function');
    fireEvent.click(screen.getByRole('radio', { name: 'Decline' }));
    await act(() => void fireEvent.click(screen.getByRole('button', { name: 'Check' })));
    // Already there: Check grades at once, with no loading state.
    expect(screen.getByRole('heading', { name: 'Well done: 1 of 1' })).toBeTruthy();
    expect(pending()).toBeUndefined();
  });

  test('Check before it arrives says "Loading the checker…", then grades the answer given', async () => {
    render(<VerdictExercise {...verdictProps(betty)} />);
    expect(loadVerdictGrader.current).toBeUndefined();
    fireEvent.click(screen.getByRole('radio', { name: 'Reply without accepting' }));
    await act(() => void fireEvent.click(screen.getByRole('button', { name: 'Check' })));
    expect(pending()).toBe(LOADING_MESSAGE);
    expect(status()).toBe(LOADING_MESSAGE);
    expect(screen.queryByRole('heading', { name: /Well done|Not quite/ })).toBeNull();
    await act(async () => void (await loadVerdictGrader()));
    await act(() => {});
    const heading = screen.getByRole('heading', { name: /Not quite yet|Well done/ });
    expect(document.activeElement).toBe(heading);
    expect(pending()).toBeUndefined();
    expect(status()).toMatch(/^Checked: /);
    expect($progress.get().exercises['verdict:betty-same-school']?.last.answer).toEqual({
      verdict: 'reply',
      flags: [],
    });
  });

  test('the live checklist follows the text once the grader has arrived', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const text = replyText(betty);
      render(<ReplyExercise scenario={betty} text={text} />);
      const title = () => document.querySelector('.ex-checklist-title')!.textContent;
      const empty = title();
      const applicable = text.initial.filter((c) => c.met !== null).length;
      expect(empty).toBe(`Checklist as you type: 0 of ${applicable}`);
      const box = screen.getByRole('textbox', { name: 'Your reply to Betty Carter' });
      await act(async () => {
        fireEvent.input(box, { target: { value: 'Hello Betty, how do we know each other?' } });
        await loadReplyGrader();
      });
      await act(() => void vi.advanceTimersByTime(300));
      expect(title()).not.toBe(empty);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('when the grader cannot be loaded', () => {
  test('says so clearly, keeps the learner’s text, and Check tries again', async () => {
    const grader = { gradeNote };
    let online = false;
    const loader = lazy(() =>
      online ? Promise.resolve(grader) : Promise.reject(new Error('offline')),
    );
    const target = { name: 'Ana Ruiz', headline: '', context: '' };
    const props = {
      exerciseId: 'note:offline',
      idPrefix: 'offline',
      label: 'Your note',
      loader,
      grade: (g: typeof grader, text: string) => g.gradeNote(target, text),
      text: { names: {}, initial: [] },
      rows: 3,
    };
    render(<WritingExercise {...props} />);
    const box = screen.getByRole('textbox', { name: 'Your note' }) as HTMLTextAreaElement;
    fireEvent.input(box, { target: { value: 'Hello Ana' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Check' }));
      await loader().catch(() => {});
    });
    await act(() => {});
    expect(pending()).toBe(FAILED_MESSAGE);
    expect(status()).toBe(FAILED_MESSAGE);
    expect(box.value).toBe('Hello Ana');
    expect(screen.queryByRole('heading', { name: /Well done|Not quite/ })).toBeNull();

    // Back online: Check loads the grader this time and checks the same text.
    online = true;
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Check' }));
      await loader();
    });
    await act(() => {});
    expect(screen.getByRole('heading', { name: /Well done|Not quite/ })).toBeTruthy();
    expect(pending()).toBeUndefined();
    expect(box.value).toBe('Hello Ana');
  });
});
