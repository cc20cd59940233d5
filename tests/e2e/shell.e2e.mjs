// The site shell: keyboard journey, theme, search, CSP, accessibility and small screens.
import path from 'node:path';
import { listHtml } from '../../scripts/check-site.mjs';
import { axeViolations, overflowsHorizontally, tabTo } from './context.mjs';

/** Site paths of every built page (dist/lessons/x/index.html -> /lessons/x/). */
async function sitePages(root) {
  const pages = await listHtml(path.join(root, 'dist'));
  return pages.map((p) => '/' + p.replace(/(^|\/)index\.html$/, '$1'));
}

export default {
  async 'home to a lesson by keyboard only'({ newPage, assert }) {
    const page = await newPage();
    await page.goto('/');
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => document.activeElement?.textContent?.trim());
    assert.equal(first, 'Skip to content', 'the skip link is the first stop');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
    await tabTo(
      page,
      () => /^(Start|Continue)/.test(document.activeElement?.textContent?.trim() ?? ''),
      { limit: 40 },
    );
    await Promise.all([page.waitForURL(/\/lessons\/01-/), page.keyboard.press('Enter')]);
    const h1 = await page.locator('h1').textContent();
    assert.ok(h1 && h1.length > 3, 'the lesson shows its title');
    await tabTo(page, () => document.activeElement?.getAttribute('rel') === 'next', {
      limit: 200,
    });
    await Promise.all([page.waitForURL(/\/lessons\/02-/), page.keyboard.press('Enter')]);
    assert.deepEqual(page.problems, { csp: [], errors: [] });
  },

  async 'the theme toggle persists across reloads and follows the system by default'({
    newPage,
    assert,
  }) {
    const page = await newPage({ colorScheme: 'dark' });
    await page.goto('/');
    const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const darkBg = await bg();
    assert.equal(await page.getAttribute('html', 'data-theme'), null, 'no choice saved yet');
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    assert.equal(
      await toggle.getAttribute('aria-pressed'),
      'true',
      'follows the dark system theme',
    );
    await toggle.click();
    assert.equal(await page.getAttribute('html', 'data-theme'), 'light');
    assert.notEqual(await bg(), darkBg, 'the colours change');
    await page.reload();
    assert.equal(
      await page.getAttribute('html', 'data-theme'),
      'light',
      'the choice survives reload',
    );
    assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
    await page.goto('/about/');
    assert.equal(
      await page.getAttribute('html', 'data-theme'),
      'light',
      'and applies on other pages',
    );
  },

  async 'search finds a lesson by keyboard'({ newPage, assert }) {
    const page = await newPage();
    await page.goto('/search/');
    await page.getByLabel('Words to look for').focus();
    await page.keyboard.type('classmate');
    await page.keyboard.press('Enter');
    const status = page.locator('[data-search-status]');
    await status.filter({ hasText: /match/ }).waitFor({ timeout: 10_000 });
    const first = page.locator('[data-search-results] a').first();
    assert.match((await first.getAttribute('href')) ?? '', /^\/lessons\//);
    assert.match(page.url(), /\?q=classmate/);
    assert.deepEqual(page.problems, { csp: [], errors: [] }, 'Pagefind runs under the CSP');
  },

  async 'every page passes axe (WCAG 2.2 AA) in light and dark, with no CSP violation'({
    newPage,
    assert,
    root,
  }) {
    const failures = [];
    for (const colorScheme of ['light', 'dark']) {
      const page = await newPage({ colorScheme });
      for (const p of await sitePages(root)) {
        await page.goto(p);
        await page.waitForLoadState('networkidle');
        for (const v of await axeViolations(page)) failures.push(`${colorScheme} ${p}: ${v}`);
      }
      for (const c of page.problems.csp) failures.push(`${colorScheme}: ${c}`);
      for (const e of page.problems.errors) failures.push(`${colorScheme}: page error ${e}`);
    }
    assert.deepEqual(failures, []);
  },

  async 'every page fits a 320 px screen without sideways scrolling'({ newPage, assert, root }) {
    const page = await newPage({ viewport: { width: 320, height: 640 } });
    const wide = [];
    for (const p of await sitePages(root)) {
      await page.goto(p);
      if (await overflowsHorizontally(page)) wide.push(p);
    }
    assert.deepEqual(wide, []);
  },

  async 'lesson pages do not shift when their islands hydrate'({ newPage, assert, root }) {
    const page = await newPage({ viewport: { width: 1000, height: 800 } });
    await page.addInitScript(() => {
      window.__shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          if (!entry.hadRecentInput) window.__shift += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const shifts = [];
    for (const p of (await sitePages(root)).filter((p) => p.startsWith('/lessons/'))) {
      await page.goto(p);
      // Scroll through the page so every client:visible island hydrates.
      const height = await page.evaluate(() => document.body.scrollHeight);
      for (let y = 0; y < height; y += 600) {
        await page.evaluate((top) => window.scrollTo(0, top), y);
        await page.waitForTimeout(50);
      }
      await page.waitForLoadState('networkidle');
      const shift = await page.evaluate(() => window.__shift);
      if (shift > 0.01) shifts.push(`${p}: layout shift ${shift.toFixed(3)}`);
    }
    assert.deepEqual(shifts, []);
  },

  async 'lessons read without JavaScript, and exercises say they need it'({ newPage, assert }) {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto('/lessons/06-writing-the-clarifying-reply/');
    assert.ok((await page.locator('h1').textContent())?.includes('clarifying reply'));
    assert.ok((await page.locator('.lesson h2').count()) > 3, 'the lesson text is all there');
    assert.ok((await page.locator('.lesson article').count()) > 0, 'invitation cards render');
    const notice = await page.locator('.lesson noscript').first().textContent();
    assert.match(notice ?? '', /JavaScript/);
  },

  async 'an unknown address shows the 404 page'({ newPage, assert }) {
    const page = await newPage();
    const response = await page.goto('/no-such-page/');
    assert.equal(response?.status(), 404);
    assert.equal(await page.locator('h1').textContent(), 'Page not found');
  },
};
