#!/usr/bin/env node
// `npm test`: runs every test:* script of package.json, in the order they are written there, and
// stops at the first failure. test:e2e is left to its own command because it needs Chromium.
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const { scripts } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const steps = Object.keys(scripts).filter(
  (name) => name.startsWith('test:') && name !== 'test:e2e',
);
process.env.ASTRO_TELEMETRY_DISABLED = '1';

for (const [i, step] of steps.entries()) {
  console.log(`\n▶ [${i + 1}/${steps.length}] npm run ${step}`);
  const started = Date.now();
  const run = spawnSync('npm', ['run', '--silent', step], { stdio: 'inherit' });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (run.status !== 0) {
    console.error(`\n✗ ${step} failed after ${seconds}s: npm test stops here.`);
    process.exit(run.status ?? 1);
  }
  console.log(`✓ ${step} (${seconds}s)`);
}
console.log(`\nAll ${steps.length} test steps passed: ${steps.join(', ')}.`);
