import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { loadBank } from '~/node/bank';
import { importScenarioYaml } from '~/own-scenarios/import';
import { scenarioToYaml, yamlFileName } from '~/own-scenarios/yaml';
import { bank, ownScenario } from './fixtures';

const dir = mkdtempSync(join(tmpdir(), 'own-scenarios-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('scenarioToYaml', () => {
  test('writes a file the bank loads unchanged, with no problem', () => {
    const own = ownScenario();
    own.answer.why = 'Quotes "like this", a colon: here, # not a comment, and a line\nbreak.';
    writeFileSync(join(dir, yamlFileName(own)), scenarioToYaml(own));
    const loaded = loadBank(dir);
    expect(loaded.problems).toEqual([]);
    expect(loaded.scenarios.get(own.id)).toEqual(own);
  });

  test.each([...bank.values()].slice(0, 40).map((s) => [s.id, s] as const))(
    '%s: exported and read back is the same scenario',
    (_id, s) => {
      const r = importScenarioYaml(scenarioToYaml(s));
      expect(r).toEqual({ scenario: s });
    },
  );

  test('starts with the fields the format guide lists first', () => {
    expect(scenarioToYaml(ownScenario()).split('\n').slice(1, 4)).toEqual([
      'id: "own-guest-lecture"',
      expect.stringMatching(/^title: "/),
      expect.stringMatching(/^level: [123]$/),
    ]);
  });
});

describe('importScenarioYaml', () => {
  test('names the field that is wrong', () => {
    const text = scenarioToYaml(ownScenario()).replace(
      /^ {2}verdict: "reply"$/m,
      '  verdict: "maybe"',
    );
    const r = importScenarioYaml(text);
    expect('error' in r && r.error).toMatch(/^answer\.verdict: /m);
  });

  test('says when the file is not YAML', () => {
    const r = importScenarioYaml('id: "a\ntitle: [unclosed');
    expect('error' in r && r.error).toMatch(/not valid YAML/);
  });

  test('says when the file holds no scenario', () => {
    expect(importScenarioYaml('- just\n- a list\n')).toEqual({
      error: expect.stringMatching(/does not hold a scenario/),
    });
  });
});
