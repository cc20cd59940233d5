// @vitest-environment happy-dom
import { act, fireEvent, render, screen } from '@testing-library/preact';
import { readdirSync, readFileSync } from 'node:fs';
import { renderToString } from 'preact-render-to-string';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { parse } from 'yaml';
import { verdictText } from '~/components/lesson/islandText';
import Review from '~/components/review/islands/Review';
import { scenarioSchema } from '~/schemas/scenario';
import { recordAttempt } from '~/stores/progress';
import { betty, freshCourseEachTest } from './scenario';

freshCourseEachTest();
afterEach(() => vi.unstubAllGlobals());

const dir = 'src/content/scenarios';
const practice = readdirSync(dir)
  .filter((file) => file.endsWith('.yaml'))
  .map((file) => scenarioSchema.parse(parse(readFileSync(`${dir}/${file}`, 'utf8'))))
  .filter((s) => s.pool === 'practice');

const lessons = [
  {
    id: '03-false-claims',
    title: 'False claims',
    exercises: [
      {
        id: 'verdict:betty-same-school',
        label: "What would you do with Betty's invitation?",
        href: '/lessons/03-false-claims/#verdict-betty-same-school-title',
        skill: { verdict: betty.answer.verdict, flags: betty.answer.flags },
      },
      {
        id: 'note:lesson8-note-1',
        label: 'Write an invitation to Priya Raman',
        href: '/lessons/08/#note-lesson8-note-1-title',
      },
    ],
  },
];

const mount = async () => {
  render(<Review lessons={lessons} text={verdictText()} poolUrl="../practice/pool.json" />);
  await act(async () => {});
};

describe('Review', () => {
  test('with nothing missed, says so and points to the next exercise', async () => {
    await mount();
    expect(screen.getByRole('heading', { name: 'Nothing to review yet' })).toBeTruthy();
    expect(screen.getByRole('link', { name: /^Next exercise: What would you do/ })).toBeTruthy();
  });

  test('the server render lists nothing whatever is saved', () => {
    recordAttempt('verdict:betty-same-school', { score: 0, maxScore: 3, passed: false }, {});
    const html = renderToString(<Review lessons={lessons} text={verdictText()} />);
    expect(html).toContain('Nothing to review yet');
  });

  test('lists an exercise checked and not passed, with a link back to it', async () => {
    recordAttempt('verdict:betty-same-school', { score: 1, maxScore: 3, passed: false }, {});
    recordAttempt('note:lesson8-note-1', { score: 6, maxScore: 6, passed: true }, {});
    await mount();
    expect(screen.getByRole('heading', { name: '1 exercise to review' })).toBeTruthy();
    const link = screen.getByRole('link', { name: "What would you do with Betty's invitation?" });
    expect(link.getAttribute('href')).toBe(
      '/lessons/03-false-claims/#verdict-betty-same-school-title',
    );
    expect(link.closest('li')!.textContent).toContain('last try 1 of 3');
  });

  test('an exercise passed after a miss leaves the list', async () => {
    recordAttempt('verdict:betty-same-school', { score: 1, maxScore: 3, passed: false }, {});
    recordAttempt('verdict:betty-same-school', { score: 3, maxScore: 3, passed: true }, {});
    await mount();
    expect(screen.getByRole('heading', { name: 'Nothing to review yet' })).toBeTruthy();
  });

  test('"Practise a similar one" brings a practice item of the same skill below it', async () => {
    const fetched = vi.fn(async () => new Response(JSON.stringify(practice)));
    vi.stubGlobal('fetch', fetched);
    recordAttempt('verdict:betty-same-school', { score: 1, maxScore: 3, passed: false }, {});
    await mount();
    await act(
      () => void fireEvent.click(screen.getByRole('button', { name: 'Practise a similar one' })),
    );
    const heading = await screen.findByRole(
      'heading',
      { level: 3, name: /^Another one like this: / },
      { timeout: 5000 },
    );
    expect(fetched).toHaveBeenCalledWith('../practice/pool.json');
    const item = practice.find((s) => heading.textContent!.endsWith(s.sender.name))!;
    expect(item.pool).toBe('practice');
    expect(item.answer.flags.some((flag) => betty.answer.flags.includes(flag))).toBe(true);
    expect(heading.closest('li')!.querySelector('article')).toBeTruthy();
  });

  test('says so when the practice items cannot load', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('', { status: 500 })),
    );
    recordAttempt('verdict:betty-same-school', { score: 1, maxScore: 3, passed: false }, {});
    render(<Review lessons={lessons} text={verdictText()} poolUrl="../broken/pool.json" />);
    await act(async () => {});
    await act(
      () => void fireEvent.click(screen.getByRole('button', { name: 'Practise a similar one' })),
    );
    expect(
      await screen.findByText(/The practice items could not load/, undefined, { timeout: 5000 }),
    ).toBeTruthy();
  });
});
