// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { createRef } from 'preact';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { buildResultsFile } from '~/assignment/results';
import { NameStep } from '~/components/assignment/runner/NameStep';
import { parseResultsText } from '~/gradebook/parse';

afterEach(cleanup);
const week3 = JSON.parse(readFileSync('tests/fixtures/results/ann-lee.json', 'utf8')).assignment;

describe('NameStep', () => {
  test('asks for an optional student number or email and passes it on', async () => {
    const onStart = vi.fn();
    render(<NameStep assignment={week3} headingRef={createRef()} onStart={onStart} />);
    await act(
      () =>
        void fireEvent.input(screen.getByLabelText(/Your name/), {
          target: { value: ' Robin Lee ' },
        }),
    );
    await act(
      () =>
        void fireEvent.input(screen.getByLabelText(/Student number or email \(optional/), {
          target: { value: ' robin@uni.example ' },
        }),
    );
    await act(
      () => void fireEvent.submit(screen.getByRole('button', { name: 'Start' }).closest('form')!),
    );
    expect(onStart).toHaveBeenCalledWith('Robin Lee', 'robin@uni.example');
  });

  test('starts without one', async () => {
    const onStart = vi.fn();
    render(<NameStep assignment={week3} headingRef={createRef()} onStart={onStart} />);
    await act(
      () =>
        void fireEvent.input(screen.getByLabelText(/Your name/), { target: { value: 'Robin' } }),
    );
    await act(
      () => void fireEvent.submit(screen.getByRole('button', { name: 'Start' }).closest('form')!),
    );
    expect(onStart).toHaveBeenCalledWith('Robin', '');
  });
});

describe('buildResultsFile and the student ID', () => {
  const base = {
    assignment: week3,
    name: 'Robin',
    startedAt: '2026-01-01T10:00:00.000Z',
    finishedAt: '2026-01-01T10:20:00.000Z',
    answers: {},
  };
  test('keeps the ID in the file, which the gradebook reads back', () => {
    const file = buildResultsFile({ ...base, studentId: ' s123 ' });
    expect(file.student).toEqual({ name: 'Robin', id: 's123' });
    const parsed = parseResultsText(JSON.stringify(file));
    expect(parsed.ok && parsed.file.student.id).toBe('s123');
  });
  test('leaves it out when blank, so the file is as before', () => {
    expect(buildResultsFile({ ...base, studentId: '  ' }).student).toEqual({ name: 'Robin' });
  });
});
