#!/usr/bin/env node
// Browser tests: serves the built site, drives Debian's Chromium with playwright-core, and runs
// every tests/e2e/*.e2e.mjs. A file's default export is one test (a function) or several (an
// object of name -> function); each receives the context documented in ./context.mjs.
// Usage: npm run test:e2e [-- words that a test name must contain]
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createContext, findChromium, launchChromium } from './context.mjs';
import { serve } from '../../scripts/serve.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const dist = path.join(root, 'dist');
const filter = process.argv.slice(2).join(' ').toLowerCase();

const chromium = findChromium();
if (!chromium) {
  console.error(
    'test:e2e needs Chromium, and none was found.\n' +
      '  Install it with:  apt-get install -y chromium   (Debian/Ubuntu, as root)\n' +
      '  or point to one:  CHROMIUM_PATH=/path/to/chromium npm run test:e2e',
  );
  process.exit(1);
}
if (!existsSync(path.join(dist, 'index.html'))) {
  console.error('test:e2e runs against the built site, and dist/ is missing. Run: npm run build');
  process.exit(1);
}

const files = (await readdir(here)).filter((f) => f.endsWith('.e2e.mjs')).sort();
const tests = [];
for (const file of files) {
  const mod = await import(pathToFileURL(path.join(here, file)).href);
  const entries = typeof mod.default === 'function' ? { [file]: mod.default } : mod.default;
  for (const [name, fn] of Object.entries(entries ?? {})) {
    const full = `${file.replace('.e2e.mjs', '')} › ${name}`;
    if (!filter || full.toLowerCase().includes(filter)) tests.push({ name: full, fn });
  }
}

const { server, url: baseURL } = await serve(dist, { port: 0 });
let browser;
try {
  browser = await launchChromium(chromium);
} catch (error) {
  console.error(
    `test:e2e could not start Chromium at ${chromium}: ${error.message.split('\n')[0]}`,
  );
  server.close();
  process.exit(1);
}

let passed = 0;
let failed = 0;
for (const test of tests) {
  const ctx = createContext({ browser, baseURL, root });
  const started = Date.now();
  try {
    await test.fn(ctx);
    passed++;
    console.log(`✓ ${test.name} (${Date.now() - started} ms)`);
  } catch (error) {
    failed++;
    console.error(
      `✗ ${test.name} (${Date.now() - started} ms)\n  ${String(error?.stack ?? error).replace(/\n/g, '\n  ')}`,
    );
  } finally {
    await ctx.close();
  }
}
await browser.close();
server.close();
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed || tests.length === 0 ? 1 : 0);
