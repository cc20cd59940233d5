// @vitest-environment happy-dom
import { act, fireEvent, render, screen } from '@testing-library/preact';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, test } from 'vitest';
import PredictFirst, { predictionOutcome } from '~/components/lesson/islands/PredictFirst';
import { Card } from '~/components/ui/Card';
import { VERDICT_LABELS } from '~/components/ui/labels';
import { $progress } from '~/stores/progress';
import { betty, freshCourseEachTest } from './scenario';

freshCourseEachTest();

/** The island's props as WorkedExample.astro passes them for Betty (reply; ignore defensible). */
const props = () => ({
  idPrefix: 'worked-betty',
  verdict: betty.answer.verdict,
  defensible: betty.answer.partial.map((p) => p.verdict),
  labels: VERDICT_LABELS,
  card: h(Card, { scenario: betty, level: 4 }),
  answer: h(
    'p',
    { class: 'answer-text' },
    `What to do: ${VERDICT_LABELS.reply}. ${betty.answer.why}`,
  ),
});

const answer = () => document.querySelector('.we-reveal') as HTMLElement;
const plainCard = () => document.querySelector('.we-plain-card') as HTMLElement;

describe('PredictFirst', () => {
  test('asks what you would do, with the three verdicts, before the answer', () => {
    render(<PredictFirst {...props()} />);
    const group = screen.getByRole('group', { name: /What would you do\?/ });
    expect(
      [...group.querySelectorAll('input[type=radio]')].map((r) =>
        r.closest('label')!.textContent!.trim(),
      ),
    ).toEqual(['Accept', 'Reply without accepting', 'Ignore']);
    expect(answer().hidden).toBe(true);
    expect(plainCard().hidden).toBe(false);
    expect(screen.getByRole('button', { name: 'See the answer' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Just show me' })).toBeTruthy();
  });

  test('a matching prediction shows the answer, says it matched and takes the focus', async () => {
    render(<PredictFirst {...props()} />);
    fireEvent.click(screen.getByRole('radio', { name: 'Reply without accepting' }));
    await act(() => void fireEvent.click(screen.getByRole('button', { name: 'See the answer' })));
    expect(answer().hidden).toBe(false);
    expect(plainCard().hidden).toBe(true);
    const outcome = document.querySelector('.we-outcome') as HTMLElement;
    expect(outcome.textContent).toBe(
      'You predicted Reply without accepting: that matches the recommended answer.',
    );
    expect(document.activeElement).toBe(outcome);
    expect(screen.queryByRole('button', { name: 'See the answer' })).toBeNull();
    // The prediction stays on screen, no longer editable (the fieldset around the radios is disabled).
    expect(
      screen.getByRole('radio', { name: 'Ignore' }).closest('fieldset[disabled]'),
    ).not.toBeNull();
  });

  test('a wrong prediction is told the recommended answer', async () => {
    render(<PredictFirst {...props()} />);
    fireEvent.click(screen.getByRole('radio', { name: 'Accept' }));
    await act(() => void fireEvent.click(screen.getByRole('button', { name: 'See the answer' })));
    expect(document.querySelector('.we-outcome')!.textContent).toBe(
      'You predicted Accept, but the recommended answer is Reply without accepting. Read why below.',
    );
  });

  test('a defensible prediction is called defensible', () => {
    expect(predictionOutcome('ignore', props())).toMatch(/^You predicted Ignore: defensible, but/);
  });

  test('"Just show me" shows the answer without a prediction', async () => {
    render(<PredictFirst {...props()} />);
    await act(() => void fireEvent.click(screen.getByRole('button', { name: 'Just show me' })));
    expect(answer().hidden).toBe(false);
    expect(document.querySelector('.we-outcome')!.textContent).toBe(
      'The recommended answer is Reply without accepting.',
    );
  });

  test('See the answer with nothing chosen asks for a choice and keeps the answer hidden', async () => {
    render(<PredictFirst {...props()} />);
    await act(() => void fireEvent.click(screen.getByRole('button', { name: 'See the answer' })));
    expect(answer().hidden).toBe(true);
    expect(screen.getByRole('status').textContent).toMatch(/Choose one of the three first/);
  });

  test('records nothing: a worked example is not an exercise', async () => {
    render(<PredictFirst {...props()} />);
    await act(() => void fireEvent.click(screen.getByRole('button', { name: 'Just show me' })));
    expect($progress.get().exercises).toEqual({});
  });

  test('the server render keeps the answer in the HTML, not hidden, for readers without JavaScript', () => {
    const html = renderToString(<PredictFirst {...props()} />);
    expect(html).toContain(betty.answer.why);
    expect(html).not.toMatch(/class="we-reveal"[^>]*hidden/);
    expect(html).toContain('data-state="asking"');
  });
});
