// @vitest-environment happy-dom
import { fireEvent, render, screen, act } from '@testing-library/preact';
import { hydrate } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { beforeAll, describe, expect, test } from 'vitest';
import VerdictExercise, { loadGrader } from '~/components/lesson/islands/VerdictExercise';
import { gradeVerdict } from '~/grader';

import { $progress } from '~/stores/progress';
import { betty, freshCourseEachTest, verdictProps } from './scenario';

freshCourseEachTest();
// The grader loads on first use (see lazy-grader.test.tsx); here it has arrived already.
beforeAll(async () => void (await loadGrader()));

const status = () => document.querySelector('[role="status"]')!.textContent;

describe('VerdictExercise', () => {
  test('offers the three verdicts as radios and the nine red flags as checkboxes', () => {
    render(<VerdictExercise {...verdictProps(betty)} />);
    const verdicts = screen.getByRole('group', { name: 'What would you do?' });
    expect([...verdicts.querySelectorAll('input[type=radio]')].length).toBe(3);
    expect(screen.getByRole('radio', { name: 'Reply without accepting' })).toBeTruthy();
    expect(screen.getAllByRole('checkbox').length).toBe(9);
    expect(screen.getByRole('checkbox', { name: 'False classmate claim' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'No reason given' })).toBeTruthy();
  });

  test('the right answer is praised, announced, focused and recorded', async () => {
    render(<VerdictExercise {...verdictProps(betty)} />);
    fireEvent.click(screen.getByRole('radio', { name: 'Reply without accepting' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'False classmate claim' }));
    await act(() => void fireEvent.click(screen.getByRole('button', { name: 'Check' })));
    const { score, maxScore } = gradeVerdict(betty, {
      verdict: 'reply',
      flags: ['false-classmate'],
    });
    expect(score).toBe(maxScore);
    const heading = screen.getByRole('heading', {
      level: 4,
      name: `Well done: ${score} of ${maxScore}`,
    });
    expect(document.activeElement).toBe(heading);
    expect(heading.getAttribute('tabindex')).toBe('-1');
    expect(status()).toBe(`Checked: ${score} of ${maxScore}. Passed.`);
    expect($progress.get().exercises['verdict:betty-same-school']).toMatchObject({
      attempts: 1,
      passed: true,
      last: { verdict: 'reply', flags: ['false-classmate'] },
    });
  });

  test('a partly right verdict shows the partial credit and why', async () => {
    render(<VerdictExercise {...verdictProps(betty)} />);
    fireEvent.click(screen.getByRole('radio', { name: 'Ignore' }));
    await act(() => void fireEvent.click(screen.getByRole('button', { name: 'Check' })));
    const feedback = document.querySelector('.ex-feedback')!.textContent!;
    expect(feedback).toContain('Partly right');
    expect(feedback).toContain('You never studied at Duke');
    expect(feedback).toContain('You missed this one');
    expect(feedback).toContain('What to do (not met yet)');
    expect(feedback).toContain('False classmate claim (not met yet)');
  });

  test('"Show me" marks the red flags on the card itself', async () => {
    render(<VerdictExercise {...verdictProps(betty)} />);
    expect(document.querySelector('mark')).toBeNull();
    await act(() => void fireEvent.click(screen.getByRole('button', { name: 'Check' })));
    const showMe = screen.getByRole('button', { name: 'Show me on the card' });
    await act(() => void fireEvent.click(showMe));
    expect(showMe.getAttribute('aria-pressed')).toBe('true');
    const card = screen.getByRole('article');
    expect([...card.querySelectorAll('mark')].map((m) => m.textContent)).toEqual([
      'Red flag 1: Betty says you were classmates at Duke University',
      'Red flag 2: fellow Blue Devil',
    ]);
    expect(card.querySelector('.ic-notes')?.textContent).toContain('What to notice');
  });

  test('"Try again" clears the answers, the feedback and the marks', async () => {
    render(<VerdictExercise {...verdictProps(betty)} />);
    fireEvent.click(screen.getByRole('radio', { name: 'Accept' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Sales pitch' }));
    await act(() => void fireEvent.click(screen.getByRole('button', { name: 'Check' })));
    await act(
      () => void fireEvent.click(screen.getByRole('button', { name: 'Show me on the card' })),
    );
    await act(() => void fireEvent.click(screen.getByRole('button', { name: 'Try again' })));
    expect(screen.queryByRole('heading', { name: /Well done|Not quite/ })).toBeNull();
    expect(document.querySelector('mark')).toBeNull();
    expect(screen.getAllByRole('radio').some((r) => (r as HTMLInputElement).checked)).toBe(false);
    expect(screen.getAllByRole('checkbox').some((c) => (c as HTMLInputElement).checked)).toBe(
      false,
    );
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'Accept' }));
  });

  test('ids and names are prefixed with the exercise id', () => {
    render(<VerdictExercise {...verdictProps(betty)} />);
    expect(document.getElementById('verdict-betty-same-school-form')).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Ignore' }).getAttribute('name')).toBe(
      'verdict-betty-same-school-verdict',
    );
  });

  test('hydrating the server render changes nothing', () => {
    const container = document.createElement('div');
    container.innerHTML = renderToString(<VerdictExercise {...verdictProps(betty)} />);
    document.body.append(container);
    const html = container.innerHTML;
    act(() => hydrate(<VerdictExercise {...verdictProps(betty)} />, container));
    expect(container.innerHTML).toBe(html);
    container.remove();
  });
});
