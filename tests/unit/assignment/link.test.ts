import fc from 'fast-check';
import { strToU8, zlibSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import {
  adler32,
  assignmentUrl,
  decodeAssignment,
  encodeAssignment,
  fromBase64Url,
  MAX_LINK_CHARS,
  toBase64Url,
} from '~/assignment/link';
import { assignmentFingerprint } from '~/assignment/fingerprint';
import { TASKS, type Assignment } from '~/schemas/assignment';

const idArb = fc.stringMatching(/^[a-z0-9]{1,12}(-[a-z0-9]{1,8}){0,3}$/);
/** Any valid assignment, titles included with HTML, quotes, emoji and formulas. */
const assignmentArb: fc.Arbitrary<Assignment> = fc.record({
  v: fc.constant(1 as const),
  title: fc
    .oneof(
      fc.string({ minLength: 1, maxLength: 120 }),
      fc.constantFrom('<img src=x onerror=alert(1)>', '=HYPERLINK("x")', '__proto__', 'Ünïcødé 🎓'),
    )
    .filter((t) => t.trim().length > 0 && t.trim() === t),
  passMark: fc.integer({ min: 0, max: 100 }),
  scenarios: fc.uniqueArray(idArb, { minLength: 1, maxLength: 40 }),
  tasks: fc.uniqueArray(fc.constantFrom(...TASKS), { minLength: 1, maxLength: 3 }),
});
const sample: Assignment = {
  v: 1,
  title: 'Week 3: false claims',
  passMark: 80,
  scenarios: ['betty-same-school', 'kenji-wrong-university'],
  tasks: ['judge', 'reply'],
};
/** Encodes any JSON value the way a link does, to build hostile links. */
const rawLink = (value: unknown) => toBase64Url(zlibSync(strToU8(JSON.stringify(value))));

describe('base64url', () => {
  test('round-trips any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(fromBase64Url(toBase64Url(bytes))).toEqual(bytes);
      }),
    );
  });
  test('returns null for characters outside the alphabet', () => {
    expect(fromBase64Url('abc+')).toBeNull();
    expect(fromBase64Url('a b')).toBeNull();
  });
});

describe('adler32', () => {
  test('returns the checksum zlib stores', () => {
    const data = strToU8('Wikipedia');
    expect(adler32(data)).toBe(0x11e60398);
  });
});

