// Mastery in a real browser: scrolling passes nothing, passing an exercise counts, answers come
// back after a reload, "Show me" leaves the marked card in view, and the review page brings a
// missed exercise back with a similar practice item.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { axeViolations, hydrated } from './context.mjs';

const LESSON = '/lessons/03-false-claims/';

/** A scenario of the bank, as its YAML file says. */
const scenario = (root, id) =>
  parse(readFileSync(path.join(root, 'src/content/scenarios', `${id}.yaml`), 'utf8'));

/** The lesson's verdict exercises, in page order, read from its MDX. */
function verdictIds(root, lesson) {
  const file = readdirSync(path.join(root, 'src/content/lessons')).find((f) =>
    f.startsWith(lesson.split('/')[2]),
  );
  const body = readFileSync(path.join(root, 'src/content/lessons', file), 'utf8');
  return [...body.matchAll(/<VerdictExercise id="([^"]+)"/g)].map((m) => m[1]);
}

/** The lesson pages' addresses, from the home page's links. */
async function lessonPages(page) {
  await page.goto('/');
  const hrefs = await page.locator('.lesson-list a').evaluateAll((as) => as.map((a) => a.pathname));
  return [...new Set(hrefs)];
}

/** Scrolls a verdict exercise into view, waits for it to hydrate, and returns its section. */
async function exercise(page, id) {
  const section = page.locator('section.exercise', { has: page.locator(`#verdict-${id}-form`) });
  await section.scrollIntoViewIfNeeded();
  await section
    .locator('astro-island')
    .first()
    .evaluate(
      (island) =>
        new Promise((resolve) => {
          const done = () => !island.hasAttribute('ssr') && resolve();
          new MutationObserver(done).observe(island, { attributes: true });
          done();
        }),
    );
  return section;
}

/** Answers a verdict exercise: the verdict, then the flags, then Check. */
async function answer(section, { verdict, flags = [] }) {
  await section.locator(`input[type=radio][value="${verdict}"]`).first().check();
  for (const flag of flags)
    await section.locator(`input[type=checkbox][value="${flag}"]`).first().check();
  await section.getByRole('button', { name: 'Check', exact: true }).first().click();
  await section.locator('.ex-result').first().waitFor();
}

const wrongVerdict = (s) => ['accept', 'reply', 'ignore'].find((v) => v !== s.answer.verdict);

/** True when the element's box is inside the viewport (its top at least; all of it if it fits). */
const inView = (locator) =>
  locator.evaluate((el) => {
    const { top, bottom } = el.getBoundingClientRect();
    return (
      top >= -1 && top < innerHeight && (bottom <= innerHeight + 1 || bottom - top > innerHeight)
    );
  });

