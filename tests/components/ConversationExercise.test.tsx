// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { renderToString } from 'preact-render-to-string';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, test } from 'vitest';
import { followUpText, replyText } from '~/components/lesson/islandText';
import ConversationExercise, {
  gradeConversation,
  loadReplyGrader,
  loadTaskGrader,
  type ConversationText,
} from '~/components/lesson/islands/ConversationExercise';
import { CHOICE_CRITERIA } from '~/components/ui/labels';
import { scenarioSchema, type Scenario } from '~/schemas/scenario';
import { $progress } from '~/stores/progress';
import { gradeTask } from '~/tasks';
import { freshCourseEachTest, user } from './scenario';

/** Hannah claims a Brightline Solar project; her answer is honest: accept with caution. */
const hannah: Scenario = scenarioSchema.parse(
  parse(readFileSync(resolve('src/content/scenarios/hannah-solar-supplier.yaml'), 'utf8')),
);
/** The words ConversationExercise.astro passes. */
const text: ConversationText = {
  reply: replyText(hannah),
  decisions: followUpText().decisions,
  names: { decision: CHOICE_CRITERIA.decision!, 'conversation-reply': 'Your reply' },
};
const MODEL = hannah.answer.reply!;

freshCourseEachTest();
beforeAll(async () => void (await Promise.all([loadReplyGrader(), loadTaskGrader()])));

const answerShown = () => document.body.textContent!.includes(hannah.followUp!.message.trim());
const writeAndCheckReply = async (reply: string) => {
  const box = screen.getByRole('textbox', { name: 'Your reply to Hannah Schulz' });
  await user(() => fireEvent.input(box, { target: { value: reply } }));
  await user(() => fireEvent.click(screen.getAllByRole('button', { name: 'Check' })[0]!));
};

describe('ConversationExercise', () => {
  test('starts with the reply; the answer and the decision wait', async () => {
    render(<ConversationExercise scenario={hannah} text={text} />);
    await user(() => {});
    expect(screen.getByRole('textbox', { name: 'Your reply to Hannah Schulz' })).toBeTruthy();
    expect(answerShown()).toBe(false);
    expect(screen.queryByRole('radio', { name: 'Decline' })).toBeNull();
    expect(document.body.textContent).toContain(
      'Hannah’s answer appears here once you have checked your reply.',
    );
  });

  test('checking the reply brings the sender’s answer, announced, and the decision', async () => {
    render(<ConversationExercise scenario={hannah} text={text} />);
    await writeAndCheckReply(MODEL);
    expect(answerShown()).toBe(true);
    expect(
      [...document.querySelectorAll('[role="status"]')].some((s) =>
        s.textContent!.startsWith('Hannah has answered your reply.'),
      ),
    ).toBe(true);
    expect(
      screen.getByRole('group', { name: /Hannah has answered\. What do you do/ }),
    ).toBeTruthy();
  });

  test('a good reply and the right decision pass, recorded as conversation:<id>', async () => {
    render(<ConversationExercise scenario={hannah} text={text} />);
    await writeAndCheckReply(MODEL);
    fireEvent.click(screen.getByRole('radio', { name: 'Accept, with a little caution' }));
    await user(() => fireEvent.click(screen.getAllByRole('button', { name: 'Check' })[1]!));
    const expected = gradeConversation(gradeTask, hannah, {
      reply: MODEL,
      decision: 'accept-with-caution',
    });
    expect(expected.passed).toBe(true);
    // The last heading is the decision's feedback (the reply's own comes first).
    const heading = screen.getAllByRole('heading', { name: /^Well done/ }).at(-1);
    expect(document.activeElement).toBe(heading);
    const saved = $progress.get().exercises['conversation:hannah-solar-supplier'];
    expect(saved?.passed).toBe(true);
    // The stored answer holds the reply and the decision (its exact shape belongs to the store).
    expect(JSON.stringify(saved)).toContain('"decision":"accept-with-caution"');
    expect(JSON.stringify(saved)).toContain(JSON.stringify(MODEL));
    expect([...document.querySelectorAll('.ex-feedback')].at(-1)!.textContent).toContain(
      hannah.followUp!.why.trim(),
    );
  });

  test('the wrong decision does not pass, even after a good reply', async () => {
    render(<ConversationExercise scenario={hannah} text={text} />);
    await writeAndCheckReply(MODEL);
    fireEvent.click(screen.getByRole('radio', { name: 'Decline' }));
    await user(() => fireEvent.click(screen.getAllByRole('button', { name: 'Check' })[1]!));
    expect(screen.getByRole('heading', { name: /^Not quite yet/ })).toBeTruthy();
    expect($progress.get().exercises['conversation:hannah-solar-supplier']?.passed).toBe(false);
  });

  test('a weak reply keeps the conversation from passing and says where to improve it', () => {
    const result = gradeConversation(gradeTask, hannah, {
      reply: 'Who are you?',
      decision: 'accept-with-caution',
    });
    expect(result.passed).toBe(false);
    const reply = result.criteria.find((c) => c.id === 'conversation-reply');
    expect(reply?.met).toBe(false);
    expect(reply?.feedback).toMatch(/improve it in step 1/);
  });

  test('after a reload the checked reply brings the answer back at once', async () => {
    render(<ConversationExercise scenario={hannah} text={text} />);
    await writeAndCheckReply(MODEL);
    document.body.innerHTML = '';
    render(<ConversationExercise scenario={hannah} text={text} />);
    await user(() => {});
    expect(answerShown()).toBe(true);
  });

  test('after a reload the decision and its result come back, not recorded again', async () => {
    render(<ConversationExercise scenario={hannah} text={text} />);
    await writeAndCheckReply(MODEL);
    fireEvent.click(screen.getByRole('radio', { name: 'Decline' }));
    await user(() => fireEvent.click(screen.getAllByRole('button', { name: 'Check' })[1]!));
    const attempts = $progress.get().exercises['conversation:hannah-solar-supplier']?.attempts;
    cleanup();
    render(<ConversationExercise scenario={hannah} text={text} />);
    await user(() => {});
    await user(() => {});
    expect((screen.getByRole('radio', { name: 'Decline' }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getAllByRole('heading', { name: /^Not quite yet/ }).length).toBeGreaterThan(0);
    expect($progress.get().exercises['conversation:hannah-solar-supplier']?.attempts).toBe(
      attempts,
    );
  });

  test('renders on the server without the sender’s answer', () => {
    const html = renderToString(<ConversationExercise scenario={hannah} text={text} />);
    expect(html).toContain('1. Your reply');
    expect(html).not.toContain(hannah.followUp!.message.trim());
  });
});
