// The printables: sorting cards that carry no answer (not even in View Source), chosen by the
// form, with the answer key of the same cards a link away; and an instructor guide short enough
// to read the night before (counted in printed A4 pages).
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { axeViolations, hydrated, overflowsHorizontally } from './context.mjs';

const dir = new URL('../../src/content/scenarios/', import.meta.url);
const bank = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => parse(readFileSync(new URL(f, dir), 'utf8')));

/** Text as it appears in HTML source (the build escapes quotes and ampersands). */
const escaped = (text) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** The number of pages Chromium prints `path` on, on A4. */
async function printedPages(page, path) {
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  const pdf = await page.pdf({ format: 'A4' });
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

export default {
  async 'sorting cards carry no answers, and the answer key of the chosen cards is a link away'({
    newPage,
    assert,
    url,
  }) {
    const html = await (await fetch(url('/instructor/cards/'))).text();
    const source = (text) => html.includes(text) || html.includes(escaped(text));
    const shown = bank.filter((s) => (s.pool ?? 'lesson') !== 'quiz');
    for (const s of bank) {
      const where = `cards page, ${s.id}`;
      assert.ok(!source(s.title), `${where}: the title`);
      assert.ok(!source(s.answer.why), `${where}: the why`);
      if (s.answer.reply) assert.ok(!source(s.answer.reply), `${where}: the model reply`);
      if (s.followUp) assert.ok(!source(s.followUp.message), `${where}: the follow-up`);
      for (const m of s.answer.marks ?? []) assert.ok(!source(m.explain), `${where}: a flag`);
    }
    assert.doesNotMatch(html, /data-scenario="q-/, 'no self-assessment scenario');
    assert.equal(html.match(/class="sorting-card"/g)?.length, shown.length);

    const page = await newPage();
    await page.goto('/instructor/cards/');
    await hydrated(page);
    const chosen = ['tunde-real-teammate', 'betty-same-school'];
    await page.getByText('Choose cards').click();
    for (const id of chosen) await page.locator(`input[name="id"][value="${id}"]`).check();
    await page.getByRole('button', { name: 'Show these cards' }).click();
    await page.waitForURL(/\?id=/);
    const cards = page.locator('.sorting-card:visible');
    await page.locator('[data-printables-status]').filter({ hasText: '2 of' }).waitFor();
    assert.equal(await cards.count(), 2);
    assert.equal(
      await page.locator(`input[name="id"]:checked`).count(),
      2,
      'the form shows the choice',
    );
    for (const colorScheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme });
      assert.deepEqual(await axeViolations(page), [], `cards page, ${colorScheme}`);
    }
    await page.setViewportSize({ width: 375, height: 800 });
    assert.ok(!(await overflowsHorizontally(page)), 'the cards fit 375 px');
    await page.emulateMedia({ colorScheme: 'light' });

    await page.getByRole('link', { name: 'The answer key of these cards' }).click();
    await page.waitForURL(/answer-key\/\?id=/);
    const entries = page.locator('.answer-key-entry:visible');
    await page.locator('.answer-key-page.is-numbered').waitFor();
    assert.equal(await entries.count(), 2);
    // Same order as the cards: level, then title (Betty, level 1, before Tunde).
    const names = await entries.locator('h3').allTextContents();
    const byId = new Map(bank.map((s) => [s.id, s]));
    const expected = chosen
      .map((id) => byId.get(id))
      .sort((a, b) => a.level - b.level || a.title.localeCompare(b.title))
      .map((s) => s.title);
    assert.deepEqual(names, expected);
    assert.equal(
      await entries
        .first()
        .locator('h3')
        .evaluate((h) => getComputedStyle(h, '::before').content),
      '"Card " counter(card) ": "',
    );
    assert.deepEqual(await axeViolations(page), [], 'answer key page');
    assert.deepEqual(page.problems, { csp: [], errors: [] });
  },

  async 'the instructor guide prints short enough to read the night before'({ newPage, assert }) {
    const page = await newPage();
    const guide = await printedPages(page, '/instructor/guide/');
    assert.ok(guide <= 10, `the guide prints on ${guide} A4 pages`);
    // The sorting activity's eight cards print on two pages.
    await page.goto('/instructor/guide/');
    const href = await page.getByRole('link', { name: 'eight sorting cards' }).getAttribute('href');
    assert.equal(await printedPages(page, href), 2);
    assert.deepEqual(await axeViolations(page), [], 'the sorting cards');
    assert.deepEqual(page.problems, { csp: [], errors: [] });
  },
};
