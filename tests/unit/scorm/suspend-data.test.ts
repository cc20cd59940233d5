import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { decodeEntries, encodeEntries, packEntry, SUSPEND_DATA_LIMIT } from '~/scorm';

const utf8 = (text: string) => new TextEncoder().encode(text).length;

/** `length` characters that DEFLATE cannot shrink (a linear congruential sequence). */
function noise(length: number, seed = 1): string {
  let x = seed;
  let text = '';
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    text += String.fromCharCode(33 + (x % 90));
  }
  return text;
}

/** Arbitrary JSON the quiz might keep: nested records, arrays and learner text in any script. */
const jsonValue = fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.parse(JSON.stringify(v)));
const entry = fc.tuple(fc.string({ minLength: 1, maxLength: 12 }), jsonValue);

describe('encodeEntries', () => {
  test('returns readable JSON when the data is short', () => {
    expect(encodeEntries([['quiz', { seed: 7 }]])).toBe('j{"v":1,"e":[["quiz",{"seed":7}]]}');
  });

  test('returns compressed data when the plain form is too long', () => {
    const draft = 'Hello Sam, thanks for the invitation. '.repeat(200);
    const data = encodeEntries([['draft', draft]])!;
    expect(data.startsWith('z')).toBe(true);
    expect(data.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
    expect(decodeEntries(data)).toEqual([['draft', draft]]);
  });

  test('counts UTF-8 bytes too, for LMSs that store bytes', () => {
    const text = 'é'.repeat(3000); // 3,000 characters but 6,000 bytes
    const data = encodeEntries([['draft', text]])!;
    expect(data.startsWith('z')).toBe(true);
    expect(utf8(data)).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
  });

  test('returns undefined when even the compressed form is too long', () => {
    expect(encodeEntries([['draft', noise(6000)]])).toBeUndefined();
  });
});

describe('decodeEntries', () => {
  test.each([
    ['empty', ''],
    ['another course', 'viewed=1,2,3|lastviewedslide=31'],
    ['truncated JSON', 'j{"v":1,"e":[["quiz"'],
    ['a newer version', 'j{"v":2,"e":[]}'],
    ['broken base64', 'z@@@'],
    ['base64 that is not deflate', 'zaGVsbG8='],
  ])('returns no entries for %s data', (_, data) => {
    expect(decodeEntries(data)).toEqual([]);
  });
});

describe('packEntry', () => {
  test('moves a rewritten entry to the newest place', () => {
    const result = packEntry(
      [
        ['a', 1],
        ['b', 2],
      ],
      'a',
      3,
    );
    expect(result.ok && result.entries).toEqual([
      ['b', 2],
      ['a', 3],
    ]);
  });

  test('drops the oldest entries first and keeps the one being written', () => {
    const result = packEntry(
      [
        ['old', noise(2500, 3)],
        ['middle', noise(2500, 5)],
      ],
      'current',
      'my answer',
      SUSPEND_DATA_LIMIT,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dropped[0]).toBe('old');
    expect(result.entries.at(-1)).toEqual(['current', 'my answer']);
  });

  test('refuses, without writing, a single entry that cannot fit', () => {
    expect(packEntry([], 'draft', noise(300), 200)).toEqual({ ok: false, reason: 'too-long' });
  });

  test('never exceeds the limit, keeps the current entry, and reads back what it kept', () => {
    fc.assert(
      fc.property(
        fc.array(entry, { maxLength: 8 }),
        entry,
        fc.integer({ min: 64, max: SUSPEND_DATA_LIMIT }),
        (before, [name, value], limit) => {
          const result = packEntry(before, name, value, limit);
          if (!result.ok) {
            // Only the current entry on its own may be too long.
            expect(encodeEntries([[name, value]], limit)).toBeUndefined();
            return;
          }
          expect(result.data.length).toBeLessThanOrEqual(limit);
          expect(utf8(result.data)).toBeLessThanOrEqual(limit);
          expect(result.entries.at(-1)).toEqual([name, value]);
          expect(decodeEntries(result.data)).toEqual(result.entries);
        },
      ),
      { numRuns: 300 },
    );
  });

  test('fits a full 10-item quiz with three long reply drafts', () => {
    const reply =
      'Hi Jordan, thank you for the invitation. I do not think we have met: could you tell me where we worked together? ';
    const quiz = {
      seed: 'a8f3c2',
      index: 9,
      answers: Array.from({ length: 10 }, (_, i) => ({
        id: `scenario-${i}`,
        verdict: 'reply',
        flags: ['false-colleague', 'no-note'],
        text: i < 3 ? reply.repeat(8) : undefined,
      })),
    };
    const result = packEntry([], 'quiz', quiz);
    expect(result.ok).toBe(true);
    if (result.ok)
      expect(decodeEntries(result.data)).toEqual([['quiz', JSON.parse(JSON.stringify(quiz))]]);
  });
});