describe('encodeAssignment / decodeAssignment', () => {
  test('round-trips any valid assignment', () => {
    fc.assert(
      fc.property(assignmentArb, (a) => {
        const decoded = decodeAssignment(`#a=${encodeAssignment(a)}`);
        expect(decoded).toEqual({ ok: true, assignment: a });
      }),
      { numRuns: 300 },
    );
  });

  test('accepts a full link, a hash or the bare payload', () => {
    const url = assignmentUrl('https://course.example/', sample);
    expect(url).toMatch(/^https:\/\/course\.example\/assignment\/#a=[\w-]+$/);
    const payload = url.split('#a=')[1]!;
    for (const input of [url, `#a=${payload}`, payload]) {
      expect(decodeAssignment(input)).toEqual({ ok: true, assignment: sample });
    }
  });

  test('keeps a 40-scenario assignment well under the link limit', () => {
    const big = {
      ...sample,
      scenarios: Array.from({ length: 40 }, (_, i) => `scenario-name-${i}`),
    };
    expect(encodeAssignment(big).length).toBeLessThan(MAX_LINK_CHARS / 4);
  });

  test('refuses to encode an invalid assignment', () => {
    expect(() => encodeAssignment({ ...sample, passMark: 101 })).toThrow();
  });

  test('returns "missing" for an empty hash', () => {
    expect(decodeAssignment('')).toMatchObject({ ok: false, kind: 'missing' });
    expect(decodeAssignment('#')).toMatchObject({ ok: false, kind: 'missing' });
    expect(decodeAssignment('#b=1')).toMatchObject({ ok: false, kind: 'missing' });
  });

  test('returns "corrupt" for every truncation of a link', () => {
    const payload = encodeAssignment(sample);
    for (let cut = 1; cut < payload.length; cut++) {
      const r = decodeAssignment(`#a=${payload.slice(0, cut)}`);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toMatch(/instructor/);
    }
  });

  test('never accepts a link with one character changed, and never throws', () => {
    const payload = encodeAssignment(sample);
    fc.assert(
      fc.property(
        fc.nat(payload.length - 1),
        fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'),
        (at, ch) => {
          fc.pre(payload[at] !== ch);
          const tampered = payload.slice(0, at) + ch + payload.slice(at + 1);
          const r = decodeAssignment(`#a=${tampered}`);
          // A change in the last character's unused bits decodes to the same bytes.
          if (r.ok) expect(r.assignment).toEqual(sample);
        },
      ),
      { numRuns: 500 },
    );
  });

  test('never throws on any string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), (s) => {
        const r = decodeAssignment(s);
        expect(typeof r.ok).toBe('boolean');
      }),
    );
  });

  test('returns "not-base64" for characters a link never has', () => {
    expect(decodeAssignment('#a=<script>')).toMatchObject({ ok: false, kind: 'not-base64' });
  });

  test('returns "too-long" for an oversized link', () => {
    expect(decodeAssignment(`#a=${'A'.repeat(MAX_LINK_CHARS + 1)}`)).toMatchObject({
      ok: false,
      kind: 'too-long',
    });
    expect(decodeAssignment('x'.repeat(1_000_000))).toMatchObject({ ok: false, kind: 'too-long' });
  });

  test('returns "too-large" for a small link that inflates to megabytes (a zip bomb)', () => {
    const bomb = toBase64Url(zlibSync(new Uint8Array(3_000_000).fill(32), { level: 9 }));
    expect(bomb.length).toBeLessThan(MAX_LINK_CHARS);
    expect(decodeAssignment(`#a=${bomb}`)).toMatchObject({ ok: false, kind: 'too-large' });
  });

  test('returns "not-json" for compressed text that is not JSON', () => {
    const payload = toBase64Url(zlibSync(strToU8('hello <b>world</b>')));
    expect(decodeAssignment(`#a=${payload}`)).toMatchObject({ ok: false, kind: 'not-json' });
  });

  test('returns "invalid" naming the field for a well-formed but wrong assignment', () => {
    const r = decodeAssignment(`#a=${rawLink({ ...sample, passMark: 'all' })}`);
    expect(r).toMatchObject({ ok: false, kind: 'invalid' });
    if (!r.ok) expect(r.message).toMatch(/passMark/);
  });

  test('rejects hostile values: huge titles, bad ids, prototype keys', () => {
    const hostile = [
      { ...sample, title: 'x'.repeat(10_000) },
      { ...sample, scenarios: ['../../etc/passwd'] },
      { ...sample, scenarios: ['<img src=x>'] },
      { ...sample, scenarios: Array.from({ length: 41 }, (_, i) => `s-${i}`) },
      { ...sample, tasks: ['judge', 'judge'] },
      { ...sample, v: 3 },
      JSON.parse('{"__proto__": {"polluted": true}, "v": 1}'),
    ];
    for (const value of hostile) {
      expect(decodeAssignment(`#a=${rawLink(value)}`).ok).toBe(false);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('drops unknown fields, including __proto__', () => {
    const extra = JSON.parse(
      `{"__proto__":{"polluted":1},"extra":"x",${JSON.stringify(sample).slice(1)}`,
    );
    const r = decodeAssignment(`#a=${rawLink(extra)}`);
    expect(r).toEqual({ ok: true, assignment: sample });
    if (r.ok) expect(Object.keys(r.assignment)).not.toContain('extra');
  });
});

describe('assignmentFingerprint', () => {
  test('returns the same fingerprint whatever the task order, another for other content', () => {
    const a = assignmentFingerprint(sample);
    expect(assignmentFingerprint({ ...sample, tasks: ['reply', 'judge'] })).toBe(a);
    expect(assignmentFingerprint({ ...sample, passMark: 70 })).not.toBe(a);
    expect(a).toMatch(/^[0-9a-f]{12}$/);
  });
});
