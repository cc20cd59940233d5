// What every browser test receives, and the helpers and checks they share (hydration, Tab, CSP
// violations, axe, overflow).
import { existsSync } from 'node:fs';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

/** WCAG 2.2 AA, the level the course promises. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The Chromium to drive: $CHROMIUM_PATH when set (and only it), else Debian's. */
export function findChromium() {
  const candidates = process.env.CHROMIUM_PATH
    ? [process.env.CHROMIUM_PATH]
    : ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p) => existsSync(p));
}

/** Launches headless Chromium with the flags this closed network needs. */
export function launchChromium(executablePath) {
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * Records CSP violations and uncaught errors of a page: a listener installed before any script
 * runs, so violations during load are caught too.
 */
async function watch(page) {
  const problems = { csp: [], errors: [] };
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`);
    });
  });
  page.on('console', (msg) => {
    const text = msg.text();
    if (/CSP violation|Content Security Policy/i.test(text)) problems.csp.push(text);
  });
  page.on('pageerror', (error) => problems.errors.push(error.message));
  return problems;
}

/** Runs axe with the WCAG 2.2 AA tags and returns readable violations ("rule: target"). */
export async function axeViolations(page) {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return results.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} - ${v.help}`),
  );
}

/** True when the page scrolls sideways (content wider than the viewport). */
export function overflowsHorizontally(page) {
  return page.evaluate(() => document.scrollingElement.scrollWidth > window.innerWidth + 1);
}

/** Waits until every island on the page has hydrated (Astro drops `ssr` once it has). */
export async function hydrated(page) {
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
}

/** Scrolls to every island, so client:visible ones hydrate too, and waits until all have. */
export async function hydrateAll(page) {
  for (const island of await page.locator('astro-island').all()) {
    await island.scrollIntoViewIfNeeded();
  }
  await hydrated(page);
}

/**
 * Presses Tab until `predicate`, run in the page with `arg`, is true (it reads
 * `document.activeElement`); throws after `limit` presses.
 */
export async function tabTo(page, predicate, { arg, limit = 80 } = {}) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(predicate, arg)) return;
  }
  throw new Error(`Tab never reached the element after ${limit} presses`);
}

/** Builds the context of one test; `close()` closes every browser context it opened. */
export function createContext({ browser, baseURL, root }) {
  const contexts = [];
  return {
    browser,
    baseURL,
    root,
    assert,
    /**
     * Opens a page in a fresh browser context (own storage). Options are Playwright's
     * newContext options. Returns the page, with `page.problems` = { csp: [], errors: [] }.
     */
    async newPage(options = {}) {
      const context = await browser.newContext({ baseURL, ...options });
      contexts.push(context);
      const page = await context.newPage();
      page.problems = await watch(page);
      return page;
    },
    url: (p) => new URL(p, baseURL).href,
    async close() {
      await Promise.all(contexts.map((c) => c.close().catch(() => {})));
    },
  };
}
