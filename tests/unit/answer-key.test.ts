import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadBank, SCENARIO_DIR } from '~/node/bank';
import { ANSWER_KEY_POLICY, isEmptyOrDefaultNote, policyPartials } from '~/schemas/answer-key';
import { FALSE_CLAIM_FLAG } from '~/schemas/constants';

const { scenarios } = loadBank();
const bank = [...scenarios.values()];

describe('the answer-key policy', () => {
  test('every bank file names its situation', () => {
    for (const s of bank) {
      const raw = readFileSync(join(SCENARIO_DIR, `${s.id}.yaml`), 'utf8');
      expect(raw, s.id).toMatch(/^situation: [a-z-]+$/m);
    }
  });

  test.each(bank.map((s) => [s.id, s] as const))(
    '%s: verdict and partial credit follow its situation',
    (_id, s) => {
      const policy = ANSWER_KEY_POLICY[s.situation!];
      expect(s.answer.verdict).toBe(policy.best);
      const key = (p: { verdict: string; credit: number }) => `${p.verdict}:${p.credit}`;
      expect(s.answer.partial.map(key).sort()).toEqual(
        policyPartials(s.situation!).map(key).sort(),
      );
    },
  );

  test('every situation is used, and every row names each other verdict once', () => {
    for (const [situation, row] of Object.entries(ANSWER_KEY_POLICY)) {
      expect(
        bank.some((s) => s.situation === situation),
        situation,
      ).toBe(true);
      expect(Object.keys(row.others).sort()).toEqual(
        ['accept', 'reply', 'ignore'].filter((v) => v !== row.best).sort(),
      );
    }
  });
});

describe('flags agree with the situation', () => {
  test.each(bank.map((s) => [s.id, s] as const))('%s', (_id, s) => {
    const flags = new Set(s.answer.flags);
    const falseClaims = s.answer.flags.filter((f) => f.startsWith('false-'));
    switch (s.situation) {
      case 'real-relationship':
      case 'honest-stranger':
        // An honest invitation to accept shows no red flag (a true relationship is its own reason).
        expect(s.answer.flags).toEqual([]);
        break;
      case 'likely-slip':
      case 'false-claim-worth-asking':
        // The route's own false claim; the note may add another ("my old colleague").
        expect(falseClaims).toContain(FALSE_CLAIM_FLAG[s.invitation.via]);
        break;
      case 'unexplained-worth-asking':
        expect(['other', 'group', 'none']).toContain(s.invitation.via);
        break;
      case 'pitch':
        expect(flags.has('sales-pitch')).toBe(true);
        break;
      case 'scam':
        expect(flags.has('suspicious-profile')).toBe(true);
        break;
    }
  });
});

/**
 * The rule for `no-reason` (docs/scenario-format.md): it is a flag whenever the note is empty or
 * LinkedIn's default, unless the relationship is real (a true claim is its own reason); a note
 * that says something but no reason may also carry it, and the grader treats it as debatable
 * (neutral) when a file leaves it out.
 */
describe('no-reason', () => {
  test.each(bank.map((s) => [s.id, s] as const))('%s follows the rule', (_id, s) => {
    const flagged = s.answer.flags.includes('no-reason');
    if (s.situation === 'real-relationship' || s.situation === 'honest-stranger') {
      expect(flagged).toBe(false);
    } else if (isEmptyOrDefaultNote(s.invitation.note)) {
      expect(flagged).toBe(true);
    }
  });
});
