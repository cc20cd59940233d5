import { describe, expect, test } from 'vitest';
import { createLmsSession } from '~/scorm';
import { createSessionKeeper } from '~/scorm/keeper';
import { fakeApi } from './fake-api';

/** A keeper over a fake LMS with a clock the test moves. */
function setup(faults = {}) {
  const lms = fakeApi({}, faults);
  let time = 0;
  const keeper = createSessionKeeper(lms.api, () => time);
  return { ...lms, keeper, tick: (ms: number) => (time += ms) };
}

describe('createSessionKeeper', () => {
  test('initialises the LMS once for any number of page loads', () => {
    const { keeper, calls } = setup();
    for (let page = 0; page < 3; page++) {
      const session = createLmsSession({ api: keeper.api, now: () => 0 });
      expect(session.start()).toBe(true);
      session.finish();
    }
    expect(calls.filter((c) => c == 'LMSInitialize')).toHaveLength(1);
    expect(calls).not.toContain('LMSFinish');
  });

  test("turns a page's finish into a commit", () => {
    const { keeper, calls } = setup();
    keeper.api.LMSInitialize('');
    expect(keeper.api.LMSFinish('')).toBe('true');
    expect(calls.at(-1)).toBe('LMSCommit');
  });

  test('reports the session time of the whole launch, not of one page', () => {
    const { keeper, data, tick } = setup();
    keeper.api.LMSInitialize('');
    tick(90_000);
    keeper.api.LMSSetValue('cmi.core.session_time', '0000:00:01.00');
    expect(data['cmi.core.session_time']).toBe('0000:01:30.00');
  });

  test('finishes the LMS session once, on close', () => {
    const { keeper, calls, data, tick } = setup();
    keeper.api.LMSInitialize('');
    tick(5_000);
    keeper.close();
    keeper.close();
    expect(calls.filter((c) => c == 'LMSFinish')).toHaveLength(1);
    expect(data['cmi.core.session_time']).toBe('0000:00:05.00');
  });

  test('ignores writes from pages still unloading after close, and refuses a new start', () => {
    const { keeper, calls } = setup();
    keeper.api.LMSInitialize('');
    keeper.close();
    const before = calls.length;
    expect(keeper.api.LMSSetValue('cmi.suspend_data', 'x')).toBe('true');
    expect(keeper.api.LMSCommit('')).toBe('true');
    expect(keeper.api.LMSFinish('')).toBe('true');
    expect(keeper.api.LMSInitialize('')).toBe('false');
    expect(calls.slice(before)).toEqual([]);
  });

  test('passes a failed first initialise through, errors included', () => {
    const { keeper } = setup({ initialize: '101' });
    expect(keeper.api.LMSInitialize('')).toBe('false');
    expect(keeper.api.LMSGetLastError()).toBe('101');
    expect(keeper.api.LMSGetErrorString('101')).toBe('General exception');
    keeper.close();
  });
});
