import { describe, expect, test } from 'vitest';
import {
  interactionElements,
  interactionRecord,
  objectiveElements,
  objectiveRecords,
  type AnsweredItem,
} from '~/scorm/interactions';
import { activityItems, exerciseItems } from '~/scorm/answers';

const verdict: AnsweredItem = {
  id: 'verdict:betty-same-school',
  description: "Lesson 3, False claims: verdict and red flags on Betty Carter's invitation",
  response: ['reply', 'false-classmate', 'false-classmate'],
  correct: ['reply', 'false-classmate'],
  passed: true,
  share: 1,
  weighting: 1,
  skill: 'deciding',
  at: '2026-12-06T14:31:47.250Z',
};

const longReply = `Hi Betty,\n\nThanks for the invitation. ${'I never went to Duke. '.repeat(20)}How do we know each other?`;
const reply: AnsweredItem = {
  id: 'reply:betty-same-school',
  description: 'Lesson 6, Writing the clarifying reply: clarifying reply to Betty Carter',
  response: longReply,
  passed: false,
  share: 0.5,
  weighting: 1,
  skill: 'replying',
  at: '2026-12-06T14:35:02.000Z',
};

describe('interaction records', () => {
  test('a verdict with flags is a choice in SCORM 2004, with every element LMSs need, in order', () => {
    const record = interactionRecord(verdict, '2004');
    expect(record).toEqual({
      id: 'verdict:betty-same-school',
      type: 'choice',
      description: "Lesson 3, False claims: verdict and red flags on Betty Carter's invitation",
      learnerResponse: 'reply[,]false-classmate',
      correctResponse: 'reply[,]false-classmate',
      result: 'correct',
      weighting: '1',
      time: '2026-12-06T14:31:47.25Z',
      objective: 'deciding',
    });
    expect(interactionElements(record, 3, '2004')).toEqual([
      ['cmi.interactions.3.id', 'verdict:betty-same-school'],
      ['cmi.interactions.3.type', 'choice'],
      ['cmi.interactions.3.objectives.0.id', 'deciding'],
      ['cmi.interactions.3.timestamp', '2026-12-06T14:31:47.25Z'],
      [
        'cmi.interactions.3.description',
        "Lesson 3, False claims: verdict and red flags on Betty Carter's invitation",
      ],
      ['cmi.interactions.3.correct_responses.0.pattern', 'reply[,]false-classmate'],
      ['cmi.interactions.3.weighting', '1'],
      ['cmi.interactions.3.learner_response', 'reply[,]false-classmate'],
      ['cmi.interactions.3.result', 'correct'],
    ]);
  });

  test('the same verdict in SCORM 1.2: comma list, time of day, student_response, no description', () => {
    const record = interactionRecord({ ...verdict, passed: false }, '1.2');
    expect(interactionElements(record, 0, '1.2')).toEqual([
      ['cmi.interactions.0.id', 'verdict:betty-same-school'],
      ['cmi.interactions.0.type', 'choice'],
      ['cmi.interactions.0.objectives.0.id', 'deciding'],
      ['cmi.interactions.0.time', '14:31:47'],
      ['cmi.interactions.0.correct_responses.0.pattern', 'reply,false-classmate'],
      ['cmi.interactions.0.weighting', '1'],
      ['cmi.interactions.0.student_response', 'reply,false-classmate'],
      ['cmi.interactions.0.result', 'wrong'],
    ]);
  });

  test('a reply is long-fill-in in 2004 (one line, whole) and fill-in trimmed to 255 in 1.2', () => {
    const flat = longReply.replace(/\s+/g, ' ');
    const in2004 = interactionRecord(reply, '2004');
    expect(in2004.type).toBe('long-fill-in');
    expect(in2004.learnerResponse).toBe(flat);
    expect(in2004.result).toBe('incorrect');
    expect(in2004.correctResponse).toBeUndefined();
    const in12 = interactionRecord(reply, '1.2');
    expect(in12.type).toBe('fill-in');
    expect(in12.learnerResponse).toHaveLength(255);
    expect(in12.learnerResponse).toBe(flat.slice(0, 254).trimEnd() + '…');
    expect(in12.time).toBe('14:35:02');
  });

  test('a reply starting with "{" is not read as a language tag; ids lose their spaces', () => {
    const record = interactionRecord(
      { ...reply, id: 'quiz:a b:1', response: '{hi} there' },
      '2004',
    );
    expect(record.learnerResponse).toBe('{lang=en}{hi} there');
    expect(record.id).toBe('quiz:a_b:1');
  });

  test('objectives: one per skill, the mean share as a score, passed at 80%; none yet, no score', () => {
    expect(objectiveRecords([verdict]).map((o) => [o.id, o.answers])).toEqual([
      ['spotting', 0],
      ['deciding', 1],
      ['replying', 0],
    ]);
    expect(objectiveElements(objectiveRecords([verdict])[0]!, 0, '1.2')).toEqual([
      ['cmi.objectives.0.id', 'spotting'],
      ['cmi.objectives.0.status', 'not attempted'],
    ]);
    const spot = { ...verdict, id: 'quiz:s:10:1', skill: 'spotting' as const, share: 0.75 };
    const records = objectiveRecords([verdict, reply, { ...reply, id: 'x', share: 1 }, spot]);
    expect(records).toEqual([
      { id: 'spotting', raw: 75, answers: 1, passed: false },
      { id: 'deciding', raw: 100, answers: 1, passed: true },
      { id: 'replying', raw: 75, answers: 2, passed: false },
    ]);
    expect(objectiveElements(records[0]!, 0, '2004')).toEqual([
      ['cmi.objectives.0.id', 'spotting'],
      ['cmi.objectives.0.score.min', '0'],
      ['cmi.objectives.0.score.max', '100'],
      ['cmi.objectives.0.score.raw', '75'],
      ['cmi.objectives.0.score.scaled', '0.75'],
      ['cmi.objectives.0.success_status', 'failed'],
      ['cmi.objectives.0.completion_status', 'completed'],
    ]);
    expect(objectiveElements(records[1]!, 1, '1.2')).toEqual([
      ['cmi.objectives.1.id', 'deciding'],
      ['cmi.objectives.1.score.min', '0'],
      ['cmi.objectives.1.score.max', '100'],
      ['cmi.objectives.1.score.raw', '100'],
      ['cmi.objectives.1.status', 'passed'],
    ]);
  });
});

