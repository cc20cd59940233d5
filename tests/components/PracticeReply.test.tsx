// @vitest-environment happy-dom
import { act, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { parse } from 'yaml';
import { replyText } from '~/components/lesson/islandText';
import ReplyExercise, { loadGrader } from '~/components/lesson/islands/ReplyExercise';
import { scenarioSchema } from '~/schemas/scenario';
import { $progress } from '~/stores/progress';
import { betty, freshCourseEachTest } from './scenario';

freshCourseEachTest();
beforeAll(async () => void (await loadGrader()));
afterEach(() => vi.unstubAllGlobals());

const dir = 'src/content/scenarios';
const practice = readdirSync(dir)
  .filter((file) => file.endsWith('.yaml'))
  .map((file) => scenarioSchema.parse(parse(readFileSync(`${dir}/${file}`, 'utf8'))))
  .filter((s) => s.pool === 'practice');

describe('ReplyExercise: "Another one like this"', () => {
  test('is offered only after a check', async () => {
    render(
      <ReplyExercise scenario={betty} text={replyText(betty)} poolUrl="/practice/pool.json" />,
    );
    expect(screen.queryByRole('button', { name: 'Another one like this' })).toBeNull();
  });

  test('brings a practice reply with the same skill below, saved under its own id', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify(practice))),
    );
    render(
      <ReplyExercise scenario={betty} text={replyText(betty)} poolUrl="/practice/pool.json" />,
    );
    const mine = screen.getByRole('textbox', { name: 'Your reply to Betty Carter' });
    await act(() => void fireEvent.input(mine, { target: { value: 'Hi Betty, have we met?' } }));
    await act(() => void fireEvent.click(screen.getByRole('button', { name: 'Check' })));
    await act(
      () => void fireEvent.click(screen.getByRole('button', { name: 'Another one like this' })),
    );
    const heading = await screen.findByRole(
      'heading',
      { name: /^Another one like this: / },
      { timeout: 5000 },
    );
    const item = practice.find((s) => heading.textContent!.endsWith(s.sender.name))!;
    expect(item.id).not.toBe(betty.id);
    expect(item.answer.verdict).toBe('reply');
    expect(item.answer.flags.some((flag) => betty.answer.flags.includes(flag))).toBe(true);
    const theirs = await screen.findByRole('textbox', {
      name: `Your reply to ${item.sender.name}`,
    });
    await act(
      () =>
        void fireEvent.input(theirs, {
          target: { value: `Hello ${item.sender.name}, how do we know each other?` },
        }),
    );
    const form = theirs.closest('form')!;
    await act(() => void fireEvent.submit(form));
    await waitFor(() =>
      expect($progress.get().exercises[`practice:${item.id}:reply`]?.attempts).toBe(1),
    );
    expect($progress.get().exercises['reply:betty-same-school']?.attempts).toBe(1);
  });
});
