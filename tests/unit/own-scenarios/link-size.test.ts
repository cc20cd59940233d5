/**
 * The QR code limit stated in docs/instructors.md ("Write your own scenario"): a link with one
 * own scenario fits a QR code whatever its length; two of typical length still fit; past 2,953
 * characters there is no QR code, only the link.
 */
import { encode } from 'uqr';
import { describe, expect, test } from 'vitest';
import { decodeAssignment, MAX_LINK_CHARS } from '~/assignment/link';
import { MAX_CUSTOM_SCENARIOS, type Assignment } from '~/schemas/assignment';
import type { Scenario } from '~/schemas/scenario';
import {
  assignmentUrlWithOwn,
  qrLevelFor,
  QR_MAX_CHARS,
  QR_MAX_CHARS_M,
} from '~/own-scenarios/link-size';
import { bank } from './fixtures';

const ORIGIN = 'https://course.example.edu/say-no';
const all = [...bank.values()];
const size = (s: Scenario) => JSON.stringify(s).length;
const bySize = [...all].sort((a, b) => size(b) - size(a));
const median = size(bySize[Math.floor(bySize.length / 2)]!);
/** The longest scenarios of the bank, and those of typical (at most median) length. */
const longest = bySize;
const typical = bySize.filter((s) => size(s) <= median);
const renamed = (list: Scenario[], n: number) =>
  list.slice(0, n).map((s, i) => ({ ...s, id: `own-${i}-${s.id}`.slice(0, 80) }));

function linkWith(own: Scenario[]): string {
  const assignment: Assignment = {
    v: 2,
    title: 'Week 3: invitations from strangers',
    passMark: 80,
    scenarios: [...all.slice(0, 10).map((s) => s.id), ...own.map((s) => s.id)],
    tasks: ['judge', 'reply', 'followup'],
    weights: { judge: 1, reply: 1, followup: 1 },
    review: true,
  };
  return assignmentUrlWithOwn(ORIGIN, assignment, own);
}

describe('QR code limits', () => {
  test('the stated limits are what the QR library holds', () => {
    // A payload like a real one: base64url characters in no pattern the QR encoder could pack.
    const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    let seed = 7;
    const payload = Array.from({ length: 4000 }, () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return B64[seed % 64];
    }).join('');
    const link = (n: number) =>
      `${ORIGIN}/assignment/#a=${payload.slice(0, n - ORIGIN.length - 15)}`;
    expect(() => encode(link(QR_MAX_CHARS_M), { ecc: 'M' })).not.toThrow();
    expect(() => encode(link(QR_MAX_CHARS_M + 1), { ecc: 'M' })).toThrow();
    expect(() => encode(link(QR_MAX_CHARS), { ecc: 'L' })).not.toThrow();
    expect(() => encode(link(QR_MAX_CHARS + 1), { ecc: 'L' })).toThrow();
  });

  test('a link with one own scenario, even the longest of the bank, fits a level M QR code', () => {
    const link = linkWith(renamed(longest, 1));
    expect(qrLevelFor(link)).toBe('M');
  });

  test('a link with two own scenarios of typical length fits a QR code', () => {
    expect(qrLevelFor(linkWith(renamed(typical, 2)))).not.toBeNull();
  });

  test('past the limit the link gets no QR code but still opens', () => {
    const link = linkWith(renamed(longest, 3));
    expect(link.length).toBeGreaterThan(QR_MAX_CHARS);
    expect(qrLevelFor(link)).toBeNull();
    expect(decodeAssignment(link).ok).toBe(true);
  });

  test(`the most own scenarios a link carries (${MAX_CUSTOM_SCENARIOS}) stay under the link limit`, () => {
    const link = linkWith(renamed(longest, MAX_CUSTOM_SCENARIOS));
    expect(link.split('#a=')[1]!.length).toBeLessThan(MAX_LINK_CHARS);
    const r = decodeAssignment(link);
    expect(r.ok && r.assignment.custom?.length).toBe(MAX_CUSTOM_SCENARIOS);
  });
});
