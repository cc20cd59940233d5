// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { renderToString } from 'preact-render-to-string';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import Quiz from '~/components/quiz/Quiz';
import { bank } from './quiz-bank';
import { user } from './scenario';
import { drawQuiz } from '~/quiz/draw';
import { quizPool } from '~/quiz/pool';
import { $quizRuns, quizRunKey } from '~/stores/quiz';

/** What the build writes to quiz/pool.json. */
const poolJson = JSON.stringify(quizPool(bank));
/** The URLs the island fetched. */
let fetched: string[] = [];
/** Serves the pool file, or fails like a browser offline when `offline` is true. */
let offline = false;

beforeEach(() => {
  localStorage.clear();
  $quizRuns.set({ v: 2, runs: {} });
  fetched = [];
  offline = false;
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      fetched.push(String(url));
      if (offline) throw new TypeError('Failed to fetch');
      return new Response(poolJson, { headers: { 'Content-Type': 'application/json' } });
    }),
  );
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  document.head.querySelector('link[data-quiz-pool]')?.remove();
  history.replaceState(null, '', '/');
});

/** Renders the island as the page does, with the page's `<link data-quiz-pool>`. */
const mount = async (search = '') => {
  history.replaceState(null, '', `/quiz/${search}`);
  if (!document.head.querySelector('link[data-quiz-pool]')) {
    document.head.insertAdjacentHTML(
      'beforeend',
      '<link rel="alternate" href="pool.json" data-quiz-pool>',
    );
  }
  const view = render(<Quiz />);
  // Hydration, then the fetch of the pool and its JSON, then the render of the drawn set.
  for (let i = 0; i < 4; i++) await act(() => new Promise((r) => setTimeout(r, 0)));
  return view;
};