export default {
  async 'scrolling every lesson to its end leaves progress at 0 exercises passed'({
    newPage,
    assert,
  }) {
    const page = await newPage();
    const lessons = await lessonPages(page);
    assert.ok(lessons.length >= 8);
    for (const lesson of lessons) {
      await page.goto(lesson);
      await page.keyboard.press('End');
      await page.locator('.pager').scrollIntoViewIfNeeded();
      await page.waitForTimeout(100);
    }
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('snty:progress')));
    assert.ok(Object.keys(saved.lessons).length >= 8, 'the lessons were opened and read');
    await page.goto(LESSON);
    await page
      .locator('[data-mastery-count]')
      .getByText(/^Exercises passed: 0 of \d+\./)
      .waitFor();
    await page.goto('/');
    await hydrated(page);
    const count = await page.locator('#course-progress-count').textContent();
    assert.match(count, /^Exercises passed: 0 of \d+ \(0%\)$/);
    assert.equal(
      await page.getByRole('link', { name: /^Continue reading where you left off/ }).count(),
      1,
      'where the learner left off reading still shows',
    );
    const next = page.getByRole('link', { name: /^Next exercise: / });
    assert.match((await next.getAttribute('href')) ?? '', /^\/lessons\/[^#]+#[a-z]+-.+-title$/);
    await Promise.all([page.waitForURL(/#/), next.click()]);
    const target = decodeURIComponent(new URL(page.url()).hash.slice(1));
    assert.equal(await page.locator(`[id="${target}"]`).count(), 1, 'the next step exists');
    assert.deepEqual(page.problems, { csp: [], errors: [] });
  },

  async 'passing an exercise moves the count on the lesson and the home page'({
    newPage,
    assert,
    root,
  }) {
    const page = await newPage();
    const [first, second] = verdictIds(root, LESSON);
    await page.goto(LESSON);
    const total = Number(
      (await page.locator('[data-mastery-count]').textContent()).match(/of (\d+)/)[1],
    );
    await answer(await exercise(page, first), scenario(root, first).answer);
    await page
      .locator('[data-mastery-count]')
      .getByText(`Exercises passed: 1 of ${total}.`)
      .waitFor();
    const next = page.locator('[data-mastery-next]');
    assert.equal(
      await next.getAttribute('href'),
      `#verdict-${second}-title`,
      'the next step moves on',
    );
    await page.goto('/');
    await hydrated(page);
    await page.getByText(/^Exercises passed: 1 of \d+/).waitFor();
    assert.match(
      (await page.locator('.cp-lessons li', { hasText: 'false claim' }).first().textContent()) ??
        '',
      /1 of \d+ exercises passed/i,
    );
  },

  async 'a verdict answer, checked or not, survives a reload'({ newPage, assert, root }) {
    const page = await newPage();
    const [first, second] = verdictIds(root, LESSON);
    const expected = scenario(root, first).answer;
    await page.goto(LESSON);
    await answer(await exercise(page, first), expected);
    const other = await exercise(page, second);
    await other.locator('input[type=radio][value="ignore"]').check();
    await page.reload();
    const again = await exercise(page, first);
    await again.locator('.ex-result').waitFor({ timeout: 5000 });
    assert.match(
      await again.locator('.ex-result').textContent(),
      /^Well done/,
      'the result is back',
    );
    assert.ok(await again.locator(`input[type=radio][value="${expected.verdict}"]`).isChecked());
    for (const flag of expected.flags) {
      assert.ok(await again.locator(`input[value="${flag}"]`).isChecked(), `${flag} is ticked`);
    }
    const unchecked = await exercise(page, second);
    assert.ok(
      await unchecked.locator('input[type=radio][value="ignore"]').isChecked(),
      'an unchecked choice is back',
    );
    assert.equal(await unchecked.locator('.ex-result').count(), 0, 'with no feedback');
    assert.deepEqual(page.problems, { csp: [], errors: [] });
  },

  async '"Show me" leaves the marked card in the viewport, on a laptop and a phone'({
    newPage,
    assert,
    root,
  }) {
    const id = verdictIds(root, LESSON).find((i) => scenario(root, i).answer.marks?.length);
    assert.ok(id, 'the lesson has an exercise with marks');
    for (const viewport of [
      { width: 1280, height: 720 },
      { width: 375, height: 667 },
    ]) {
      const page = await newPage({ viewport, reducedMotion: 'reduce' });
      await page.goto(LESSON);
      const section = await exercise(page, id);
      await answer(section, { verdict: wrongVerdict(scenario(root, id)) });
      const showMe = section.getByRole('button', { name: 'Show me on the card' }).first();
      await showMe.scrollIntoViewIfNeeded();
      await showMe.click();
      const card = section.locator('.ex-card').first();
      await card.locator('mark').first().waitFor();
      await page.waitForTimeout(300);
      assert.ok(await inView(card), `${viewport.width} px: the marked card is in view`);
      assert.ok(
        await inView(card.locator('mark').first()),
        `${viewport.width} px: its first mark too`,
      );
    }
    // Smooth scrolling, the default, ends in view too.
    const page = await newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(LESSON);
    const section = await exercise(page, id);
    await answer(section, { verdict: wrongVerdict(scenario(root, id)) });
    await section.getByRole('button', { name: 'Show me on the card' }).first().click();
    await page.waitForTimeout(1200);
    assert.ok(await inView(section.locator('.ex-card').first()), 'after a smooth scroll');
  },

  async 'the review page lists a missed exercise and offers a similar one'({
    newPage,
    assert,
    root,
  }) {
    const page = await newPage();
    const [first] = verdictIds(root, LESSON);
    const missed = scenario(root, first);
    await page.goto(LESSON);
    await answer(await exercise(page, first), { verdict: wrongVerdict(missed) });
    await page.goto('/');
    await hydrated(page);
    await Promise.all([
      page.waitForURL(/\/review\/$/),
      page.getByRole('link', { name: 'Review 1 missed exercise' }).click(),
    ]);
    await hydrated(page);
    const item = page.locator('.review-item').first();
    const back = item.getByRole('link').first();
    assert.equal(await back.getAttribute('href'), `${LESSON}#verdict-${first}-title`);
    await item.getByRole('button', { name: 'Practise a similar one' }).click();
    const heading = item.getByRole('heading', { name: /^Another one like this: / });
    await heading.waitFor({ timeout: 5000 });
    const title = await heading.textContent();
    assert.ok(!title.endsWith(missed.sender.name), 'never the exercise itself');
    assert.equal(await item.locator('article').count(), 1, 'with its own invitation card');
    await item.locator('input[type=radio]').first().check();
    await item.getByRole('button', { name: 'Check', exact: true }).click();
    await item.locator('.ex-result').waitFor();
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('snty:progress')));
    const practice = Object.keys(saved.exercises).filter((k) => k.startsWith('practice:'));
    assert.equal(practice.length, 1, 'the practice item is saved under its own id');
    const sameSkill = (() => {
      const s = scenario(root, practice[0].split(':')[1]);
      return (
        s.pool === 'practice' &&
        (s.answer.verdict === missed.answer.verdict ||
          (s.answer.flags ?? []).some((f) => (missed.answer.flags ?? []).includes(f)))
      );
    })();
    assert.ok(sameSkill, 'a practice item with the same flag or verdict');
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(page.problems, { csp: [], errors: [] });
  },

  async '"Another one like this" brings a practice item in place after a check'({
    newPage,
    assert,
    root,
  }) {
    const page = await newPage();
    const [first] = verdictIds(root, LESSON);
    await page.goto(LESSON);
    const section = await exercise(page, first);
    await answer(section, scenario(root, first).answer);
    await section.getByRole('button', { name: 'Another one like this' }).click();
    const heading = section.getByRole('heading', { name: /^Another one like this: / });
    await heading.waitFor({ timeout: 5000 });
    assert.ok(await heading.evaluate((h) => h === document.activeElement), 'it takes the focus');
    const practice = section.locator('.practice-item');
    await practice.locator('input[type=radio]').first().check();
    await practice.getByRole('button', { name: 'Check', exact: true }).click();
    await practice.locator('.ex-result').waitFor();
    const before = await heading.textContent();
    await practice.getByRole('button', { name: 'Another one like this' }).click();
    await page.waitForFunction(
      (old) => {
        const h = [...document.querySelectorAll('.practice-title')].map((x) => x.textContent);
        return h.length && !h.includes(old);
      },
      before,
      { timeout: 5000 },
    );
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(page.problems, { csp: [], errors: [] });
  },
};
