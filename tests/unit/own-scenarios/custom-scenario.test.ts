import { describe, expect, test } from 'vitest';
import { assignmentFingerprint, assignmentDifferences } from '~/assignment/fingerprint';
import { decodeAssignment, encodeAssignment } from '~/assignment/link';
import { withOwnScenarios } from '~/assignment/own';
import type { Assignment } from '~/schemas/assignment';
import { compactScenario, customScenarioSchema } from '~/schemas/custom-scenario';
import { bank, ownScenario } from './fixtures';

const base: Assignment = {
  v: 2,
  title: 'Week 3',
  passMark: 80,
  scenarios: ['betty-same-school', 'own-guest-lecture'],
  tasks: ['judge', 'reply', 'followup'],
  weights: { judge: 1, reply: 1, followup: 1 },
  review: true,
};

describe('customScenarioSchema', () => {
  test.each([...bank.values()].map((s) => [s.id, s] as const))(
    '%s: the compact form reads back as the same scenario',
    (_id, s) => {
      expect(customScenarioSchema.parse(compactScenario(s))).toEqual(s);
    },
  );

  test('rejects a reply scenario without a model reply, naming answer.reply', () => {
    const s = ownScenario();
    const r = customScenarioSchema.safeParse({ ...s, answer: { ...s.answer, reply: undefined } });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path.join('.'))).toContain('answer.reply');
  });
});

describe('assignment links with own scenarios', () => {
  const own = ownScenario();
  const withOwn: Assignment = { ...base, custom: [own] };

  test('carry the scenario inline and give it back in full', () => {
    const r = decodeAssignment(encodeAssignment(withOwn));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.assignment.custom).toEqual([own]);
  });

  test('carry it compact: no empty list or default value in the payload', () => {
    const json = JSON.stringify(compactScenario(own));
    expect(json).not.toContain('[]');
    expect(json).not.toContain('"mutualConnections":0');
    expect(json).not.toContain('"on":"note"');
  });

  test('reject a link whose own scenario breaks a rule, naming the field', () => {
    const broken = { ...own, answer: { ...own.answer, verdict: 'maybe' } };
    const payload = encodeAssignment(base);
    expect(payload).toBeTruthy();
    // Encoding refuses it, so build the link as a hand-edited one would be.
    expect(() => encodeAssignment({ ...base, custom: [broken as never] })).toThrow();
  });

  test('refuse the same own scenario twice', () => {
    expect(() => encodeAssignment({ ...base, custom: [own, own] })).toThrow(/listed twice/);
  });

  test('the fingerprint covers the own scenarios', () => {
    const changed = { ...own, answer: { ...own.answer, why: `${own.answer.why} Really.` } };
    const a = assignmentFingerprint(withOwn);
    expect(assignmentFingerprint({ ...base, custom: [changed] })).not.toBe(a);
    expect(assignmentFingerprint(base)).not.toBe(a);
    // Full or compact, the same scenario gives the same fingerprint.
    const reopened = decodeAssignment(encodeAssignment(withOwn));
    expect(reopened.ok && assignmentFingerprint(reopened.assignment)).toBe(a);
  });

  test('a file whose own scenario differs is told apart by name', () => {
    const changed = {
      ...own,
      answer: {
        ...own.answer,
        verdict: 'ignore' as const,
        reply: undefined,
        partial: [],
        followUp: undefined,
      },
    };
    expect(assignmentDifferences({ ...base, custom: [changed] }, withOwn)).toEqual([
      "This file's own scenarios differ from the assignment's (own-guest-lecture).",
    ]);
  });

  test('the bank merged with the link has the own scenario', () => {
    const merged = withOwnScenarios(bank, withOwn, (s) => s);
    expect(merged.get('own-guest-lecture')).toEqual(own);
    expect(merged.size).toBe(bank.size + 1);
    expect(withOwnScenarios(bank, base, (s) => s)).toBe(bank);
  });
});
