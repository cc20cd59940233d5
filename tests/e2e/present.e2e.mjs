// Workshop mode by keyboard only: choose scenarios, start, move with the arrows, reveal with R,
// go full screen; keys typed in a field are left alone. A projected slide fits 720p and 1080p
// with the answer in view, in type a room can read; the sender's follow-up is its own step.
import { axeViolations, hydrated, tabTo } from './context.mjs';

/** Chooses scenarios by id (or all), starts presenting, and waits for the first slide. */
async function present(page, ids) {
  await page.goto('/instructor/present/');
  await hydrated(page);
  if (ids) for (const id of ids) await page.locator(`[name="present-${id}"]`).check();
  else await page.getByRole('button', { name: 'Select all' }).click();
  await page.getByRole('button', { name: 'Start presenting' }).click();
  await page.locator('#present-title').waitFor();
}

/** Where `selector` sits against the window: its box, and whether it is wholly inside. */
function inView(page, selector) {
  return page.evaluate((sel) => {
    const box = document.querySelector(sel).getBoundingClientRect();
    const stage = document.querySelector('.present-stage');
    return {
      inside:
        box.top >= 0 &&
        box.left >= 0 &&
        box.bottom <= window.innerHeight &&
        box.right <= window.innerWidth,
      scrolls: stage.scrollHeight > stage.clientHeight + 1,
      box: [box.top, box.bottom].map(Math.round),
    };
  }, selector);
}

