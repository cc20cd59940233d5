import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { formatSessionTime } from '~/scorm';

/** SCORM 1.2 CMITimespan as scorm-again checks it. */
const CMI_TIMESPAN = /^([0-9]{2,4}):([0-9]{2}):([0-9]{2})(\.\d{1,2})?$/;

describe('formatSessionTime', () => {
  test('returns HHHH:MM:SS.SS', () => {
    expect(formatSessionTime(0)).toBe('0000:00:00.00');
    expect(formatSessionTime(247_254)).toBe('0000:04:07.25');
    expect(formatSessionTime(26 * 3600_000 + 61_000)).toBe('0026:01:01.00');
  });

  test('returns zero for a negative or non-finite duration', () => {
    expect(formatSessionTime(-5)).toBe('0000:00:00.00');
    expect(formatSessionTime(Number.NaN)).toBe('0000:00:00.00');
  });

  test('caps durations beyond 9999 hours', () => {
    expect(formatSessionTime(1e15)).toBe('9999:59:59.99');
  });

  test('returns a valid CMITimespan that reads back to the rounded duration', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 * 3600_000 }), (ms) => {
        const text = formatSessionTime(ms);
        const [, h, m, s] = CMI_TIMESPAN.exec(text)!.map(Number);
        const back = (h! * 3600 + m! * 60 + s!) * 1000;
        expect(Math.abs(back - ms)).toBeLessThan(1000 + 5);
        expect(m).toBeLessThan(60);
        expect(s).toBeLessThan(60);
      }),
    );
  });
});
