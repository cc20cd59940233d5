// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { renderToString } from 'preact-render-to-string';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import MyInvitation from '~/components/my-invitation/MyInvitation';
import { gradeReply } from '~/grader';
import { toScenario } from '~/invitation';
import {
  $myInvitation,
  blankInvitation,
  forgetMyInvitation,
  MY_INVITATION_KEY,
} from '~/stores/my-invitation';

/** Runs a user action, then lets @nanostores/preact's batched re-render happen. */
const user = (action: () => unknown) =>
  act(async () => {
    action();
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
const heading = () => document.getElementById('mi-step-title')!;
const status = () => document.querySelector('.mi [role="status"]')!.textContent;
const type = (label: string | RegExp, value: string) =>
  user(() => fireEvent.input(screen.getByLabelText(label), { target: { value } }));
const click = (name: string | RegExp, role: 'button' | 'radio' | 'checkbox' = 'button') =>
  user(() => fireEvent.click(screen.getByRole(role, { name })));

/** Describes Betty Carter's false classmate invitation up to the course's reading. */
async function describeBetty() {
  await type('Their name, as the invitation shows it', 'Betty Carter');
  await type('Their headline (optional)', 'CPA at Carter & Co.');
  await click('Next');
  await click(/^Classmate/, 'radio');
  await type('Which school does it name?', 'Duke University');
  await click('Next');
  await type('Their note', 'Great to see a fellow Blue Devil here!');
  await click('Next');
  await click(/^No, I never studied/, 'radio');
  await type('Your first name (optional)', 'Owen');
  await type('Where did you study? (optional)', 'NC State University');
  await click('Next');
  await click('See what the course sees');
}

beforeEach(() => {
  localStorage.clear();
  forgetMyInvitation();
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('MyInvitation', () => {
  test('renders on the server: the first question, the promise and nothing kept', () => {
    const html = renderToString(<MyInvitation />);
    expect(html).toContain('Who sent the invitation?');
    expect(html).toContain('Describe it: question 1 of 5');
    expect(html).toContain('Nothing is saved unless you tick this box.');
    expect(html).toMatch(/<input type="checkbox"[^>]*>\s*Keep on this device/);
    expect(html).not.toMatch(/checked/);
  });

  test('fast typing keeps every field: two inputs before the page renders again', async () => {
    render(<MyInvitation />);
    // Both events fire before Preact re-renders, as when a learner types and tabs on quickly.
    await user(() => {
      fireEvent.input(screen.getByLabelText('Their name, as the invitation shows it'), {
        target: { value: 'Betty Carter' },
      });
      fireEvent.input(screen.getByLabelText('Their headline (optional)'), {
        target: { value: 'CPA at Carter & Co.' },
      });
    });
    expect($myInvitation.get().description.sender).toMatchObject({
      name: 'Betty Carter',
      headline: 'CPA at Carter & Co.',
    });
  });

  test('asks for the sender’s name before moving on, and says so', async () => {
    render(<MyInvitation />);
    await click('Next');
    const name = screen.getByLabelText('Their name, as the invitation shows it');
    expect(heading().textContent).toBe('Who sent the invitation?');
    expect(document.activeElement).toBe(name);
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(name.getAttribute('aria-describedby')).toContain('mi-error');
    expect(document.getElementById('mi-error')!.textContent).toMatch(/Enter their name/);
    expect(status()).toMatch(/Enter their name/);
  });

  test('asks one question at a time, moving the focus to each new heading', async () => {
    render(<MyInvitation />);
    await type('Their name, as the invitation shows it', 'Betty Carter');
    await click('Next');
    expect(heading().textContent).toBe('How does Betty say you know each other?');
    expect(document.activeElement).toBe(heading());
    expect(screen.getByRole('group', { name: 'The route' })).toBeTruthy();
    expect(screen.queryByLabelText('Their name, as the invitation shows it')).toBeNull();
    await click('Back');
    expect(heading().textContent).toBe('Who sent the invitation?');
    expect(
      screen.getByLabelText<HTMLInputElement>('Their name, as the invitation shows it').value,
    ).toBe('Betty Carter');
  });

  test('a false classmate: its red flag and lesson, then the benefit question and "reply without accepting"', async () => {
    render(<MyInvitation />);
    await describeBetty();
    expect(heading().textContent).toBe('What the course sees');
    const flags = document.querySelector('.mi-flags')!;
    expect(flags.textContent).toContain('False classmate claim');
    expect(flags.querySelector('a')!.getAttribute('href')).toBe(
      '/lessons/03-false-claims/#classmate',
    );
    expect(document.querySelector('.ic-mark')!.textContent).toContain('Duke University');

    await click('Decide what to do');
    expect(
      screen.getByRole('group', { name: 'Is there any possible mutual benefit?' }),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Write the reply' })).toBeNull();
    await click('Yes, there could be', 'radio');
    expect(document.querySelector('.mi-verdict-action')!.textContent).toBe(
      'Recommended: Reply without accepting',
    );
    expect(status()).toMatch(/^Recommended: Reply without accepting\. /);
    await click('No, I can’t see any', 'radio');
    expect(document.querySelector('.mi-verdict-action')!.textContent).toBe('Recommended: Ignore');
  });

  test('the reply: a draft that passes, the live checklist, and one button to copy it', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<MyInvitation />);
    await describeBetty();
    await click('Decide what to do');
    await click('Yes, there could be', 'radio');
    await click('Write the reply');
    const box = screen.getByLabelText<HTMLTextAreaElement>('Your reply to Betty Carter');
    const scenario = toScenario($myInvitation.get().description);
    expect(box.value).toMatch(/^Hello Betty, /);
    expect(gradeReply(scenario, box.value).passed).toBe(true);
    await act(() => new Promise((resolve) => setTimeout(resolve, 350)));
    expect(document.querySelector('.ex-checklist-title')!.textContent).toBe(
      'Checklist as you type: 10 of 10 (passes)',
    );
    await click('Copy the reply');
    expect(writeText).toHaveBeenCalledWith(box.value);
    expect(status()).toBe('Reply copied. Paste it into your reply on LinkedIn.');

    await type('Your reply to Betty Carter', 'Hi');
    expect(screen.getByRole('button', { name: 'Start again from the draft' })).toBeTruthy();
    writeText.mockImplementation(() => Promise.reject(new Error('denied')));
    await click('Copy the reply');
    expect(status()).toMatch(/The reply is selected: press Ctrl\+C/);
    expect(document.activeElement).toBe(box);
  });

  test('their answer: a thin one is called thin, with lesson 7’s advice', async () => {
    render(<MyInvitation />);
    await describeBetty();
    await click('Decide what to do');
    await click('I’m not sure', 'radio');
    await click('Write the reply');
    await click('When they answer');
    expect(heading().textContent).toBe('After they answer');
    await type('Their answer', "you're into marketing");
    await click('Read their answer');
    expect(document.querySelector('.mi-answer-thin .mi-verdict-action')!.textContent).toBe(
      'This answer is thin.',
    );
    expect(status()).toMatch(/^This answer is thin\. .*Decline without drama/);
  });

  test('an honest stranger is told to accept, with no benefit question and no reply', async () => {
    render(<MyInvitation />);
    await type('Their name, as the invitation shows it', 'Ruth Abebe');
    await click('Next');
    await click('No route shown', 'radio');
    await click('Next');
    await type(
      'Their note',
      'Hello Carlos, we have not met. I read your article on keeping cut flowers cold in transit. We face the same problem exporting roses. May I connect and follow your work?',
    );
    await click('Next');
    await click('No, I don’t', 'radio');
    await click('Next');
    await click('See what the course sees');
    expect(document.querySelector('.mi-flags')).toBeNull();
    await click('Decide what to do');
    expect(
      screen.queryByRole('group', { name: 'Is there any possible mutual benefit?' }),
    ).toBeNull();
    expect(document.querySelector('.mi-verdict-action')!.textContent).toBe('Recommended: Accept');
    expect(screen.queryByRole('button', { name: 'Write the reply' })).toBeNull();
  });

  test('keeps nothing unless asked; Keep stores it, unticking and Forget remove it', async () => {
    render(<MyInvitation />);
    await type('Their name, as the invitation shows it', 'Betty Carter');
    expect(localStorage.length).toBe(0);
    await click('Keep on this device', 'checkbox');
    expect(JSON.parse(localStorage.getItem(MY_INVITATION_KEY)!)).toMatchObject({
      v: 1,
      description: { sender: { name: 'Betty Carter' } },
    });
    expect(status()).toBe('Kept on this device until you forget it.');
    await click('Keep on this device', 'checkbox');
    expect(localStorage.getItem(MY_INVITATION_KEY)).toBeNull();
    expect(
      screen.getByLabelText<HTMLInputElement>('Their name, as the invitation shows it').value,
    ).toBe('Betty Carter');

    await click('Keep on this device', 'checkbox');
    await click('Forget this invitation');
    expect(localStorage.getItem(MY_INVITATION_KEY)).toBeNull();
    expect($myInvitation.get()).toEqual(blankInvitation());
    expect(
      screen.getByLabelText<HTMLInputElement>('Their name, as the invitation shows it').value,
    ).toBe('');
    expect(screen.getByRole('checkbox', { name: 'Keep on this device' })).toHaveProperty(
      'checked',
      false,
    );
    expect(document.activeElement).toBe(heading());
    expect(status()).toMatch(/^Forgotten/);
  });

  test.each([
    ['brings back an invitation kept on this device', true],
    ['drops unreadable data from the device', false],
  ])('%s when the page loads', async (_name, readable) => {
    const kept = { ...blankInvitation(), step: 'note' };
    kept.description.sender.name = 'Betty Carter';
    kept.description.via = 'classmate';
    localStorage.setItem(
      MY_INVITATION_KEY,
      readable ? JSON.stringify({ v: 1, ...kept }) : '{"v":1,"description":"<script>"}',
    );
    // A fresh page: the store reads the device once, when it loads.
    vi.resetModules();
    const { default: Island } = await import('~/components/my-invitation/MyInvitation');
    render(<Island />);
    await user(() => {});
    const keep = screen.getByRole('checkbox', { name: 'Keep on this device' });
    if (readable) {
      expect(heading().textContent).toBe('What does Betty’s note say?');
      expect(keep).toHaveProperty('checked', true);
      expect(status()).toBe('Your invitation kept on this device is back.');
    } else {
      expect(heading().textContent).toBe('Who sent the invitation?');
      expect(keep).toHaveProperty('checked', false);
      expect(localStorage.getItem(MY_INVITATION_KEY)).toBeNull();
    }
  });
});
