// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { decodeAssignment } from '~/assignment/link';
import Builder, { toBuilderScenario } from '~/components/assignment/Builder';
import Present from '~/components/present/Present';
import { $ownScenarios } from '~/stores/own-scenarios';
import { bank } from './quiz-bank';
import { user } from './scenario';

/** A bank scenario renamed as an instructor's own. */
const own = {
  ...bank.find((s) => s.id === 'betty-same-school')!,
  id: 'own-betty',
  title: 'My own Betty',
};

beforeEach(() => $ownScenarios.set({ v: 1, scenarios: [own] }));
afterEach(() => {
  cleanup();
  $ownScenarios.set({ v: 1, scenarios: [] });
});

describe('own scenarios in the builder', () => {
  test('are listed under "Your scenarios" and travel inside the link', async () => {
    render(<Builder bank={bank.slice(0, 5).map(toBuilderScenario)} />);
    const group = screen.getByRole('group', { name: /^Your scenarios/ });
    await user(() =>
      fireEvent.click(within(group).getByRole('checkbox', { name: /My own Betty/ })),
    );
    await user(() =>
      fireEvent.input(screen.getByLabelText('Title'), { target: { value: 'Week 5' } }),
    );
    await user(() => fireEvent.click(screen.getByRole('button', { name: 'Create link' })));
    const link = (screen.getByLabelText('Link for students') as HTMLInputElement).value;
    const r = decodeAssignment(link);
    expect(r.ok && r.assignment.scenarios).toEqual(['own-betty']);
    expect(r.ok && r.assignment.custom).toEqual([own]);
  });
});

describe('own scenarios in workshop mode', () => {
  test('are listed after the course scenarios and can be presented', async () => {
    render(<Present bank={bank.slice(0, 3)} />);
    await user(() => {});
    const box = screen.getByRole('checkbox', { name: 'My own Betty' });
    await user(() => fireEvent.click(box));
    await user(() => fireEvent.click(screen.getByRole('button', { name: 'Start presenting' })));
    expect(document.querySelector('.ic-name')!.textContent).toBe(own.sender.name);
  });
});
