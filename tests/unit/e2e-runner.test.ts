import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const runner = fileURLToPath(new URL('../e2e/run.mjs', import.meta.url));

describe('test:e2e runner', () => {
  test('explains how to install Chromium when it is missing, without a stack trace', () => {
    const run = spawnSync(process.execPath, [runner], {
      env: { ...process.env, CHROMIUM_PATH: '/nonexistent/chromium' },
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('test:e2e needs Chromium');
    expect(run.stderr).toContain('apt-get install -y chromium');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
