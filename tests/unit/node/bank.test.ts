import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadBank, parseScenario } from '../../../src/node/bank';
import { gradeReply } from '../../../src/grader/index';
import { MODEL_REPLY_MIN_SHARE } from '../../../src/own-scenarios/rules';

describe('loadBank', () => {
  test('returns every scenario in src/content/scenarios without problems', () => {
    const { scenarios, problems } = loadBank();
    expect(problems).toEqual([]);
    expect(scenarios.size).toBeGreaterThan(0);
  });

  test('returns problems naming the file for bad YAML, bad fields and a wrong id', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bank-'));
    writeFileSync(join(dir, 'broken.yaml'), 'id: [unclosed');
    writeFileSync(join(dir, 'bad.yaml'), 'id: bad\ntitle: x\n');
    const { scenarios } = loadBank();
    const good = [...scenarios.values()][0]!;
    writeFileSync(join(dir, 'other-name.yaml'), JSON.stringify(good));
    writeFileSync(join(dir, `${good.id}.yaml`), JSON.stringify(good));
    const r = loadBank(dir);
    expect(r.problems.map((p) => p.file)).toEqual(['bad.yaml', 'broken.yaml', 'other-name.yaml']);
    expect(r.problems[0]!.error).toMatch(/level/);
    expect(r.problems[1]!.error).toMatch(/YAML/);
    expect(r.problems[2]!.error).toMatch(/file name/);
    expect(r.scenarios.size).toBe(1);
  });
});

describe('parseScenario', () => {
  test('returns an error naming the field', () => {
    expect(parseScenario({ id: 'x' })).toMatchObject({ error: expect.stringContaining('title') });
  });
});

describe('bank model replies', () => {
  const { scenarios } = loadBank();
  const replies = [...scenarios.values()].filter((s) => s.answer.verdict === 'reply');
  test.each(replies.map((s) => [s.id, s] as const))(
    'returns at least 90%% for the model reply of %s',
    (_id, s) => {
      const r = gradeReply(s, s.answer.reply!);
      const missed = r.criteria.filter((c) => c.met === false).map((c) => `${c.id}: ${c.feedback}`);
      // The scenario editor asks the same of an instructor's model reply (one rule).
      expect(r.score / r.maxScore, missed.join('\n')).toBeGreaterThanOrEqual(MODEL_REPLY_MIN_SHARE);
    },
  );
});
