import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const astro = path.join(root, 'node_modules/.bin/astro');
let site: string;

/**
 * A throwaway Astro project (inside the repo, so node_modules resolves) with the real collection
 * config and schemas, a valid scenario and one broken file: `astro sync` must refuse it.
 */
function syncWith(file?: string, yaml = '') {
  const scenarios = path.join(site, 'src/content/scenarios');
  rmSync(scenarios, { recursive: true, force: true });
  mkdirSync(scenarios, { recursive: true });
  cpSync(
    path.join(root, 'src/content/scenarios/betty-same-school.yaml'),
    path.join(scenarios, 'betty-same-school.yaml'),
  );
  if (file) writeFileSync(path.join(scenarios, file), yaml);
  return spawnSync(astro, ['sync', '--root', site], {
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
  });
}

beforeAll(() => {
  site = mkdtempSync(path.join(root, 'node_modules/.tmp-content-build-'));
  cpSync(path.join(root, 'src/content.config.ts'), path.join(site, 'src/content.config.ts'));
  cpSync(path.join(root, 'src/schemas'), path.join(site, 'src/schemas'), { recursive: true });
  mkdirSync(path.join(site, 'src/content/lessons'), { recursive: true });
  writeFileSync(path.join(site, 'astro.config.mjs'), 'export default {};\n');
});
afterAll(() => rmSync(site, { recursive: true, force: true }));

describe('content collections', () => {
  test('a scenario with a bad field fails the build naming the file and the field', () => {
    const bad = `id: wrong-verdict\ntitle: Bad\nlevel: 1\nyou: { name: A B }\nsender: { name: C D }\ninvitation: { via: none }\nanswer: { verdict: maybe, why: because }\n`;
    const run = syncWith('wrong-verdict.yaml', bad);
    const out = run.stdout + run.stderr;
    expect(run.status).not.toBe(0);
    expect(out).toContain('wrong-verdict');
    expect(out).toContain('answer.verdict');
  }, 60_000);

  test('a scenario whose id differs from its file name fails the build naming both', () => {
    const run = syncWith('renamed.yaml', 'id: original-name\ntitle: T\n');
    const out = run.stdout + run.stderr;
    expect(run.status).not.toBe(0);
    expect(out).toContain('src/content/scenarios/renamed.yaml: field "id" is "original-name"');
  }, 60_000);

  test('the valid bank scenario alone syncs cleanly', () => {
    expect(syncWith().status).toBe(0);
  }, 60_000);
});
