// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import AssignmentRunner from '~/components/assignment/AssignmentRunner';
import Builder, { toBuilderScenario, type BuilderScenario } from '~/components/assignment/Builder';
import { QrCode } from '~/components/assignment/QrCode';
import { decodeAssignment, encodeAssignment } from '~/assignment/link';
import { bank } from './quiz-bank';
import { user } from './scenario';
import type { Assignment } from '~/schemas/assignment';
import { resultsFileSchema } from '~/schemas/submission';
import { $assignmentRuns } from '~/stores/assignment';

const builderBank: BuilderScenario[] = bank.map(toBuilderScenario);
const week3: Assignment = {
  v: 1,
  title: 'Week 3 <b>bold</b>',
  passMark: 80,
  scenarios: ['betty-same-school', 'tunde-real-teammate'],
  tasks: ['judge', 'reply'],
};

beforeEach(() => {
  localStorage.clear();
  $assignmentRuns.set({ v: 1, runs: {} });
});

afterEach(() => {
  cleanup();
  history.replaceState(null, '', '/');
  vi.restoreAllMocks();
});

const openAt = async (hash: string) => {
  history.replaceState(null, '', `/assignment/${hash}`);
  render(<AssignmentRunner bank={bank} />);
  await act(() => {});
};

describe('AssignmentRunner', () => {
  test('shows a clear error for a tampered link', async () => {
    const payload = encodeAssignment(week3);
    await openAt(`#a=${payload.slice(0, 10)}X${payload.slice(11)}`);
    expect(
      screen.getByRole('heading', { level: 1, name: 'This assignment link does not work' }),
    ).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toMatch(/Ask your instructor/);
  });

  test('shows a clear error for a link naming scenarios the bank lacks', async () => {
    await openAt(`#a=${encodeAssignment({ ...week3, scenarios: ['not-in-the-bank'] })}`);
    expect(screen.getByRole('alert').textContent).toMatch(/does not have \(not-in-the-bank\)/);
  });

  test('asks the name, runs the questions and downloads raw answers', async () => {
    await openAt(`#a=${encodeAssignment(week3)}`);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Week 3 <b>bold</b>');
    expect(document.querySelector('b')).toBeNull();
    await user(() =>
      fireEvent.input(screen.getByLabelText(/Your name/), { target: { value: 'Ann' } }),
    );
    await user(() =>
      fireEvent.submit(screen.getByRole('button', { name: 'Start' }).closest('form')!),
    );
    expect(screen.getByRole('heading', { name: 'Question 1 of 3' })).toBeTruthy();
    await user(() =>
      fireEvent.click(screen.getByRole('radio', { name: 'Reply without accepting' })),
    );
    await user(() =>
      fireEvent.submit(screen.getByRole('button', { name: 'Next' }).closest('form')!),
    );
    await user(() =>
      fireEvent.input(screen.getByRole('textbox'), { target: { value: 'Hello Betty' } }),
    );
    await user(() =>
      fireEvent.submit(screen.getByRole('button', { name: 'Next' }).closest('form')!),
    );
    await user(() =>
      fireEvent.submit(screen.getByRole('button', { name: 'Finish' }).closest('form')!),
    );
    expect(screen.getByRole('heading', { name: 'All done, Ann' })).toBeTruthy();
    expect(screen.getByText(/You answered 2 of 3 questions/)).toBeTruthy();

    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob);
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    // happy-dom would navigate to the blob URL; a browser downloads it (see the e2e test).
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    await user(() => fireEvent.click(screen.getByRole('button', { name: 'Download my results' })));
    expect(clicked).toHaveBeenCalledOnce();
    const file = resultsFileSchema.parse(JSON.parse(await blobs[0]!.text()));
    expect(file.student.name).toBe('Ann');
    expect(file.answers).toEqual([
      { scenario: 'betty-same-school', verdict: 'reply', reply: 'Hello Betty' },
    ]);
    expect(screen.getByRole('status').textContent).toMatch(/^Saved results-ann-[0-9a-f]{12}\.json/);
  });
});

describe('Builder', () => {
  test('lists what is missing instead of creating a link', async () => {
    render(<Builder bank={builderBank} />);
    await user(() => fireEvent.click(screen.getByRole('button', { name: 'Create link' })));
    expect(screen.getByRole('alert').textContent).toMatch(
      /Give the assignment a title.*Tick at least one scenario/,
    );
  });

  test('filters the scenarios by flag, verdict and level', async () => {
    render(<Builder bank={builderBank} />);
    await user(() =>
      fireEvent.change(screen.getByLabelText('Red flag'), { target: { value: 'false-classmate' } }),
    );
    const shown = screen
      .getAllByRole('checkbox')
      .filter((c) => c.getAttribute('name')?.startsWith('builder-scenario-'));
    expect(shown.length).toBe(
      bank.filter((s) => s.answer.flags.includes('false-classmate')).length,
    );
  });

  test('previews the focused scenario and creates a link that decodes to the choice', async () => {
    render(<Builder bank={builderBank} />);
    await user(() =>
      fireEvent.input(screen.getByLabelText('Title'), { target: { value: 'Week 3' } }),
    );
    const betty = document.querySelector<HTMLInputElement>(
      'input[name="builder-scenario-betty-same-school"]',
    )!;
    await user(() => fireEvent.focus(betty));
    expect(document.querySelector('.builder-preview .ic-name')!.textContent).toBe('Betty Carter');
    await user(() => fireEvent.click(betty));
    await user(() => fireEvent.click(screen.getByRole('button', { name: 'Create link' })));
    const link = (screen.getByLabelText('Link for students') as HTMLInputElement).value;
    expect(decodeAssignment(link)).toEqual({
      ok: true,
      assignment: {
        v: 1,
        title: 'Week 3',
        passMark: 80,
        scenarios: ['betty-same-school'],
        tasks: ['judge', 'reply'],
      },
    });
    expect(screen.getByRole('img', { name: /QR code/ })).toBeTruthy();
  });
});

describe('QrCode', () => {
  test('draws the modules as one path, with no markup injected', () => {
    render(<QrCode text="https://example.test/assignment/#a=abc" label="QR" />);
    const svg = screen.getByRole('img', { name: 'QR' });
    expect(svg.querySelectorAll('path')).toHaveLength(1);
    expect(svg.querySelector('path')!.getAttribute('d')).toMatch(/^M\d+ \d+h1v1h-1z/);
  });
});
