// @vitest-environment happy-dom
import { fireEvent, render, screen, act, waitFor } from '@testing-library/preact';
import { hydrate } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import VerdictExercise, { loadGrader } from '~/components/lesson/islands/VerdictExercise';
import { gradeVerdict } from '~/grader';

import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { scenarioSchema } from '~/schemas/scenario';
import { $progress, recordAttempt, saveAnswer } from '~/stores/progress';
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
      last: { answer: { verdict: 'reply', flags: ['false-classmate'] }, score, maxScore },
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

  test('the answer left unchecked comes back after a reload, with no feedback', async () => {
    saveAnswer('verdict:betty-same-school', { verdict: 'ignore', flags: ['sales-pitch'] });
    render(<VerdictExercise {...verdictProps(betty)} />);
    await act(async () => {});
    expect((screen.getByRole('radio', { name: 'Ignore' }) as HTMLInputElement).checked).toBe(true);
    expect(
      (screen.getByRole('checkbox', { name: 'Sales pitch' }) as HTMLInputElement).checked,
    ).toBe(true);
    expect(document.querySelector('.ex-feedback')).toBeNull();
  });

  test('a checked answer comes back with its result, without taking the focus', async () => {
    const answer = { verdict: 'reply' as const, flags: ['false-classmate' as const] };
    const result = gradeVerdict(betty, answer);
    recordAttempt('verdict:betty-same-school', result, answer);
    render(<VerdictExercise {...verdictProps(betty)} />);
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve));
    });
    const heading = screen.getByRole('heading', { level: 4, name: /^Well done/ });
    expect(document.activeElement).not.toBe(heading);
    expect(
      (screen.getByRole('radio', { name: 'Reply without accepting' }) as HTMLInputElement).checked,
    ).toBe(true);
    expect($progress.get().exercises['verdict:betty-same-school']?.attempts).toBe(1);
  });

  test('choices are saved as the learner makes them', () => {
    render(<VerdictExercise {...verdictProps(betty)} />);
    fireEvent.click(screen.getByRole('radio', { name: 'Accept' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'No reason given' }));
    expect($progress.get().answers['verdict:betty-same-school']?.answer).toEqual({
      verdict: 'accept',
      flags: ['no-reason'],
    });
  });

  describe('consequences', () => {
    const withConsequence = {
      ...betty,
      consequences: { accept: 'The next morning Betty sends you a sales pitch.' },
    };

    test('a verdict with a consequence shows what happens next, and lets the learner choose again', async () => {
      render(<VerdictExercise {...verdictProps(withConsequence)} />);
      fireEvent.click(screen.getByRole('radio', { name: 'Accept' }));
      fireEvent.click(screen.getByRole('checkbox', { name: 'False classmate claim' }));
      await act(() => void fireEvent.click(screen.getByRole('button', { name: 'Check' })));
      const feedback = document.querySelector('.ex-feedback')!.textContent!;
      expect(feedback).toContain('What happens next');
      expect(feedback).toContain('The next morning Betty sends you a sales pitch.');
      await act(() => void fireEvent.click(screen.getByRole('button', { name: 'Choose again' })));
      expect(screen.getAllByRole('radio').some((r) => (r as HTMLInputElement).checked)).toBe(false);
      expect(
        (screen.getByRole('checkbox', { name: 'False classmate claim' }) as HTMLInputElement)
          .checked,
      ).toBe(true);
      expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'Accept' }));
      fireEvent.click(screen.getByRole('radio', { name: 'Reply without accepting' }));
      await act(() => void fireEvent.click(screen.getByRole('button', { name: 'Check' })));
      expect(screen.getByRole('heading', { level: 4, name: /^Well done/ })).toBeTruthy();
      expect($progress.get().exercises['verdict:betty-same-school']).toMatchObject({
        attempts: 2,
        passed: true,
      });
    });

    test('the expected verdict, or one without a consequence, shows none', async () => {
      render(<VerdictExercise {...verdictProps(withConsequence)} />);
      fireEvent.click(screen.getByRole('radio', { name: 'Ignore' }));
      await act(() => void fireEvent.click(screen.getByRole('button', { name: 'Check' })));
      expect(document.querySelector('.ex-feedback')!.textContent).not.toContain(
        'What happens next',
      );
    });
  });

  describe('"Show me" on a card out of view', () => {
    afterEach(() => vi.restoreAllMocks());

    async function showMe() {
      const scrolled = vi.fn();
      Element.prototype.scrollIntoView = scrolled;
      vi.spyOn(Element.prototype, 'getBoundingClientRect').mockReturnValue({
        top: -600,
        bottom: -200,
      } as DOMRect);
      render(<VerdictExercise {...verdictProps(betty)} />);
      await act(() => void fireEvent.click(screen.getByRole('button', { name: 'Check' })));
      await act(
        () => void fireEvent.click(screen.getByRole('button', { name: 'Show me on the card' })),
      );
      return scrolled;
    }

    test('scrolls the marked card into view, smoothly', async () => {
      const scrolled = await showMe();
      expect(scrolled).toHaveBeenCalledTimes(1);
      expect(scrolled.mock.contexts[0]).toBe(document.querySelector('.ex-card'));
      expect(scrolled.mock.calls[0]![0]).toEqual({ block: 'start', behavior: 'smooth' });
    });

    test('without animation when the learner prefers reduced motion', async () => {
      vi.spyOn(window, 'matchMedia').mockImplementation(
        (query) => ({ matches: query.includes('reduce') }) as MediaQueryList,
      );
      const scrolled = await showMe();
      expect(scrolled.mock.calls[0]![0]).toEqual({ block: 'start', behavior: 'auto' });
    });
  });

  describe('"Another one like this"', () => {
    const dir = 'src/content/scenarios';
    const practice = readdirSync(dir)
      .filter((file) => file.endsWith('.yaml'))
      .map((file) => scenarioSchema.parse(parse(readFileSync(`${dir}/${file}`, 'utf8'))))
      .filter((s) => s.pool === 'practice');
    afterEach(() => vi.unstubAllGlobals());

    test('brings a practice item with the same red flag in place, graded under its own id', async () => {
      const fetched = vi.fn(async () => new Response(JSON.stringify(practice)));
      vi.stubGlobal('fetch', fetched);
      render(<VerdictExercise {...verdictProps(betty)} poolUrl="/practice/pool.json" />);
      await act(() => void fireEvent.click(screen.getByRole('button', { name: 'Check' })));
      await act(
        () => void fireEvent.click(screen.getByRole('button', { name: 'Another one like this' })),
      );
      const heading = await screen.findByRole(
        'heading',
        { name: /^Another one like this: / },
        { timeout: 5000 },
      );
      expect(fetched).toHaveBeenCalledWith('/practice/pool.json');
      await waitFor(() => expect(document.activeElement).toBe(heading));
      const item = practice.find((s) => heading.textContent!.endsWith(s.sender.name))!;
      expect(item.id).not.toBe(betty.id);
      expect(item.answer.flags).toContain('false-classmate');
      const section = heading.closest('section')!;
      expect(section.querySelector('article')).toBeTruthy();
      const form = section.querySelector('form')!;
      const radio = [...form.querySelectorAll<HTMLInputElement>('input[type=radio]')].find(
        (r) => r.value === item.answer.verdict,
      )!;
      fireEvent.click(radio);
      await act(() => void fireEvent.submit(form));
      expect($progress.get().exercises[`practice:${item.id}:verdict`]?.attempts).toBe(1);
      expect($progress.get().exercises['verdict:betty-same-school']?.attempts).toBe(1);
    });
  });
});
