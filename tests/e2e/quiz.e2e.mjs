// A full self-assessment: a seeded set of five, answered one question at a time, surviving a
// reload, then the results page with per-skill scores, the review and "Try another set". The
// page carries no scenario: the questions come from quiz/pool.json, fetched when the set starts,
// and a failed fetch (offline) says so, keeps the answers and retries.
import { axeViolations, hydrated, overflowsHorizontally } from './context.mjs';

/** Answers the question on screen: the first verdict, the first flag, a short reply. */
async function answer(page) {
  const radio = page.getByRole('radio').first();
  if (await radio.count()) await radio.check();
  const box = page.getByRole('checkbox').first();
  if (await box.count()) await box.check();
  const text = page.locator('textarea');
  if (await text.count()) {
    await text.fill('Hello, how do we know each other? And how can I help you? Thank you.');
  }
}

/** The reply draft on screen, or '' when the question has no text box (without waiting). */
async function draftOf(page) {
  const text = page.locator('textarea');
  return (await text.count()) ? text.inputValue() : '';
}

export default {
  async 'a full self-assessment: questions, reload, results, review, another set'({
    newPage,
    assert,
  }) {
    const page = await newPage();
    const poolRequests = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/quiz/pool.json')) poolRequests.push(r.url());
    });
    await page.goto('/quiz/');
    await hydrated(page);
    assert.equal(poolRequests.length, 0, 'the start screen loads no question');
    await page.getByRole('radio', { name: /^5 questions/ }).check();
    await Promise.all([
      page.waitForURL(/\/quiz\/\?seed=[a-z0-9]+&n=5$/),
      page.getByRole('button', { name: 'Start the self-assessment' }).click(),
    ]);
    await hydrated(page);
    const title = page.locator('#qz-q-title');
    await title.filter({ hasText: 'Question 1 of 5' }).waitFor();
    const seedUrl = page.url();
    assert.equal(poolRequests.length, 1, 'the pool is fetched once the set starts');

    await answer(page);
    const first = await page.locator('.invitation-card .ic-name').textContent();
    await page.getByRole('button', { name: 'Next' }).click();
    await title.filter({ hasText: 'Question 2 of 5' }).waitFor();
    // The focus moves to the new question's heading.
    await page.waitForFunction(() => document.activeElement?.id === 'qz-q-title', null, {
      timeout: 3000,
    });

    // The set and the answers survive a reload.
    await page.reload();
    await hydrated(page);
    await title.filter({ hasText: 'Question 2 of 5' }).waitFor();
    await page.getByRole('button', { name: 'Back' }).click();
    await title.filter({ hasText: 'Question 1 of 5' }).waitFor();
    assert.equal(await page.locator('.invitation-card .ic-name').textContent(), first);
    assert.equal(
      (await page.locator('input:checked').count()) > 0 ||
        (await page
          .locator('textarea')
          .inputValue()
          .catch(() => '')) !== '',
      true,
      'the first answer is still there',
    );

    for (let i = 1; i <= 5; i++) {
      // Wait for the question to be on screen before reading which inputs it has.
      await title.filter({ hasText: `Question ${i} of 5` }).waitFor();
      await answer(page);
      await page.getByRole('button', { name: /^(Next|See my results)$/ }).click();
    }
    const results = page.locator('#qz-results-title');
    await results.waitFor();
    assert.match(await results.textContent(), /Your result: \d+% \((passed|not passed yet)\)/);
    const skills = page.getByRole('table', { name: 'Score per skill' });
    assert.match(
      await skills.textContent(),
      /Spotting red flags.*Choosing the verdict.*Writing replies/s,
    );
    assert.equal(await page.locator('.qz-review-item').count(), 5);
    assert.ok(
      (await page.locator('.qz-review-item .ex-criterion').count()) >= 5,
      'the review shows feedback per criterion',
    );
    assert.ok(await page.locator('.qz-model').first().isVisible(), 'and the model answer');
    assert.deepEqual(await axeViolations(page), [], 'the results page passes axe');

    // The results stay on reload; "Try another set" draws a new seed.
    await page.reload();
    await hydrated(page);
    await results.waitFor();
    const another = await page.getByRole('link', { name: 'Try another set' }).getAttribute('href');
    // Relative, so it also works inside an LMS package.
    assert.match(another, /^\?seed=[a-z0-9]+&n=5$/);
    assert.notEqual(new URL(another, seedUrl).href, seedUrl);
    assert.deepEqual(page.problems, { csp: [], errors: [] });
  },

  async 'the same seed draws the same set in another browser, from the quiz pool only'({
    newPage,
    assert,
  }) {
    const names = [];
    let pool = [];
    for (let i = 0; i < 2; i++) {
      const page = await newPage();
      await page.goto('/quiz/?seed=share-me&n=10');
      await hydrated(page);
      await page.locator('#qz-q-title').filter({ hasText: 'Question 1 of 10' }).waitFor();
      names.push(await page.locator('.invitation-card .ic-name').textContent());
      pool = await page.evaluate(() => fetch('pool.json').then((r) => r.json()));
    }
    assert.equal(names[0], names[1]);
    assert.ok(pool.length >= 40, 'the pool file holds the quiz pool');
    assert.ok(
      pool.every((s) => s.pool === 'quiz'),
      'and nothing else',
    );
    assert.ok(
      pool.some((s) => s.sender.name === names[0]),
      `${names[0]} is a quiz scenario`,
    );
  },

  async 'offline: a clear message, the answers kept, and a retry that brings the questions back'({
    newPage,
    assert,
  }) {
    // On a phone, where a dropped connection is most likely.
    const page = await newPage({ viewport: { width: 375, height: 740 } });
    await page.goto('/quiz/?seed=offline-test&n=5');
    await hydrated(page);
    const title = page.locator('#qz-q-title');
    await title.filter({ hasText: 'Question 1 of 5' }).waitFor();
    await answer(page);
    const checked = await page.locator('input:checked').count();
    const draft = await draftOf(page);
    await page.getByRole('button', { name: 'Next' }).click();
    await title.filter({ hasText: 'Question 2 of 5' }).waitFor();

    // The connection drops; the learner comes back to the set.
    await page.route('**/pool.json', (route) => route.abort('internetdisconnected'));
    await page.reload();
    await hydrated(page);
    const alert = page.getByRole('alert').filter({ hasText: 'could not be loaded' });
    await alert.waitFor();
    assert.match(
      await alert.textContent(),
      /The questions could not be loaded\..*connection.*The answers you have given are kept\./s,
    );
    assert.equal(await title.count(), 0, 'no half-drawn question');
    assert.deepEqual(await axeViolations(page), [], 'the message passes axe (light)');
    await page.emulateMedia({ colorScheme: 'dark' });
    assert.deepEqual(await axeViolations(page), [], 'the message passes axe (dark)');
    assert.equal(await overflowsHorizontally(page), false, 'no sideways scroll at 375 px');

    await page.unroute('**/pool.json');
    await page.getByRole('button', { name: 'Try again' }).click();
    await title.filter({ hasText: 'Question 2 of 5' }).waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'qz-q-title', null, {
      timeout: 3000,
    });
    await page.getByRole('button', { name: 'Back' }).click();
    await title.filter({ hasText: 'Question 1 of 5' }).waitFor();
    assert.equal(await page.locator('input:checked').count(), checked, 'the choices are kept');
    assert.equal(await draftOf(page), draft, 'the draft is kept');
    assert.deepEqual(page.problems, { csp: [], errors: [] });
  },
};
