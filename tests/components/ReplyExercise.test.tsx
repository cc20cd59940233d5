// @vitest-environment happy-dom
import { act, fireEvent, render, screen } from '@testing-library/preact';
import { hydrate } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { replyText } from '~/components/lesson/islandText';
import ReplyExercise, { loadGrader } from '~/components/lesson/islands/ReplyExercise';
import { gradeReply } from '~/grader';
import { DRAFT_SAVE_DELAY_MS, saveDraft, $drafts } from '~/stores/drafts';

import { $progress } from '~/stores/progress';
import { betty, HOSTILE, freshCourseEachTest } from './scenario';

const GOOD =
  'Hello Betty, your invitation says we went to Duke. I did not go to Duke, I studied at NC State. ' +
  'Maybe you meant another Owen? How do we know each other, and how can I help you?';

freshCourseEachTest({ fakeTimers: true });
// The grader loads on first use (see lazy-grader.test.tsx); here it has arrived already.
beforeAll(async () => void (await loadGrader()));

const textarea = () =>
  screen.getByRole('textbox', { name: 'Your reply to Betty Carter' }) as HTMLTextAreaElement;
const status = () => document.querySelector('[role="status"]')!.textContent;
const type = (text: string) =>
  act(() => void fireEvent.input(textarea(), { target: { value: text } }));
const wait = (ms: number) => act(() => void vi.advanceTimersByTime(ms));

describe('ReplyExercise', () => {
  test('has a labelled textarea with word and character counts', async () => {
    render(<ReplyExercise scenario={betty} text={replyText(betty)} />);
    await type('Hello Betty, how are you?');
    expect(document.getElementById(textarea().getAttribute('aria-describedby')!)?.textContent).toBe(
      '5 words · 25 characters',
    );
  });

  test('the checklist updates once typing pauses and announces only the count', async () => {
    render(<ReplyExercise scenario={betty} text={replyText(betty)} />);
    const title = () => document.querySelector('.ex-checklist-title')!.textContent;
    const before = title();
    await type(GOOD);
    expect(title()).toBe(before);
    await wait(300);
    const live = gradeReply(betty, GOOD);
    const met = live.criteria.filter((c) => c.met).length;
    const applicable = live.criteria.filter((c) => c.met !== null).length;
    expect(title()).toBe(`Checklist as you type: ${met} of ${applicable}`);
    expect(status()).toBe(`${met} of ${applicable} checklist points met.`);
    expect(document.querySelector('.ex-checklist')!.getAttribute('aria-live')).toBeNull();
  });

  test('Check shows the score and each criterion, quoting the learner’s words in a mark', async () => {
    render(<ReplyExercise scenario={betty} text={replyText(betty)} />);
    await type(GOOD);
    await act(() => void fireEvent.click(screen.getByRole('button', { name: 'Check' })));
    const result = gradeReply(betty, GOOD);
    const heading = screen.getByRole('heading', { name: /Well done|Not quite/ });
    expect(heading.textContent).toContain(`${result.score} of ${result.maxScore}`);
    expect(document.activeElement).toBe(heading);
    const marks = [...document.querySelectorAll('.ex-feedback mark')].map((m) => m.textContent);
    expect(marks).toEqual(result.criteria.filter((c) => c.evidence).map((c) => c.evidence));
    expect(marks.length).toBeGreaterThan(0);
    const feedback = document.querySelector('.ex-feedback')!.textContent;
    expect(feedback).toContain('Greets them by name (met)');
    expect(feedback).toContain('Keeps your contact details private (met)');
    expect($progress.get().exercises['reply:betty-same-school']?.last.answer).toEqual({
      text: GOOD,
    });
  });

  test('offers the model reply only after a first check', async () => {
    render(<ReplyExercise scenario={betty} text={replyText(betty)} />);
    expect(screen.queryByRole('button', { name: 'Show a model reply' })).toBeNull();
    await act(() => void fireEvent.click(screen.getByRole('button', { name: 'Check' })));
    const toggle = screen.getByRole('button', { name: 'Show a model reply' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await act(() => void fireEvent.click(toggle));
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const model = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(model.hidden).toBe(false);
    expect(model.textContent).toBe(betty.answer.reply);
  });

  test('autosaves the draft as the learner types, and brings it back after a reload', async () => {
    const first = render(<ReplyExercise scenario={betty} text={replyText(betty)} />);
    await type('Hello Betty');
    await wait(DRAFT_SAVE_DELAY_MS);
    expect(
      JSON.parse(localStorage.getItem('snty:drafts')!).texts['reply:betty-same-school'].text,
    ).toBe('Hello Betty');
    first.unmount();
    render(<ReplyExercise scenario={betty} text={replyText(betty)} />);
    await act(() => {});
    expect(textarea().value).toBe('Hello Betty');
  });

  test('a hostile draft stays inert text, in the textarea and in the feedback', async () => {
    saveDraft('reply:betty-same-school', HOSTILE);
    const { container } = render(<ReplyExercise scenario={betty} text={replyText(betty)} />);
    await act(() => {});
    expect(textarea().value).toBe(HOSTILE);
    await act(() => void fireEvent.click(screen.getByRole('button', { name: 'Check' })));
    expect(container.querySelector('img, script')).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  test('the server render matches the hydrated one, the draft arriving after', async () => {
    saveDraft('reply:betty-same-school', 'Hello Betty');
    const container = document.createElement('div');
    container.innerHTML = renderToString(
      <ReplyExercise scenario={betty} text={replyText(betty)} />,
    );
    document.body.append(container);
    const html = container.innerHTML;
    expect(html).not.toContain('Hello Betty');
    act(() => hydrate(<ReplyExercise scenario={betty} text={replyText(betty)} />, container));
    await act(() => {});
    expect((container.querySelector('textarea') as HTMLTextAreaElement).value).toBe('Hello Betty');
    expect(container.innerHTML.replace(/\d+ words · \d+ characters/, '')).toBe(
      html.replace(/\d+ words · \d+ characters/, ''),
    );
    container.remove();
    $drafts.set({ v: 1, texts: {} });
  });
});