describe('Quiz', () => {
  test('the server render offers the lengths, with the start button disabled until hydrated', () => {
    const html = renderToString(<Quiz />);
    expect(html).toContain('How many questions?');
    expect(html).toMatch(/<button[^>]*disabled[^>]*>Start the self-assessment/);
  });

  test('carries no scenario: its props are empty and the start screen fetches nothing', async () => {
    const html = renderToString(<Quiz />);
    for (const s of quizPool(bank).slice(0, 10)) expect(html).not.toContain(s.sender.name);
    await mount();
    expect(fetched).toEqual([]);
  });

  test('fetches the pool named by the page, relative to the page, once a set starts', async () => {
    await mount('?seed=abc&n=5');
    expect(fetched).toEqual([new URL('/quiz/pool.json', location.href).href]);
    expect(screen.getByRole('heading', { name: 'Question 1 of 5' })).toBeTruthy();
  });

  test('refuses a pool file holding scenarios of another pool', async () => {
    const lessonOnly = bank.filter((s) => s.pool === 'lesson');
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify([...quizPool(bank), ...lessonOnly]))),
    );
    await mount('?seed=abc&n=5');
    expect(screen.getByRole('alert').textContent).toMatch(/could not be loaded/);
  });

  test('without a seed, offers 5, 10 or 15 questions with 10 chosen', async () => {
    await mount();
    const ten = screen.getByRole('radio', { name: /10 questions/ }) as HTMLInputElement;
    expect(ten.checked).toBe(true);
    expect(screen.getAllByRole('radio')).toHaveLength(3);
  });

  test('with a seed, asks the drawn questions one at a time with progress', async () => {
    await mount('?seed=abc&n=5');
    const items = drawQuiz(bank, 'abc', 5);
    expect(screen.getByRole('heading', { name: 'Question 1 of 5' })).toBeTruthy();
    const first = bank.find((s) => s.id === items[0]!.scenario)!;
    expect(screen.getByRole('heading', { name: first.sender.name })).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Back' }) as HTMLButtonElement).disabled).toBe(true);
    await user(() =>
      fireEvent.submit(screen.getByRole('button', { name: 'Next' }).closest('form')!),
    );
    expect(screen.getByRole('heading', { name: 'Question 2 of 5' })).toBeTruthy();
    await user(() => fireEvent.click(screen.getByRole('button', { name: 'Back' })));
    expect(screen.getByRole('heading', { name: 'Question 1 of 5' })).toBeTruthy();
  });

  test('saves answers under the seed, so a remount (a reload) keeps them', async () => {
    const items = drawQuiz(bank, 'keep', 5);
    const index = items.findIndex((i) => i.kind === 'reply');
    $quizRuns.set({
      v: 2,
      runs: { [quizRunKey('keep', 5)]: { answers: {}, current: index, finished: false, at: 'x' } },
    });
    const view = await mount('?seed=keep&n=5');
    const box = screen.getByRole('textbox');
    await user(() =>
      fireEvent.input(box, { target: { value: '<img src=x onerror=alert(1)> Hello' } }),
    );
    view.unmount();
    await mount('?seed=keep&n=5');
    expect((screen.getByRole('textbox') as HTMLTextAreaElement).value).toBe(
      '<img src=x onerror=alert(1)> Hello',
    );
    expect(document.querySelector('img')).toBeNull();
    expect(
      JSON.parse(localStorage.getItem('snty:quiz')!).runs['keep:5'].answers[index].reply,
    ).toMatch(/Hello/);
  });

  test('shows the results per skill, the review, and a new seed to try another set', async () => {
    const items = drawQuiz(bank, 'done', 10);
    const byId = new Map(bank.map((s) => [s.id, s]));
    const answers = Object.fromEntries(
      items.map((it, i) => {
        const s = byId.get(it.scenario)!;
        return [i, { verdict: s.answer.verdict, flags: s.answer.flags, reply: s.answer.reply }];
      }),
    );
    $quizRuns.set({ v: 2, runs: { 'done:10': { answers, current: 9, finished: true, at: 'x' } } });
    await mount('?seed=done&n=10');
    expect(
      screen.getByRole('heading', { level: 2, name: /Your result: \d+% \(passed\)/ }),
    ).toBeTruthy();
    const table = screen.getByRole('table', { name: 'Score per skill' });
    expect(table.textContent).toMatch(/Spotting red flags3/);
    expect(table.textContent).toMatch(/Writing replies3/);
    expect(document.querySelectorAll('.qz-review-item')).toHaveLength(10);
    const another = screen.getByRole('link', { name: 'Try another set' }).getAttribute('href')!;
    // Relative, so the link also works inside an LMS package.
    expect(another).toMatch(/^\?seed=[a-z0-9]+&n=10$/);
    expect(another).not.toContain('seed=done&');
  });

  test('ignores a seed the URL pattern does not allow', async () => {
    await mount('?seed=%3Cscript%3E&n=10');
    expect(screen.getByText('How many questions?')).toBeTruthy();
  });

  test('offline: says the questions could not be loaded, keeps the answers, and retries', async () => {
    const items = drawQuiz(bank, 'away', 5);
    const first = items.findIndex((i) => i.kind === 'decide');
    $quizRuns.set({
      v: 2,
      runs: {
        [quizRunKey('away', 5)]: {
          answers: { [first]: { verdict: 'ignore' } },
          current: first,
          finished: false,
          at: 'x',
        },
      },
    });
    offline = true;
    await mount('?seed=away&n=5');
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toMatch(/The questions could not be loaded\..*connection/);
    expect(alert.textContent).toContain('The answers you have given are kept.');
    expect(screen.queryByRole('heading', { name: /^Question/ })).toBeNull();

    offline = false;
    await user(() => fireEvent.click(screen.getByRole('button', { name: 'Try again' })));
    for (let i = 0; i < 3; i++) await act(() => new Promise((r) => setTimeout(r, 0)));
    const heading = screen.getByRole('heading', { name: `Question ${first + 1} of 5` });
    expect(document.activeElement, 'the focus moves to the question').toBe(heading);
    expect((screen.getByRole('radio', { name: /Ignore/ }) as HTMLInputElement).checked).toBe(true);
    expect(fetched).toHaveLength(2);
  });

  test('keeps working when saved quiz data is unreadable', async () => {
    localStorage.setItem('snty:quiz', '{not json');
    await mount('?seed=abc&n=5');
    expect(screen.getByRole('heading', { name: 'Question 1 of 5' })).toBeTruthy();
  });
});