export default {
  async 'workshop mode by keyboard only'({ newPage, assert }) {
    const page = await newPage();
    await page.goto('/instructor/present/');
    await hydrated(page);

    // Typing R and arrows in the link field must not do anything but type.
    await tabTo(page, () => document.activeElement?.id === 'present-link', { limit: 120 });
    await page.keyboard.type('r');
    assert.equal(await page.locator('#present-link').inputValue(), 'r');
    await page.keyboard.press('Backspace');

    for (const id of ['present-betty-same-school', 'present-tunde-real-teammate']) {
      await tabTo(page, (name) => document.activeElement?.getAttribute('name') === name, {
        arg: id,
        limit: 120,
      });
      await page.keyboard.press('Space');
    }
    await tabTo(page, () => document.activeElement?.textContent === 'Start presenting', {
      limit: 120,
    });
    await page.keyboard.press('Enter');

    const title = page.locator('#present-title');
    await title.filter({ hasText: 'Scenario 1 of 2' }).waitFor();
    const first = await page.locator('.present-slide .ic-name').textContent();
    assert.equal(await page.locator('.present-reveal section').count(), 0, 'nothing revealed yet');

    await page.keyboard.press('r');
    const reveal = page.locator('.present-reveal section');
    await reveal.waitFor();
    assert.match(await reveal.textContent(), /The answer: /);
    assert.match(await reveal.textContent(), /Why:/);
    assert.deepEqual(await axeViolations(page), [], 'a revealed slide passes axe');

    await page.keyboard.press('ArrowRight');
    await title.filter({ hasText: 'Scenario 2 of 2' }).waitFor();
    assert.notEqual(await page.locator('.present-slide .ic-name').textContent(), first);
    assert.equal(await reveal.count(), 0, 'a new slide starts hidden');
    await page.keyboard.press('ArrowRight');
    await title.filter({ hasText: 'Scenario 2 of 2' }).waitFor();

    await page.keyboard.press('ArrowLeft');
    await title.filter({ hasText: 'Scenario 1 of 2' }).waitFor();
    await page.keyboard.press('R');
    await reveal.waitFor();
    if ((await page.locator('.present-slide mark').count()) === 0) {
      assert.match(await reveal.textContent(), /Red flags: none/);
    }

    await tabTo(page, () => document.activeElement?.textContent === 'Full screen', { limit: 120 });
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !!document.fullscreenElement);
    // The stage restyles on the fullscreenchange event, a moment after the element goes full screen.
    await page.locator('.present-stage.is-fullscreen').waitFor({ timeout: 5000 });
    assert.equal(
      await page.locator('.present-stage').getAttribute('class'),
      'present-stage is-fullscreen',
    );
    await page.keyboard.press('ArrowRight');
    await title.filter({ hasText: 'Scenario 2 of 2' }).waitFor();
    assert.deepEqual(page.problems, { csp: [], errors: [] });
  },

  async 'workshop mode fits the answer in 1280x720 and 1920x1080 without scrolling'({
    newPage,
    assert,
  }) {
    // The longest slides workshop mode offers (the self-assessment's are never shown): a card
    // with a long profile and four flags beside their explanations, the longest model reply and
    // why, the longest note, and the longest answer overall.
    const longest = [
      'p-victoria-finance-group',
      'p-ayesha-wrong-firm',
      'p-lucia-library-article',
      'p-lukas-old-colleague',
    ];
    for (const viewport of [
      { width: 1280, height: 720 },
      { width: 1920, height: 1080 },
    ]) {
      const page = await newPage({ viewport });
      await present(page, longest);
      for (let i = 0; i < longest.length; i++) {
        await page.keyboard.press('r');
        await page.locator('.present-reveal section').waitFor();
        const name = await page.locator('.present-slide .ic-name').textContent();
        for (const part of ['.present-reveal section', '.present-slide .invitation-card']) {
          const where = await inView(page, part);
          assert.ok(
            where.inside,
            `${viewport.width}x${viewport.height} ${name}: ${part} ${where.box}`,
          );
          assert.ok(
            !where.scrolls,
            `${viewport.width}x${viewport.height} ${name}: the stage scrolls`,
          );
        }
        if (viewport.height === 1080) {
          const smallest = await page.evaluate(() =>
            Math.min(
              ...[
                ...document.querySelectorAll(
                  '.present-slide :is(p, li, blockquote), .present-reveal :is(p, li, blockquote)',
                ),
              ].map((e) => parseFloat(getComputedStyle(e).fontSize)),
            ),
          );
          assert.ok(smallest >= 24, `${name}: body text ${smallest} px at 1080p`);
        }
        await page.keyboard.press('ArrowRight');
      }
      assert.deepEqual(page.problems, { csp: [], errors: [] });
    }
  },

  async "workshop mode shows the sender's follow-up as its own step"({ newPage, assert }) {
    const page = await newPage({ viewport: { width: 1280, height: 720 } });
    await present(page, ['wanjiku-recruiter-friend', 'tunde-real-teammate']);
    const reveal = page.locator('.present-reveal');
    const slide = page.locator('.present-slide .ic-name');
    // The deck keeps the bank's order (level, then title); go to the slide with the follow-up.
    if ((await slide.textContent()) !== 'Wanjiku Kamau') {
      await page.keyboard.press('ArrowRight');
      await slide.filter({ hasText: 'Wanjiku Kamau' }).waitFor();
    }
    await page.keyboard.press('r');
    await reveal.getByRole('heading', { name: /^The answer: / }).waitFor();
    assert.doesNotMatch(await reveal.textContent(), /The sender answers/);
    await page.keyboard.press('r');
    await reveal.getByRole('heading', { name: 'The sender answers your reply' }).waitFor();
    assert.doesNotMatch(await reveal.textContent(), /Then: /, 'the room votes before the decision');
    assert.match(await reveal.textContent(), /Accept, with a little caution, or decline\?/);
    await page.keyboard.press('r');
    await reveal.getByRole('heading', { name: /^Then: Accept, with a little caution/ }).waitFor();
    assert.ok((await inView(page, '.present-reveal section')).inside, 'the decision is in view');
    assert.deepEqual(await axeViolations(page), [], 'the decision step passes axe');
    await page.keyboard.press('r');
    // R after the last step hides them.
    await reveal.locator('section').waitFor({ state: 'detached' });
    await reveal.getByText('What would you do').waitFor();

    // A slide without a follow-up goes from the answer straight back to the card alone.
    const other = page.getByRole('button', { name: 'Previous' });
    await page.keyboard.press((await other.isDisabled()) ? 'ArrowRight' : 'ArrowLeft');
    await slide.filter({ hasNotText: 'Wanjiku Kamau' }).waitFor();
    await page.keyboard.press('r');
    await reveal.getByRole('heading', { name: /^The answer: / }).waitFor();
    await page.keyboard.press('r');
    await reveal.locator('section').waitFor({ state: 'detached' });
    assert.deepEqual(page.problems, { csp: [], errors: [] });
  },
};
