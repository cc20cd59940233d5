import { describe, expect, test } from 'vitest';
import { gradeReply } from '../../../../src/grader/index';
import { makeScenario, replyMet as met } from '../helpers';

describe('asks-how-to-help', () => {
  test.each([
    ['What are you hoping to get out of connecting?', true],
    ['Let me know how I can help.', true],
    ['What can I do for you?', true],
    ['Why would you like to connect?', true],
    ['What made you reach out?', true],
    ["What's this about?", true],
    ["Tell me what you'd like from me.", true],
    ['Tell me what you are after.', true],
    ['Tell me what you have in mind.', true],
    ["What's on your mind?", true],
    ["Let me know if there's anything I can do for you.", true],
    ['Let me know if I can ever help!', false],
    ["What's the context for your invitation?", true],
    ['Why would I connect with a stranger selling investments?', false],
    ['What exactly are you after?', true],
    ["What's the ask?", true],
    ['What would make this connection worthwhile for you?', true],
    ['Could it be you were looking for another Omar?', false],
    ["I'm not looking for advice, but could you tell me how you found me?", false],
    ['whats the reason for connecting?', true],
    ["what's the reason for the add?", true],
    ['And what would a call be about?', true],
    ["I'm happy to share what I know about wind projects.", false],
    ['and whatcha looking for from connecting?', true],
    ["I don't really need to know how we met, just curious what you'd like help with?", true],
    ["No need to tell me how we know each other, just tell me what you're after.", true],
    ['En quoi pourrais-je vous être utile ?', true],
    ['I would welcome hearing how you think I might help.', true],
    ["I'm glad to hear from you, but your note didn't say why you'd like to connect.", false],
    ['Can you help me understand?', false],
    ["I'm always happy to help people in tech.", false],
  ])('returns %s -> %s', (text, want) => {
    expect(met(text, 'asks-how-to-help')).toBe(want);
  });
});

describe('asks-how-to-help in a reply addressed to someone else', () => {
  test('returns not met, telling the learner to ask the sender', () => {
    const r = gradeReply(
      makeScenario(),
      'Hi Rita, Lena Park says we studied together. How do you know her, and how can I help her?',
    );
    const c = r.criteria.find((x) => x.id === 'asks-how-to-help')!;
    expect(c.met).toBe(false);
    expect(c.feedback).toMatch(/Your questions go to Rita; ask Lena/);
  });
});