describe('answers as items', () => {
  const check = (answer: unknown, passed: boolean, at: string) => ({
    answer,
    score: passed ? 4 : 1,
    maxScore: 4,
    passed,
    at,
  });

  test('lesson exercises: the last check, its result and share; unchecked and unknown ones left out', () => {
    const items = exerciseItems(
      {
        'verdict:betty-same-school': {
          passed: true,
          last: check(
            { verdict: 'reply', flags: ['false-classmate'] },
            false,
            '2026-01-02T00:00:00Z',
          ),
        },
        'reply:betty-same-school': {
          passed: true,
          last: check(
            { text: 'Hi Betty, how do we know each other?' },
            true,
            '2026-01-03T00:00:00Z',
          ),
        },
        'followup:kim': {
          passed: false,
          last: check({ decision: 'decline' }, false, '2026-01-04T00:00:00Z'),
        },
        'verdict:not-in-the-package': {
          passed: true,
          last: check({ verdict: 'accept' }, true, ''),
        },
      },
      {
        'verdict:betty-same-school': {
          description: 'V',
          skill: 'deciding',
          correct: ['reply', 'false-classmate'],
        },
        'reply:betty-same-school': { description: 'R', skill: 'replying' },
        'followup:kim': { description: 'F', skill: 'deciding', correct: ['accept-with-caution'] },
        'note:never-checked': { description: 'N', skill: 'replying' },
      },
    );
    expect(items).toEqual([
      {
        id: 'verdict:betty-same-school',
        description: 'V',
        response: ['reply', 'false-classmate'],
        correct: ['reply', 'false-classmate'],
        passed: false,
        share: 0.25,
        weighting: 1,
        skill: 'deciding',
        at: '2026-01-02T00:00:00Z',
      },
      {
        id: 'reply:betty-same-school',
        description: 'R',
        response: 'Hi Betty, how do we know each other?',
        passed: true,
        share: 1,
        weighting: 1,
        skill: 'replying',
        at: '2026-01-03T00:00:00Z',
      },
      {
        id: 'followup:kim',
        description: 'F',
        response: ['decline'],
        correct: ['accept-with-caution'],
        passed: false,
        share: 0.25,
        weighting: 1,
        skill: 'deciding',
        at: '2026-01-04T00:00:00Z',
      },
    ]);
  });

  test('self-assessment questions: one item per answered question, numbered from 1', () => {
    const items = activityItems(
      'quiz',
      'abc:5',
      [
        {
          scenario: 'a',
          kind: 'spot',
          name: 'Spot the flags',
          skill: 'spotting',
          share: 0.5,
          passed: false,
          answer: { flags: ['vague-route'] },
        },
        {
          scenario: 'b',
          kind: 'decide',
          name: 'Choose the verdict',
          skill: 'deciding',
          share: 0,
          passed: false,
          answer: {},
        },
        {
          scenario: 'c',
          kind: 'reply',
          name: 'Write the reply',
          skill: 'replying',
          share: 1,
          passed: true,
          answer: { reply: 'Hi' },
        },
      ],
      '2026-01-05T00:00:00Z',
    );
    expect(items.map((i) => [i.id, i.response, i.description])).toEqual([
      ['quiz:abc:5:1', ['vague-route'], 'Self-assessment, question 1: Spot the flags (a)'],
      ['quiz:abc:5:3', 'Hi', 'Self-assessment, question 3: Write the reply (c)'],
    ]);
  });
});

describe('responses of every exercise kind', () => {
  test('choices, marks, texts and conversations', async () => {
    const { responseOf } = await import('~/scorm/answers');
    expect(responseOf('verdict', { verdict: 'ignore', flags: [] })).toEqual(['ignore']);
    expect(responseOf('spot', { flags: ['vague-route'] })).toEqual(['vague-route']);
    expect(responseOf('spot', { marks: ['headline', 'note:0'] })).toEqual(['headline', 'note:0']);
    expect(responseOf('followup', { decision: 'decline' })).toEqual(['decline']);
    expect(responseOf('note', { text: 'Hi Priya' })).toBe('Hi Priya');
    expect(responseOf('reply', { reply: ' ' })).toBeUndefined();
    expect(responseOf('conversation', { reply: 'Hi, have we met?', decision: 'decline' })).toBe(
      'Reply: Hi, have we met? Decision: decline',
    );
    expect(responseOf('verdict', {})).toBeUndefined();
  });
});
