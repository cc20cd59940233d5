// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import Present, { isTypingTarget } from '~/components/present/Present';
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
    await key('r');
    expect(screen.getByRole('heading', { name: /^The answer: / })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Reveal' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    await key('ArrowRight');
    expect(screen.getByRole('heading', { name: 'Scenario 2 of 2' })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: /^The answer: / })).toBeNull();
    await key('ArrowRight');
    expect(screen.getByRole('heading', { name: 'Scenario 2 of 2' })).toBeTruthy();
    await key('ArrowLeft');
    expect(screen.getByRole('heading', { name: 'Scenario 1 of 2' })).toBeTruthy();
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
