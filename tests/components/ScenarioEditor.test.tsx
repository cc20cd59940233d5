// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { renderToString } from 'preact-render-to-string';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import ScenarioEditor from '~/components/scenario-editor/ScenarioEditor';
import { $ownScenarios } from '~/stores/own-scenarios';

const user = (action: () => unknown) =>
  act(async () => {
    action();
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
const type = (label: string | RegExp, value: string) =>
  user(() => fireEvent.input(screen.getByLabelText(label), { target: { value } }));
const blur = (label: string | RegExp) => user(() => fireEvent.blur(screen.getByLabelText(label)));
const choose = (label: string | RegExp, value: string) =>
  user(() => fireEvent.change(screen.getByLabelText(label), { target: { value } }));

/** The error message a control is described by, or null. */
function errorOf(control: HTMLElement): string | null {
  const ids = control.getAttribute('aria-describedby')?.split(' ') ?? [];
  const error = ids
    .map((id) => document.getElementById(id))
    .find((el) => el?.classList.contains('se-error'));
  return error?.textContent ?? null;
}

const REPLY =
  'Hi Priya, thank you for the invitation. It says we were colleagues at Northwind Traders, but I have never worked there; I work at Contoso Bank. Perhaps you meant someone else? If not, how do we know each other, and how could I help you? Happy to connect once I know.';

beforeEach(() => {
  localStorage.clear();
  $ownScenarios.set({ v: 1, scenarios: [] });
});
afterEach(cleanup);

describe('ScenarioEditor', () => {
  test('fast typing keeps every field: two inputs before the form renders again', async () => {
    render(<ScenarioEditor bankIds={[]} />);
    const name = screen.getByLabelText("Sender's name");
    const headline = screen.getByLabelText('Headline');
    await user(() => {
      fireEvent.input(name, { target: { value: 'Priya Nair' } });
      fireEvent.input(headline, { target: { value: 'Buyer at Northwind Traders' } });
    });
    expect((name as HTMLInputElement).value).toBe('Priya Nair');
    expect((headline as HTMLInputElement).value).toBe('Buyer at Northwind Traders');
  });

  test('renders the form on the server, with no message yet', () => {
    const html = renderToString(<ScenarioEditor bankIds={['betty-same-school']} />);
    expect(html).toContain('A new scenario');
    expect(html).not.toContain('aria-invalid');
  });

  test('a field left empty is marked invalid and its message names it', async () => {
    render(<ScenarioEditor bankIds={[]} />);
    const name = screen.getByLabelText("Sender's name");
    expect(name.getAttribute('aria-invalid')).toBeNull();
    await blur("Sender's name");
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(errorOf(name)).toBe("Sender's name: required");
  });

  test('the title gives the id, and a bank id is refused', async () => {
    render(<ScenarioEditor bankIds={['betty-same-school']} />);
    await type('Title', 'Betty, same school?');
    const id = screen.getByLabelText('Id') as HTMLInputElement;
    expect(id.value).toBe('betty-same-school');
    await blur('Id');
    expect(errorOf(id)).toMatch(/a scenario of the course has this id/);
  });

  test('the note counts its characters live', async () => {
    render(<ScenarioEditor bankIds={[]} />);
    await type('The note (empty for none)', 'Hello there');
    expect(document.getElementById('se-invitation-note-count')!.textContent).toBe(
      '11 of 300 characters',
    );
  });

  test('grades the model reply as it is typed, before the rest of the form is filled', async () => {
    render(<ScenarioEditor bankIds={[]} />);
    await type("Sender's name", 'Priya Nair');
    await type('Model reply', 'Hi Priya, how do we know each other?');
    const rubric = screen.getByRole('region', { name: 'The reply grader on your model reply' });
    expect(rubric.textContent).toMatch(/a model reply needs 90%/);
    expect(rubric.textContent).toMatch(/Greets them by name/);
    await blur('Model reply');
    expect(errorOf(screen.getByLabelText('Model reply'))).toMatch(
      /40 to 110 words; this one has 8/,
    );
  });

  test('Save on a blank form announces the fields that need attention', async () => {
    render(<ScenarioEditor bankIds={[]} />);
    await user(() => fireEvent.click(screen.getByRole('button', { name: 'Save the scenario' })));
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toMatch(/fields need attention/);
    expect(alert.textContent).toMatch(/sender\.name: required/);
  });

  test('a complete scenario is graded live, previewed and saved', async () => {
    render(<ScenarioEditor bankIds={[]} />);
    await type('Title', 'Priya at Northwind');
    await type('Your name in the scenario', 'Jordan Reyes');
    await type('Employers, current and past (one a line)', 'Contoso Bank');
    await type("Sender's name", 'Priya Nair');
    await choose('How they say they know you (the route)', 'colleague');
    await type('The school, company or group the route names (if any)', 'Northwind Traders');
    await choose('Situation', 'false-claim-worth-asking');
    await user(() =>
      fireEvent.click(screen.getByRole('checkbox', { name: 'False colleague claim' })),
    );
    await type(
      'Why this is the right call',
      'You never worked at Northwind Traders, so the colleague claim is false; one short question may show a real reason.',
    );
    await type('Model reply', REPLY);
    expect(
      screen.getByRole('region', { name: 'The reply grader on your model reply' }).textContent,
    ).toMatch(/100%, enough for a model reply/);
    expect(document.querySelector('.se-preview .ic-name')!.textContent).toBe('Priya Nair');
    await user(() => fireEvent.click(screen.getByRole('button', { name: 'Save the scenario' })));
    expect(screen.getByRole('status').textContent).toMatch(/^Saved "Priya at Northwind"/);
    expect($ownScenarios.get().scenarios.map((s) => s.id)).toEqual(['priya-at-northwind']);
    expect(screen.getByRole('heading', { name: 'Your scenarios (1)' })).toBeTruthy();
  });
});
