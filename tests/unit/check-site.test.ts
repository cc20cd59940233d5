import { describe, expect, test } from 'vitest';
import { fileURLToPath } from 'node:url';
import {
  checkCsp,
  checkHtml,
  checkJsBudget,
  checkLinks,
  checkSpacing,
  formatJsSizes,
} from '../../scripts/check-site.mjs';
import { inSite } from '../../scripts/serve.mjs';

const broken = fileURLToPath(new URL('../fixtures/broken-site', import.meta.url));
/** A site built with BASE=/course/: its links and scripts start with /course/. */
const subfolder = fileURLToPath(new URL('../fixtures/subfolder-site', import.meta.url));

describe('checkLinks', () => {
  test('reports a missing page and a missing anchor, and accepts a good anchor', async () => {
    const problems = await checkLinks(broken);
    expect(problems).toContain('index.html: /missing-page/ -> no such page or file');
    expect(problems).toContain(
      'index.html: /lessons/heavy/#nowhere -> no element with id "nowhere"',
    );
    expect(problems.join('\n')).not.toContain('#present');
  });
});

describe('a site built for a subfolder (BASE=/course/)', () => {
  test('inSite maps an address under the folder to the built file, and nothing else', () => {
    expect(inSite('/course/', '/course/quiz/')).toBe('/quiz/');
    expect(inSite('/course', '/course/')).toBe('/');
    expect(inSite('/course/', '/quiz/')).toBeUndefined();
    expect(inSite('/course/', '/courses/quiz/')).toBeUndefined();
    expect(inSite('/', '/quiz/')).toBe('/quiz/');
  });

  test('checkLinks reads pages as served under the folder and reports links that leave it', async () => {
    expect(await checkLinks(subfolder, { base: '/course/' })).toEqual([
      "index.html: /about/ -> outside the course's folder /course/",
      'index.html: /course/missing/ -> no such page or file',
    ]);
  });

  test("checkLinks at the root: the folder's links do not exist there", async () => {
    const problems = await checkLinks(subfolder);
    expect(problems).toContain('index.html: /course/about/ -> no such page or file');
  });

  test("checkJsBudget finds a page's scripts under the folder", async () => {
    const { sizes } = await checkJsBudget(subfolder, { base: '/course/' });
    expect(sizes[0]!.files).toEqual(['/_astro/page.js', '/_astro/shared.js']);
    expect(sizes[0]!.bytes).toBeGreaterThan(0);
    // Read as a root site, the same page would count nothing: the check would pass blind.
    const { sizes: blind } = await checkJsBudget(subfolder);
    expect(blind[0]!.files).toEqual([]);
  });
});

describe('checkHtml', () => {
  test('reports invalid markup and inline styles', async () => {
    const problems = (await checkHtml(broken)).join('\n');
    expect(problems).toMatch(
      /index\.html:.*<li>.*(element-permitted-parent|element-required-ancestor)/,
    );
    expect(problems).toMatch(/no-inline-style/);
  });
});

describe('checkSpacing', () => {
  test('reports a word run into a link, and accepts spaced inline elements', async () => {
    expect(await checkSpacing(broken)).toEqual([
      'index.html: no space around an inline element: …e<a href="/lessons/heavy/#present">cards…',
    ]);
  });
});

describe('checkCsp', () => {
  test('reports a page without a Content-Security-Policy', async () => {
    expect(await checkCsp(broken)).toEqual(['index.html: no Content-Security-Policy']);
  });
});

describe('checkJsBudget', () => {
  test('counts a page script and its static imports, and fails a page over the budget', async () => {
    const { sizes, problems } = await checkJsBudget(broken, { budget: 1024 });
    expect(sizes).toHaveLength(1);
    expect(sizes[0]!.files).toEqual(['/_astro/heavy.js', '/_astro/heavy-dep.js']);
    expect(sizes[0]!.bytes).toBeGreaterThan(1024);
    expect(problems[0]).toMatch(/^lessons\/heavy\/index\.html: .* over the 1 KB budget$/);
  });

  test('reports what a dynamic import loads on first use, without counting it', async () => {
    const { sizes } = await checkJsBudget(broken, { budget: 1024 * 1024 });
    // The lazy chunk and its static imports, less what the page has loaded already.
    expect(sizes[0]!.lazyFiles).toEqual(['/_astro/lazy-grader.js', '/_astro/lazy-grader-rules.js']);
    expect(sizes[0]!.lazyBytes).toBeGreaterThan(0);
    expect(sizes[0]!.files).not.toContain('/_astro/lazy-grader.js');
    expect(formatJsSizes(sizes)).toEqual([
      expect.stringMatching(
        /^lessons\/heavy\/index\.html: \d+\.\d KB gzip hydrated; on first use: \+\d\.\d KB \(lazy-grader, lazy-grader-rules\)$/,
      ),
    ]);
  });

  test('passes the same page under a budget it fits', async () => {
    expect((await checkJsBudget(broken, { budget: 1024 * 1024 })).problems).toEqual([]);
  });
});
