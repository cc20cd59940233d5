// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { hydrate } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, test } from 'vitest';
import SpotItExercise, { loadGrader } from '~/components/lesson/islands/SpotItExercise';
import { firstName, initials, mutualLine } from '~/components/ui/CardView';
import { FLAG_LABELS, routeLine } from '~/components/ui/labels';
import { scenarioSchema, type Scenario } from '~/schemas/scenario';
import { NOTHING_ELSE, spotTask } from '~/spot';
import { $progress } from '~/stores/progress';
import { freshCourseEachTest } from './scenario';

freshCourseEachTest();
beforeAll(async () => void (await loadGrader()));

const arjun: Scenario = scenarioSchema.parse(
  parse(readFileSync(resolve('src/content/scenarios/arjun-wrong-bank.yaml'), 'utf8')),
);

/** The props SpotItExercise.astro passes. */
function spotProps(scenario: Scenario) {
  const { sender, invitation } = scenario;
  const first = firstName(sender.name);
  const task = spotTask(scenario, routeLine(first, invitation.via, invitation.claim));
  return {
    id: scenario.id,
    task,
    card: { name: sender.name, initials: initials(sender.name), first, meta: mutualLine(sender) },
    names: Object.fromEntries([
      ...task.targets.map((t, i) => [`spot:${i + 1}`, `Red flag ${i + 1}: ${FLAG_LABELS[t.flag]}`]),
      [NOTHING_ELSE, 'Nothing else marked'],
    ]),
    flags: FLAG_LABELS,
  };
}

const toggle = (name: string | RegExp) => screen.getByRole('button', { name, pressed: false });
const pressKey = (el: Element) => {
  (el as HTMLElement).focus();
  // A native button turns Enter and Space into a click; happy-dom does not, so click as they do.
  fireEvent.keyDown(el, { key: 'Enter' });
  fireEvent.click(el);
};

describe('SpotItExercise', () => {
  test('shows the card with its headline, route line and note phrases as toggle buttons', () => {
    render(<SpotItExercise {...spotProps(arjun)} />);
    expect(screen.getByRole('heading', { level: 4, name: 'Arjun Mehta' })).toBeTruthy();
    const parts = [...document.querySelectorAll('.spot-part')];
    expect(parts.map((b) => [b.textContent, b.getAttribute('aria-pressed')])).toEqual([
      ['Relationship Manager at Northwind Bank', 'false'],
      ['Arjun says you were colleagues at Northwind Bank', 'false'],
      ['Hi Priya,', 'false'],
      ['good to reconnect with an old Northwind colleague!', 'false'],
    ]);
    expect(document.querySelector('blockquote')!.textContent).toBe(arjun.invitation.note);
  });

  test('by keyboard: mark the route and the phrase, Check, and it passes and is recorded', async () => {
    render(<SpotItExercise {...spotProps(arjun)} />);
    const route = toggle(/says you were colleagues/);
    pressKey(route);
    expect(route.getAttribute('aria-pressed')).toBe('true');
    pressKey(toggle(/old Northwind colleague/));
    await act(() => void pressKey(screen.getByRole('button', { name: 'Check' })));
    const heading = screen.getByRole('heading', { level: 4, name: 'Well done: 3 of 3' });
    expect(document.activeElement).toBe(heading);
    expect($progress.get().exercises['spot:arjun-wrong-bank']).toMatchObject({
      attempts: 1,
      passed: true,
    });
  });

  test('a false alarm and a missed flag are named; pressing again unmarks', async () => {
    render(<SpotItExercise {...spotProps(arjun)} />);
    const greeting = toggle('Hi Priya,');
    pressKey(greeting);
    pressKey(toggle(/Relationship Manager/));
    pressKey(screen.getByRole('button', { name: /Relationship Manager/, pressed: true }));
    await act(() => void fireEvent.click(screen.getByRole('button', { name: 'Check' })));
    const feedback = document.querySelector('.ex-feedback')!.textContent!;
    expect(feedback).toContain('Not quite yet: 0 of 3');
    expect(feedback).toContain('look again at the route line');
    expect(feedback).toContain('Nothing wrong with “Hi Priya,”');
    expect(feedback).not.toContain('the headline');
  });

  test('"Show me" numbers the red flags on the card itself, with what to notice', async () => {
    render(<SpotItExercise {...spotProps(arjun)} />);
    await act(() => void fireEvent.click(screen.getByRole('button', { name: 'Check' })));
    const showMe = screen.getByRole('button', { name: 'Show me on the card' });
    await act(() => void fireEvent.click(showMe));
    expect(showMe.getAttribute('aria-pressed')).toBe('true');
    const marked = [...document.querySelectorAll('.spot-part.ic-mark')].map((b) => b.textContent);
    expect(marked).toEqual([
      'Red flag 1: Arjun says you were colleagues at Northwind Bank1',
      'Red flag 2: good to reconnect with an old Northwind colleague!2',
    ]);
    const notes = document.querySelector('article .ic-notes')!.textContent!;
    expect(notes).toContain(arjun.answer.marks[0]!.explain);
  });

  test('"Try again" clears the marks, the feedback and the red flags shown', async () => {
    render(<SpotItExercise {...spotProps(arjun)} />);
    pressKey(toggle('Hi Priya,'));
    await act(() => void fireEvent.click(screen.getByRole('button', { name: 'Check' })));
    await act(
      () => void fireEvent.click(screen.getByRole('button', { name: 'Show me on the card' })),
    );
    await act(() => void fireEvent.click(screen.getByRole('button', { name: 'Try again' })));
    expect(document.querySelector('.ex-feedback')).toBeNull();
    expect(document.querySelector('.ic-mark, [aria-pressed="true"].spot-part')).toBeNull();
    expect(document.activeElement?.classList.contains('spot-part')).toBe(true);
  });

  test('the marks come back after a reload, and a checked answer with its result', async () => {
    const first = render(<SpotItExercise {...spotProps(arjun)} />);
    pressKey(toggle(/says you were colleagues/));
    first.unmount();
    render(<SpotItExercise {...spotProps(arjun)} />);
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(
      screen.getByRole('button', { name: /says you were colleagues/, pressed: true }),
    ).toBeTruthy();
    expect(document.querySelector('.ex-feedback')).toBeNull();
    await act(() => void fireEvent.click(screen.getByRole('button', { name: 'Check' })));
    cleanup();
    render(<SpotItExercise {...spotProps(arjun)} />);
    await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(document.querySelector('.ex-feedback h4')?.textContent).toBe('Not quite yet: 2 of 3');
    expect($progress.get().exercises['spot:arjun-wrong-bank']?.attempts).toBe(1);
  });

  test('the drawn Ignore and Accept are not buttons', () => {
    render(<SpotItExercise {...spotProps(arjun)} />);
    expect(screen.queryByRole('button', { name: 'Accept' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Ignore' })).toBeNull();
  });

  test('hydrating the server render changes nothing', () => {
    const container = document.createElement('div');
    container.innerHTML = renderToString(<SpotItExercise {...spotProps(arjun)} />);
    document.body.append(container);
    const html = container.innerHTML;
    act(() => hydrate(<SpotItExercise {...spotProps(arjun)} />, container));
    expect(container.innerHTML).toBe(html);
    container.remove();
  });
});
