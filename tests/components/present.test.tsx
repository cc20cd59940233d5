// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import Present, { isTypingTarget } from '~/components/present/Present';
import { assignmentUrl } from '~/assignment/link';
import { bank as fullBank } from './quiz-bank';

const bank = fullBank.slice(0, 3);
afterEach(cleanup);

const key = (k: string, target: EventTarget = document.body) =>
  act(() => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
  });

describe('Present', () => {
  test('moves with the arrows and reveals with R', async () => {
    render(<Present bank={bank} />);
    for (const box of screen.getAllByRole('checkbox').slice(0, 2))
      await act(() => void fireEvent.click(box));
    await act(() => void fireEvent.click(screen.getByRole('button', { name: 'Start presenting' })));
    expect(screen.getByRole('heading', { name: 'Scenario 1 of 2' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Reveal the answer' })).toBeTruthy();
    await key('r');
    expect(screen.getByRole('heading', { name: /^The answer: / })).toBeTruthy();
    await key('ArrowRight');
    expect(screen.getByRole('heading', { name: 'Scenario 2 of 2' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: /^The answer: / })).toBeNull();
    await key('ArrowRight');
    expect(screen.getByRole('heading', { name: 'Scenario 2 of 2' })).toBeTruthy();
    await key('ArrowLeft');
    expect(screen.getByRole('heading', { name: 'Scenario 1 of 2' })).toBeTruthy();
  });
});

describe('Present follow-up step', () => {
  test("R shows the answer, then the sender's answer, then the decision, then hides them", async () => {
    const withFollowUp = fullBank.find((s) => s.followUp)!;
    render(<Present bank={[withFollowUp]} />);
    await act(() => void fireEvent.click(screen.getByRole('button', { name: 'Select all' })));
    await act(() => void fireEvent.click(screen.getByRole('button', { name: 'Start presenting' })));
    await key('r');
    expect(screen.getByRole('heading', { name: /^The answer: / })).toBeTruthy();
    expect(screen.queryByText(withFollowUp.followUp!.message)).toBeNull();
    await key('r');
    expect(screen.getByRole('heading', { name: 'The sender answers your reply' })).toBeTruthy();
    expect(screen.getByText(withFollowUp.followUp!.message)).toBeTruthy();
    expect(screen.queryByRole('heading', { name: /^Then: / })).toBeNull();
    await key('R');
    expect(screen.getByRole('heading', { name: /^Then: / })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Hide the answer' })).toBeTruthy();
    await key('r');
    expect(screen.queryByRole('heading', { name: /^Then: / })).toBeNull();
    expect(screen.getByRole('button', { name: 'Reveal the answer' })).toBeTruthy();
  });
});

describe('Present choice', () => {
  test('"Use this assignment" chooses the scenarios of a pasted link; Select all and none', async () => {
    render(<Present bank={fullBank} />);
    const link = assignmentUrl('https://course.example.org', {
      v: 1,
      title: 'Week 3',
      passMark: 80,
      scenarios: ['tunde-real-teammate', 'betty-same-school'],
      tasks: ['judge'],
    });
    await act(
      () =>
        void fireEvent.input(screen.getByLabelText(/Paste an assignment link/), {
          target: { value: link },
        }),
    );
    await act(
      () => void fireEvent.click(screen.getByRole('button', { name: 'Use this assignment' })),
    );
    expect(screen.getByRole('status').textContent).toBe('2 scenarios chosen from "Week 3".');
    const checked = () =>
      screen
        .getAllByRole<HTMLInputElement>('checkbox')
        .filter((box) => box.checked)
        .map((box) => box.name);
    expect(checked().sort()).toEqual(['present-betty-same-school', 'present-tunde-real-teammate']);
    await act(() => void fireEvent.click(screen.getByRole('button', { name: 'Select all' })));
    expect(checked()).toHaveLength(fullBank.length);
    await act(() => void fireEvent.click(screen.getByRole('button', { name: 'Select none' })));
    expect(checked()).toHaveLength(0);
    expect(
      (screen.getByRole('button', { name: 'Start presenting' }) as HTMLButtonElement).disabled,
    ).toBe(true);
  });
});

describe('isTypingTarget', () => {
  test('returns true for form fields and editable content, false otherwise', () => {
    expect(isTypingTarget(document.createElement('input'))).toBe(true);
    expect(isTypingTarget(document.createElement('textarea'))).toBe(true);
    expect(isTypingTarget(document.createElement('select'))).toBe(true);
    expect(isTypingTarget(document.createElement('button'))).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});
