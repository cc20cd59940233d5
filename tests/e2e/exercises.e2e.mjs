// The exercises in a real browser, on the built site: a whole lesson by keyboard, drafts and
// progress across a reload, both storage faults, and a hostile draft that must stay inert.
import { axeViolations, hydrateAll, tabTo } from './context.mjs';

const VERDICT_LESSON = '/lessons/03-false-claims/';
const REPLY_LESSON = '/lessons/06-writing-the-clarifying-reply/';
const HOSTILE =
  '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script> Hello <b>there</b>';

const focused = (page) =>
  page.evaluate(() => ({
    tag: document.activeElement?.tagName,
    type: document.activeElement?.getAttribute('type'),
    text: document.activeElement?.textContent?.trim(),
  }));

/** The page's storage notice: StorageNotice, mounted once by the layout. */
async function storageNotice(page, assert, words) {
  const region = page.locator('.storage-notice[role="status"]');
  assert.equal(await region.count(), 1, 'the layout mounts one <StorageNotice /> on lesson pages');
  await region.getByText(words).waitFor({ timeout: 5000 });
}

export default {
  async 'a full lesson of verdict exercises by keyboard only'({ newPage, assert }) {
    const page = await newPage();
    await page.goto(VERDICT_LESSON);
    await hydrateAll(page);
    await page.locator('h1').focus();
    const forms = await page.locator('form.ex-form').count();
    assert.ok(forms >= 1, 'the lesson has exercises');
    for (let n = 0; n < forms; n++) {
      // Into the radio group: a second arrow press moves the choice, as native radios do.
      await tabTo(
        page,
        (i) => {
          const el = document.activeElement;
          return el?.type === 'radio' && el.form === document.querySelectorAll('form.ex-form')[i];
        },
        { arg: n },
      );
      await page.keyboard.press('ArrowDown');
      const checkedRadio = await page.evaluate(() => document.activeElement.checked);
      assert.ok(checkedRadio, 'arrows choose a verdict');
      // The first red flag: Tab leaves the radio group, Space ticks the checkbox.
      await page.keyboard.press('Tab');
      assert.equal((await focused(page)).type, 'checkbox');
      await page.keyboard.press('Space');
      assert.ok(await page.evaluate(() => document.activeElement.checked), 'Space ticks a flag');
      await tabTo(page, () => document.activeElement?.textContent === 'Check');
      await page.keyboard.press('Enter');
      await page
        .waitForFunction(() => document.activeElement?.tagName === 'H4', null, {
          timeout: 3000,
        })
        .catch(() => {});
      const heading = await focused(page);
      assert.equal(heading.tag, 'H4', 'the focus moves to the feedback heading');
      assert.match(heading.text, /^(Well done|Not quite yet): /);
      const status = page.locator('form.ex-form').nth(n).locator('[role="status"]');
      assert.match(await status.textContent(), /^Checked: /, 'the result is announced');
      const showMe = page
        .locator('form.ex-form')
        .nth(n)
        .getByRole('button', { name: 'Show me on the card' });
      if (await showMe.count()) {
        await tabTo(page, () => document.activeElement?.textContent === 'Show me on the card');
        await page.keyboard.press('Enter');
        assert.equal(await showMe.getAttribute('aria-pressed'), 'true');
        const marks = page
          .locator('astro-island[component-url*=VerdictExercise]')
          .nth(n)
          .locator('article mark');
        assert.ok((await marks.count()) > 0, 'Show me marks the red flags on the card');
      }
    }
    assert.deepEqual(await axeViolations(page), [], 'feedback and marks pass axe');
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('snty:progress')));
    assert.equal(
      Object.keys(saved.exercises).filter((id) => id.startsWith('verdict:')).length,
      forms,
      'every check is recorded',
    );
    await tabTo(page, () => document.activeElement?.getAttribute('rel') === 'next');
    await Promise.all([page.waitForURL(/\/lessons\/04-/), page.keyboard.press('Enter')]);
    assert.deepEqual(page.problems, { csp: [], errors: [] });
  },

  async 'a reload keeps the draft and the progress'({ newPage, assert }) {
    const page = await newPage();
    await page.goto(REPLY_LESSON);
    await hydrateAll(page);
    const textarea = page.locator('textarea').first();
    await textarea.click();
    await page.keyboard.type('Hi there, I do not think we have met. How do we know each other?');
    await page.locator('form.ex-form').first().getByRole('button', { name: 'Check' }).click();
    await page.getByRole('button', { name: 'Show a model reply' }).waitFor();
    await textarea.press('End');
    await page.keyboard.type(' Thanks!');
    await page.reload();
    await hydrateAll(page);
    await page.waitForFunction(() => document.querySelector('textarea')?.value.endsWith('Thanks!'));
    assert.equal(
      await page.locator('textarea').first().inputValue(),
      'Hi there, I do not think we have met. How do we know each other? Thanks!',
      'the draft typed just before the reload is back',
    );
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('snty:progress')));
    const reply = Object.entries(saved.exercises).find(([id]) => id.startsWith('reply:'));
    assert.ok(reply && reply[1].attempts === 1, 'the checked attempt is still recorded');
    assert.deepEqual(page.problems, { csp: [], errors: [] });
  },

  async 'text typed before an exercise wakes up is kept and saved'({ newPage, assert }) {
    const page = await newPage();
    // Hold the reply island's code until the learner has typed, as on a slow connection.
    let release;
    const held = new Promise((resolve) => (release = resolve));
    await page.route('**/ReplyExercise.*.js', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(REPLY_LESSON);
    const textarea = page.locator('textarea').first();
    await textarea.scrollIntoViewIfNeeded();
    const early =
      'Hi Ravi, I typed this before the page finished loading. How do we know each other?';
    await textarea.fill(early);
    release();
    await hydrateAll(page);
    await page
      .getByText(`${early.split(/\s+/).length} words`)
      .first()
      .waitFor();
    assert.equal(await textarea.inputValue(), early, 'hydration keeps what was typed');
    await page.reload();
    await hydrateAll(page);
    await page.waitForFunction((t) => document.querySelector('textarea')?.value === t, early);
    assert.equal(await textarea.inputValue(), early, 'and it was saved as the draft');
    assert.deepEqual(page.problems, { csp: [], errors: [] });
  },

  async 'corrupt saved progress shows a notice and the exercises still work'({ newPage, assert }) {
    const page = await newPage();
    await page.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        sessionStorage.setItem('seeded', '1');
        localStorage.setItem('snty:progress', '{"v":1,"exercises":');
        localStorage.setItem('snty:drafts', '[1,2,3]');
      }
    });
    await page.goto(VERDICT_LESSON);
    await hydrateAll(page);
    await storageNotice(page, assert, /could not be read/);
    const form = page.locator('form.ex-form').first();
    await form.getByRole('radio').first().check();
    await form.getByRole('button', { name: 'Check' }).click();
    await form.locator('h4').waitFor();
    const stored = await page.evaluate(() => ({
      aside: localStorage.getItem('snty:progress:unreadable'),
      progress: JSON.parse(localStorage.getItem('snty:progress')),
    }));
    assert.equal(stored.aside, '{"v":1,"exercises":', 'the unreadable data is kept aside');
    assert.equal(Object.keys(stored.progress.exercises).length, 1, 'saving works again');
    assert.deepEqual(page.problems, { csp: [], errors: [] });
  },

  async 'storage that refuses writes shows a notice and the exercises still work'({
    newPage,
    assert,
  }) {
    const page = await newPage();
    await page.addInitScript(() => {
      Storage.prototype.setItem = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.goto(REPLY_LESSON);
    await hydrateAll(page);
    const form = page.locator('form.ex-form').first();
    await form.locator('textarea').fill('Hello, have we met? How do we know each other?');
    await form.getByRole('button', { name: 'Check' }).click();
    await form.locator('h4').waitFor();
    await storageNotice(page, assert, /not letting the course save/);
    assert.equal(await page.evaluate(() => localStorage.length), 0);
    assert.deepEqual(page.problems, { csp: [], errors: [] });
  },

  async 'a hostile draft stays inert text'({ newPage, assert }) {
    const page = await newPage();
    await page.goto(REPLY_LESSON);
    await hydrateAll(page);
    const form = page.locator('form.ex-form').first();
    await form.locator('textarea').fill(HOSTILE);
    await form.getByRole('button', { name: 'Check' }).click();
    await form.locator('h4').waitFor();
    await page.reload();
    await hydrateAll(page);
    await page.waitForFunction((t) => document.querySelector('textarea')?.value === t, HOSTILE);
    await page.locator('form.ex-form').first().getByRole('button', { name: 'Check' }).click();
    await page.locator('form.ex-form').first().locator('h4').waitFor();
    const found = await page.evaluate(() => ({
      pwned: window.__pwned,
      elements: document.querySelectorAll('.exercise img, .exercise b').length,
      scripts: [...document.scripts].filter((s) => s.textContent.includes('__pwned')).length,
    }));
    assert.deepEqual(
      found,
      { pwned: undefined, elements: 0, scripts: 0 },
      'nothing of the draft became HTML',
    );
    assert.deepEqual(page.problems, { csp: [], errors: [] });
  },
};
