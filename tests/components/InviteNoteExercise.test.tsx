// @vitest-environment happy-dom
import { act, fireEvent, render, screen } from '@testing-library/preact';
import { beforeAll, describe, expect, test } from 'vitest';
import { noteText } from '~/components/lesson/islandText';
import InviteNoteExercise, { loadGrader } from '~/components/lesson/islands/InviteNoteExercise';
import { gradeNote } from '~/grader';

import { freshCourseEachTest } from './scenario';

const target = { name: 'Ana Ruiz', headline: 'Supply auditor', context: 'You heard her talk.' };

freshCourseEachTest({ fakeTimers: true });
beforeAll(async () => void (await loadGrader()));

const textarea = () => screen.getByRole('textbox', { name: 'Your note to Ana Ruiz' });
const type = (text: string) =>
  act(() => void fireEvent.input(textarea(), { target: { value: text } }));
const count = () => document.querySelector('.ex-count')!.textContent!;
const status = () => document.querySelector('[role="status"]')!.textContent;

describe('InviteNoteExercise', () => {
  test('never cuts a pasted note silently: the whole text stays, and the cut is shown', async () => {
    render(<InviteNoteExercise exerciseId="ana" target={target} text={noteText(target)} />);
    const long = `Hi Ana, ${'we met at the summit and I would like to ask about audits. '.repeat(6)}END`;
    await type(long);
    expect((textarea() as HTMLTextAreaElement).value).toBe(long);
    const over = [...long].length - 300;
    expect(count()).toContain(
      `${over} over the 300-character limit: LinkedIn would cut your note after`,
    );
    expect(status()).toContain('300-character limit');
  });

  test('counts characters as LinkedIn does: an emoji is one', async () => {
    render(<InviteNoteExercise exerciseId="ana" target={target} text={noteText(target)} />);
    await type('Hi Ana 👋');
    expect(count()).toBe('2 words · 8 of 300 characters');
  });

  test('counts characters without warning up to 200', async () => {
    render(<InviteNoteExercise exerciseId="ana" target={target} text={noteText(target)} />);
    await type('x'.repeat(200));
    expect(count()).toBe('1 words · 200 of 300 characters');
    expect(document.querySelector('.ex-warn')).toBeNull();
  });

  test('warns visibly and politely above 200', async () => {
    render(<InviteNoteExercise exerciseId="ana" target={target} text={noteText(target)} />);
    await type('x'.repeat(201));
    expect(count()).toContain('Over 200 characters');
    expect(status()).toContain('Over 200 characters');
  });

  test('says when the 300-character limit is reached', async () => {
    render(<InviteNoteExercise exerciseId="ana" target={target} text={noteText(target)} />);
    await type('x'.repeat(300));
    expect(count()).toContain('You are at the 300-character limit.');
    expect(status()).toContain('300-character limit');
  });

  test('Check grades the note against its target', async () => {
    const note = 'Hi Ana, I enjoyed your talk on supply audits and would like to stay in touch.';
    render(<InviteNoteExercise exerciseId="ana" target={target} text={noteText(target)} />);
    await type(note);
    await act(() => void fireEvent.click(screen.getByRole('button', { name: 'Check' })));
    const { score, maxScore } = gradeNote(target, note);
    expect(screen.getByRole('heading', { name: /Well done|Not quite/ }).textContent).toContain(
      `${score} of ${maxScore}`,
    );
    expect(screen.queryByRole('button', { name: 'Show a model reply' })).toBeNull();
  });

  test('ids are prefixed with the exercise id', () => {
    render(<InviteNoteExercise exerciseId="ana" target={target} text={noteText(target)} />);
    expect(textarea().id).toBe('note-ana-text');
  });
});
