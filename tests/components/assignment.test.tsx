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
import { followUpMessages, REVIEW_FILE, toPublicScenario } from '~/assignment/public';

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
  vi.unstubAllGlobals();
});

const openAt = async (hash: string) => {
  history.replaceState(null, '', `/assignment/${hash}`);
  render(<AssignmentRunner bank={bank} />);
  await act(() => {});
};

const bettyAnswer = bank.find((s) => s.id === 'betty-same-school')!.answer;
const publicBank = bank.map(toPublicScenario);

/** Serves the page's two JSON files the way the built site does. */
function serveFiles() {
  return vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
    const url = String(input instanceof Request ? input.url : input);
    const body = url.endsWith(REVIEW_FILE) ? { scenarios: bank } : followUpMessages(bank);
    return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
  });
}

const submit = (name: string | RegExp) =>
  user(() => fireEvent.submit(screen.getByRole('button', { name }).closest('form')!));
const click = (name: string | RegExp) =>
  user(() => fireEvent.click(screen.getByRole('button', { name })));
const heading = () => screen.getByRole('heading', { level: 2 }).textContent;

async function startAs(name: string) {
  await user(() =>
    fireEvent.input(screen.getByLabelText(/Your name/), { target: { value: name } }),
  );
  await submit('Start');
}

/** Answers part 1 choosing `verdict` everywhere; returns each screen's heading and prompt. */
async function answerPartOne(verdict: string): Promise<string[]> {
  const seen: string[] = [];
  while (/^Question/.test(heading() ?? '')) {
    seen.push(`${heading()} | ${document.querySelector('.qz-prompt')!.textContent}`);
    const radio = screen.queryByRole('radio', { name: verdict });
    if (radio) await user(() => fireEvent.click(radio));
    await submit('Next');
  }
  return seen;
}

