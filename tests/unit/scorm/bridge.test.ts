import { describe, expect, test } from 'vitest';
import { BRIDGE_KEY, findBridge } from '~/scorm/bridge';
import { sentSentence } from '~/scorm/browser';
import { standingElements, displayName, formatDuration } from '~/scorm/rte';

const bridge = { report: () => ({ interactions: 0, complete: false }) };

describe('finding the launch page from a course page', () => {
  test("finds the bridge in the frame's parent", () => {
    const top: Record<string, unknown> = { [BRIDGE_KEY]: bridge };
    top.parent = top;
    expect(findBridge({ parent: top })).toBe(bridge);
  });

  test('a parent of another origin (reading it throws) means no package', () => {
    const foreign = {
      get [BRIDGE_KEY]() {
        throw new DOMException('Blocked a frame', 'SecurityError');
      },
    };
    expect(findBridge({ parent: foreign })).toBeUndefined();
  });

  test('the open web: no bridge anywhere', () => {
    const top: Record<string, unknown> = {};
    top.parent = top;
    expect(findBridge(top)).toBeUndefined();
  });
});

describe('what the end screens say', () => {
  test('answers, the score and completion, in one sentence; nothing outside an LMS', () => {
    expect(sentSentence(undefined)).toBeUndefined();
    expect(
      sentSentence({ interactions: 12, complete: true, result: { percent: 80, passed: true } }),
    ).toBe(
      'Sent to your LMS: 12 answers, a score of 80% (passed) and the course as complete. Your instructor sees it in the LMS.',
    );
    expect(sentSentence({ interactions: 1, complete: false })).toBe(
      'Sent to your LMS: 1 answer. Your instructor sees it in the LMS.',
    );
  });
});

describe('status and score', () => {
  test('SCORM 2004 keeps completion (mastery) and success (the self-assessment) apart', () => {
    expect(standingElements({ complete: false, progress: 1 / 3 }, '2004')).toEqual([
      ['cmi.completion_status', 'incomplete'],
      ['cmi.progress_measure', '0.3333'],
      ['cmi.success_status', 'unknown'],
    ]);
    expect(
      standingElements(
        { complete: true, progress: 1, result: { percent: 73.33, passed: false } },
        '2004',
      ),
    ).toEqual([
      ['cmi.completion_status', 'completed'],
      ['cmi.progress_measure', '1'],
      ['cmi.success_status', 'failed'],
      ['cmi.score.min', '0'],
      ['cmi.score.max', '100'],
      ['cmi.score.raw', '73.33'],
      ['cmi.score.scaled', '0.7333'],
    ]);
  });

  test('SCORM 1.2: incomplete until mastery, then passed/failed, or completed without a score', () => {
    const status = (complete: boolean, result?: { percent: number; passed: boolean }) =>
      standingElements({ complete, progress: 0, ...(result ? { result } : {}) }, '1.2').at(-1);
    expect(status(false, { percent: 90, passed: true })).toEqual([
      'cmi.core.lesson_status',
      'incomplete',
    ]);
    expect(status(true, { percent: 90, passed: true })).toEqual([
      'cmi.core.lesson_status',
      'passed',
    ]);
    expect(status(true, { percent: 50, passed: false })).toEqual([
      'cmi.core.lesson_status',
      'failed',
    ]);
    expect(status(true)).toEqual(['cmi.core.lesson_status', 'completed']);
  });

  test('names and durations', () => {
    expect(displayName('Brooks, Owen')).toBe('Owen Brooks');
    expect(displayName('Owen Brooks')).toBe('Owen Brooks');
    expect(formatDuration(3_725_250)).toBe('PT1H2M5.25S');
    expect(formatDuration(-5)).toBe('PT0H0M0S');
  });
});
