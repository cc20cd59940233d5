// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { renderToString } from 'preact-render-to-string';
import { afterEach, describe, expect, test } from 'vitest';
import { Feedback } from '~/components/ui/Exercise';
import { gradeReply, type GradeResult } from '~/grader';
import { replyText } from '~/components/lesson/islandText';
import { betty } from './scenario';

afterEach(cleanup);

const { names } = replyText(betty);
const show = (result: GradeResult, text: string) =>
  render(<Feedback result={result} names={names} text={text} headingRef={{ current: null }} />);
const occurrences = (haystack: string, needle: string) => haystack.split(needle).length - 1;

describe('Feedback', () => {
  test('a passed reply collapses every met criterion into one "Met:" line', () => {
    const model = betty.answer.reply!;
    const result = gradeReply(betty, model);
    expect(result.passed).toBe(true);
    show(result, model);
    const details = document.querySelector('.ex-feedback details')!;
    expect(details.hasAttribute('open')).toBe(false);
    const summary = details.querySelector('summary')!.textContent!;
    const met = result.criteria.filter((c) => c.met);
    expect(summary).toBe(`Met: ${met.map((c) => names[c.id]).join(', ')}`);
    // Nothing outside the collapsed line but the heading.
    expect(document.querySelectorAll('.ex-feedback > ul').length).toBe(0);
  });

  test('each quote of the learner’s words appears once, marked', () => {
    const model = betty.answer.reply!;
    const result = gradeReply(betty, model);
    show(result, model);
    const feedback = document.querySelector('.ex-feedback')!;
    const quoted = result.criteria.filter((c) => c.evidence);
    expect(quoted.length).toBeGreaterThan(2);
    for (const c of quoted) {
      const inMarks = [...feedback.querySelectorAll('mark')].filter(
        (m) => m.textContent === c.evidence,
      );
      expect(inMarks.length, c.id).toBeGreaterThanOrEqual(1);
    }
    const marks = [...feedback.querySelectorAll('mark')].map((m) => m.textContent);
    expect(marks).toEqual(quoted.map((c) => c.evidence));
    const longest = quoted.map((c) => c.evidence!).sort((a, b) => b.length - a.length)[0]!;
    expect(occurrences(feedback.textContent!, longest)).toBe(1);
  });

  test('criteria not met come first and in full: the one to fix first, then the grader’s order', () => {
    const text = 'Hi Betty, thanks. I did not study at Duke. Cheers';
    const result = gradeReply(betty, text);
    show(result, text);
    const unmet = result.criteria
      .filter((c) => c.met === false)
      .sort((a, b) => Number(b.id === result.lead) - Number(a.id === result.lead));
    expect(unmet.length).toBeGreaterThan(1);
    expect(unmet[0]!.id).toBe(result.lead);
    const shown = [...document.querySelectorAll('.ex-feedback > ul > li')];
    expect(shown.map((li) => li.querySelector('strong')!.textContent)).toEqual(
      unmet.map((c) => names[c.id]),
    );
    expect(shown[0]!.textContent).toContain(unmet[0]!.feedback);
  });

  test('the verdict’s explanation stays in full even when met', () => {
    const result: GradeResult = {
      score: 3,
      maxScore: 3,
      passed: true,
      criteria: [
        { id: 'verdict', met: true, feedback: 'Yes: reply. Here is why.' },
        { id: 'flag:false-classmate', met: true, feedback: 'Well spotted.' },
      ],
    };
    render(
      <Feedback
        result={result}
        names={{ verdict: 'What to do', 'flag:false-classmate': 'False classmate claim' }}
        headingRef={{ current: null }}
      />,
    );
    const full = document.querySelector('.ex-feedback > ul')!.textContent;
    expect(full).toContain('Yes: reply. Here is why.');
    expect(document.querySelector('summary')!.textContent).toBe('Met: False classmate claim');
  });

  test('server render matches the client render', () => {
    const result = gradeReply(betty, 'Hi Betty, how do we know each other?');
    const html = renderToString(
      <Feedback result={result} names={names} text="x" headingRef={{ current: null }} />,
    );
    const parsed = document.createElement('div');
    parsed.innerHTML = html;
    const { container } = show(result, 'x');
    expect(container.innerHTML).toBe(parsed.innerHTML);
  });
});
