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
  test('renders an article headed by the sender, with initials, route and note', () => {
    render(<Card scenario={betty} />);
    const article = screen.getByRole('article');
    expect(screen.getByRole('heading', { level: 3, name: 'Betty Carter' })).toBeTruthy();
    expect(article.querySelector('.ic-avatar')?.textContent).toBe('BC');
    expect(article.textContent).toContain('CPA at Carter & Co.');
    expect(article.textContent).toContain('2 mutual connections');
    expect(article.textContent).toContain('Classmate · Duke University');
    expect(article.querySelector('blockquote')?.textContent).toBe(betty.invitation.note);
    expect(article.querySelector('img')).toBeNull();
  });

  test('says "No note" when there is none, and shows no route for none', () => {
    render(<Card scenario={withInvitation({ via: 'none', claim: '', note: '' })} />);
    const article = screen.getByRole('article');
    expect(article.textContent).toContain('No note');
    expect(article.querySelector('.ic-route')).toBeNull();
  });

  test('names the Other route "Other (email)"', () => {
    render(<Card scenario={withInvitation({ via: 'other', claim: '' })} />);
    expect(screen.getByRole('article').querySelector('.ic-route')?.textContent).toContain(
      'Other (email)',
    );
  });

  test('marks the route and the words of the note, each explained in a numbered list', () => {
    render(<Card scenario={betty} marks={betty.answer.marks} level={4} />);
    const marks = [...document.querySelectorAll('mark')];
    expect(marks.map((m) => m.textContent)).toEqual([
      'Red flag 1: Classmate · Duke University',
      'Red flag 2: fellow Blue Devil',
    ]);
    // The note is split around the mark, never rewritten.
    expect(document.querySelector('blockquote')?.textContent).toBe(
      'Great to see a 2: fellow Blue Devil2 here!'.replace('2: ', 'Red flag 2: '),
    );
    const items = [...document.querySelectorAll('.ic-notes li')].map((li) => li.textContent);
    expect(items[1]).toContain("Blue Devils are Duke's students");
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
