// Workshop mode by keyboard only: choose scenarios, start, move with the arrows, reveal with R,
// go full screen; keys typed in a field are left alone.
import { axeViolations, hydrated, tabTo } from './context.mjs';

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
};