describe('AssignmentRunner', () => {
  const allTasks: Assignment = { ...week3, tasks: ['judge', 'reply', 'followup'] };

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

  test('renders no answer key: no verdict, flag, model reply or why in the page', async () => {
    history.replaceState(null, '', `/assignment/#a=${encodeAssignment(allTasks)}`);
    const { container } = render(<AssignmentRunner bank={publicBank} />);
    await act(() => {});
    expect(Object.keys(publicBank[0]!).sort()).toEqual(['id', 'invitation', 'sender', 'you']);
    expect(JSON.stringify(publicBank)).not.toContain(bettyAnswer.why.slice(0, 40));
    expect(container.textContent).not.toContain(bettyAnswer.reply!.slice(0, 40));
  });

  test('asks the same number and kind of questions whatever the verdict chosen', async () => {
    const runs: string[][] = [];
    for (const verdict of ['Accept', 'Reply without accepting', 'Ignore']) {
      localStorage.clear();
      $assignmentRuns.set({ v: 1, runs: {} });
      await openAt(`#a=${encodeAssignment(allTasks)}`);
      await startAs('Ann');
      runs.push(await answerPartOne(verdict));
      cleanup();
    }
    expect(runs[0]).toHaveLength(4);
    expect(runs[1]).toEqual(runs[0]);
    expect(runs[2]).toEqual(runs[0]);
    // The reply is asked of every invitation, in words that do not assume a reply is due.
    expect(runs[0]!.filter((r) => r.includes('If you would reply'))).toHaveLength(2);
    expect(runs[0]!.join()).not.toMatch(/Write your reply to this invitation/);
  });

  test('locks part 1 before the follow-ups, which never claim a reply was sent', async () => {
    serveFiles();
    await openAt(`#a=${encodeAssignment(allTasks)}`);
    await startAs('Ann');
    await answerPartOne('Accept');
    expect(heading()).toBe('End of part 1');
    await click('Back to part 1');
    expect(heading()).toBe('Question 4 of 4');
    await submit('Next');
    await click('Start part 2');
    await screen.findByRole('heading', { name: 'Follow-up 1 of 1' });
    expect(screen.getByText(/^Suppose you replied and Betty Carter answered:/)).toBeTruthy();
    expect(document.querySelector('.qz-prompt')!.textContent).toMatch(
      /^Follow-up decision\. Suppose you replied/,
    );
    expect((screen.getByRole('button', { name: 'Back' }) as HTMLButtonElement).disabled).toBe(true);
    // A reload keeps part 2: part 1 stays locked.
    cleanup();
    await openAt(`#a=${encodeAssignment(allTasks)}`);
    await screen.findByRole('heading', { name: 'Follow-up 1 of 1' });
  });

  test('finishes with the score and the review, then downloads raw answers', async () => {
    serveFiles();
    await openAt(`#a=${encodeAssignment(week3)}`);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Week 3 <b>bold</b>');
    expect(document.querySelector('b')).toBeNull();
    await startAs('Ann');
    expect(heading()).toBe('Question 1 of 4');
    await user(() =>
      fireEvent.click(screen.getByRole('radio', { name: 'Reply without accepting' })),
    );
    await submit('Next');
    await user(() =>
      fireEvent.input(screen.getByRole('textbox'), { target: { value: 'Hello Betty' } }),
    );
    await submit('Next');
    await submit('Next');
    await submit('Next');
    expect(heading()).toBe('Ready to finish?');
    expect(screen.getByText(/You answered 2 of 4 questions/)).toBeTruthy();
    await click('Finish and see my score');
    const score = await screen.findByRole('heading', {
      name: /^Your score: \d+(\.\d)?% \((passed|not passed)\)$/,
    });
    expect(score).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Review' })).toBeTruthy();
    expect(screen.getByText(bettyAnswer.reply!)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Back/ })).toBeNull();

    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob);
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    // happy-dom would navigate to the blob URL; a browser downloads it (see the e2e test).
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    await click('Download my results');
    expect(clicked).toHaveBeenCalledOnce();
    const file = resultsFileSchema.parse(JSON.parse(await blobs[0]!.text()));
    expect(file.version).toBe(2);
    expect(file.student.name).toBe('Ann');
    expect(file.answers).toEqual([
      { scenario: 'betty-same-school', verdict: 'reply', reply: 'Hello Betty' },
    ]);
    expect(document.querySelector('.asg-status')!.textContent).toMatch(
      /^Saved results-ann-[0-9a-f]{12}\.json/,
    );
  });

  test('shows the score but no review when the builder hid it', async () => {
    serveFiles();
    await openAt(`#a=${encodeAssignment({ ...week3, v: 2, review: false })}`);
    await startAs('Ann');
    await answerPartOne('Accept');
    await click('Finish and see my score');
    await screen.findByRole('heading', { name: /^Your score: / });
    expect(screen.queryByRole('heading', { name: 'Review' })).toBeNull();
    expect(screen.queryByText(bettyAnswer.reply!)).toBeNull();
  });

  test('a second student on the same browser starts clean', async () => {
    await openAt(`#a=${encodeAssignment(week3)}`);
    await startAs('Robin');
    await user(() => fireEvent.click(screen.getByRole('radio', { name: 'Accept' })));
    await submit('Next');
    cleanup();
    // The next student opens the same link on the same computer.
    await openAt(`#a=${encodeAssignment(week3)}`);
    expect(screen.getByText(/Answering as/).textContent).toMatch(
      /Answering as Robin\. Not Robin\?/,
    );
    const confirm = vi.fn(() => true);
    vi.stubGlobal('confirm', confirm);
    await click('Start as a new student');
    expect(confirm).toHaveBeenCalledWith(
      expect.stringMatching(/Robin's answers to this assignment will be deleted/),
    );
    expect(screen.getByRole('heading', { name: 'Before you start' })).toBeTruthy();
    expect((screen.getByLabelText(/Your name/) as HTMLInputElement).value).toBe('');
    await startAs('Sam');
    expect(heading()).toBe('Question 1 of 4');
    expect(screen.getAllByRole('radio').some((r) => (r as HTMLInputElement).checked)).toBe(false);
    expect(Object.values($assignmentRuns.get().runs).map((r) => r.name)).toEqual(['Sam']);
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

  test('fast typing keeps every setting: title and pass mark before the form renders again', async () => {
    render(<Builder bank={builderBank} />);
    const title = screen.getByLabelText('Title') as HTMLInputElement;
    const passMark = screen.getByLabelText('Pass mark (%)') as HTMLInputElement;
    await user(() => {
      fireEvent.input(title, { target: { value: 'Week 3' } });
      fireEvent.input(passMark, { target: { value: '75' } });
    });
    expect([title.value, passMark.value]).toEqual(['Week 3', '75']);
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
        v: 2,
        title: 'Week 3',
        passMark: 80,
        scenarios: ['betty-same-school'],
        tasks: ['judge', 'reply'],
        weights: { judge: 1, reply: 1, followup: 1 },
        review: true,
      },
    });
    expect(screen.getByRole('img', { name: /QR code/ })).toBeTruthy();
  });

  test('carries a weight per kind of question and the hidden review in the link', async () => {
    render(<Builder bank={builderBank} />);
    await user(() => fireEvent.input(screen.getByLabelText('Title'), { target: { value: 'W' } }));
    const weight = (t: string) =>
      document.querySelector<HTMLInputElement>(`input[name="builder-weight-${t}"]`)!;
    expect(weight('followup').disabled).toBe(true);
    await user(() => fireEvent.input(weight('reply'), { target: { value: '3' } }));
    await user(() => fireEvent.click(document.querySelector('input[name="builder-review"]')!));
    await user(() =>
      fireEvent.click(document.querySelector('input[name="builder-scenario-betty-same-school"]')!),
    );
    await user(() => fireEvent.click(screen.getByRole('button', { name: 'Create link' })));
    const link = (screen.getByLabelText('Link for students') as HTMLInputElement).value;
    expect(decodeAssignment(link)).toMatchObject({
      ok: true,
      assignment: { weights: { judge: 1, reply: 3, followup: 1 }, review: false },
    });
  });

  test('refuses a weight outside 1 to 10', async () => {
    render(<Builder bank={builderBank} />);
    const reply = document.querySelector<HTMLInputElement>('input[name="builder-weight-reply"]')!;
    await user(() => fireEvent.input(reply, { target: { value: '0' } }));
    await user(() => fireEvent.click(screen.getByRole('button', { name: 'Create link' })));
    expect(screen.getByRole('alert').textContent).toMatch(
      /Each weight must be a whole number from 1 to 10/,
    );
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
