import { describe, expect, test } from 'vitest';
import { fileURLToPath } from 'node:url';
import {
  checkCsp,
  checkHtml,
  checkJsBudget,
  checkLinks,
  formatJsSizes,
} from '../../scripts/check-site.mjs';

const broken = fileURLToPath(new URL('../fixtures/broken-site', import.meta.url));

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

describe('checkHtml', () => {
  test('reports invalid markup and inline styles', async () => {
    const problems = (await checkHtml(broken)).join('\n');
    expect(problems).toMatch(
      /index\.html:.*<li>.*(element-permitted-parent|element-required-ancestor)/,
    );
    expect(problems).toMatch(/no-inline-style/);
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
