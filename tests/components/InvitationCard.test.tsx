// @vitest-environment happy-dom
import { render, screen } from '@testing-library/preact';
import { renderToString } from 'preact-render-to-string';
import { afterEach, describe, expect, test } from 'vitest';
import { cleanup } from '@testing-library/preact';
import { Card, initials } from '~/components/ui/Card';
import type { Scenario } from '~/schemas/scenario';
import { betty } from './scenario';

afterEach(cleanup);

const withInvitation = (invitation: Partial<Scenario['invitation']>): Scenario => ({
  ...betty,
  invitation: { ...betty.invitation, ...invitation },
});

describe('Card', () => {
  test('renders an article headed by the sender: initials, headline, mutuals, route, note', () => {
    render(<Card scenario={betty} />);
    const article = screen.getByRole('article');
    expect(screen.getByRole('heading', { level: 3, name: 'Betty Carter' })).toBeTruthy();
    expect(article.querySelector('.ic-avatar')?.textContent).toBe('BC');
    expect(article.querySelector('.ic-avatar')?.getAttribute('aria-hidden')).toBe('true');
    expect(article.querySelector('.ic-headline')?.textContent).toBe('CPA at Carter & Co.');
    expect(article.querySelector('.ic-meta')?.textContent).toMatch(/^2 mutual connections/);
    expect(article.querySelector('.ic-route')?.textContent).toBe(
      'Betty says you were classmates at Duke University',
    );
    expect(article.querySelector('blockquote')?.textContent).toBe(betty.invitation.note);
    expect(article.querySelector('img')).toBeNull();
  });

  test('reads in order: name, headline, mutuals, route, note, then the actions', () => {
    render(<Card scenario={betty} />);
    const text = screen.getByRole('article').textContent!;
    const order = [
      'Betty Carter',
      'CPA at Carter & Co.',
      '2 mutual connections',
      'Betty says you were classmates',
      betty.invitation.note,
      'On the real screen: Ignore and Accept buttons, and a Reply to Betty link.',
    ].map((words) => text.indexOf(words));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  test('draws Ignore, Accept and the reply link without making them controls', () => {
    render(<Card scenario={betty} />);
    expect(screen.queryAllByRole('button')).toEqual([]);
    expect(screen.queryAllByRole('link')).toEqual([]);
    const drawn = [...document.querySelectorAll('.ic-btn, .ic-reply')];
    expect(drawn.map((el) => el.textContent)).toEqual(['Reply to Betty', 'Ignore', 'Accept']);
    for (const el of drawn) expect(el.closest('[aria-hidden="true"]')).toBeTruthy();
  });

  test('shows the profile facts a careful reader would notice', () => {
    const facts = ['The account is two weeks old.', 'No work history.'];
    render(<Card scenario={{ ...betty, sender: { ...betty.sender, profile: facts } }} />);
    const items = [...document.querySelectorAll('.ic-profile li')].map((li) => li.textContent);
    expect(items).toEqual(facts);
  });

  test('says "No note" when there is none, and shows no route for none', () => {
    render(<Card scenario={withInvitation({ via: 'none', claim: '', note: '' })} />);
    const article = screen.getByRole('article');
    expect(article.textContent).toContain('No note');
    expect(article.querySelector('.ic-route')).toBeNull();
    expect(article.querySelector('.ic-reply')).toBeNull();
  });

  test('names the Other route and the email address it needs', () => {
    render(<Card scenario={withInvitation({ via: 'other', claim: '' })} />);
    expect(screen.getByRole('article').querySelector('.ic-route')?.textContent).toBe(
      'Betty chose "Other" and typed your email address',
    );
  });

  test('marks a route flag on "No note" when the card has neither route nor note', () => {
    const scenario = withInvitation({ via: 'none', claim: '', note: '' });
    const marks = [{ flag: 'no-reason', on: 'route', explain: 'Nothing says why.' }] as const;
    render(<Card scenario={scenario} marks={marks} />);
    expect(document.querySelector('.ic-no-note mark')?.textContent).toBe('Red flag 1: No note');
  });

  test('marks the route and the words of the note, each explained in a numbered list', () => {
    render(<Card scenario={betty} marks={betty.answer.marks} level={4} />);
    const marks = [...document.querySelectorAll('mark')];
    expect(marks.map((m) => m.textContent)).toEqual([
      'Red flag 1: Betty says you were classmates at Duke University',
      'Red flag 2: fellow Blue Devil',
    ]);
    // The note is split around the mark, never rewritten.
    expect(document.querySelector('blockquote')?.textContent).toBe(
      'Great to see a 2: fellow Blue Devil2 here!'.replace('2: ', 'Red flag 2: '),
    );
    const items = [...document.querySelectorAll('.ic-notes li')].map((li) => li.textContent);
    expect(items[1]).toContain("Blue Devils are Duke's students");
  });

  test('two flags on the same words of the note share one mark', () => {
    const marks = [
      { flag: 'no-reason', on: 'note', text: 'fellow Blue Devil', explain: 'One.' },
      { flag: 'false-classmate', on: 'note', text: 'fellow Blue Devil', explain: 'Two.' },
    ] as const;
    render(<Card scenario={betty} marks={marks} />);
    expect([...document.querySelectorAll('mark')].map((m) => m.textContent)).toEqual([
      'Red flag 1 and 2: fellow Blue Devil',
    ]);
    expect(document.querySelector('.ic-ref')?.textContent).toBe('1,2');
  });

  test('server render matches the client render', () => {
    const html = renderToString(<Card scenario={betty} marks={betty.answer.marks} />);
    const { container } = render(<Card scenario={betty} marks={betty.answer.marks} />);
    expect(container.innerHTML).toBe(html);
  });

  test('initials take the first and last words', () => {
    expect(initials('Mary Ann de la Cruz')).toBe('MC');
    expect(initials('Madonna')).toBe('M');
    expect(initials('émile zola')).toBe('ÉZ');
  });
});
