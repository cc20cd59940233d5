// The invitation card, "Spot it on the card" and the phone-first pieces, in a real browser: the
// spot-it exercise by keyboard alone with "Show me" leaving the red flags in view, the decision
// diagram at 375 px, and lesson pages with feedback open at 375 px (axe light and dark, no
// sideways scrolling).
import { axeViolations, hydrateAll, overflowsHorizontally, tabTo } from './context.mjs';

const SPOT_LESSON = '/lessons/02-anatomy-of-an-invitation/';
const DIAGRAM_LESSON = '/lessons/05-your-three-choices/';
const PHONE = { width: 375, height: 667 };

/** True when `locator`'s element lies wholly inside the viewport. */
const inView = (locator) =>
  locator.evaluate((el) => {
    const { top, bottom, left, right } = el.getBoundingClientRect();
    return top >= 0 && left >= 0 && bottom <= innerHeight && right <= innerWidth;
  });

export default {
  async 'spot it on the card works by keyboard alone, and Show me leaves the marks in view'({
    newPage,
    assert,
  }) {
    const page = await newPage({ viewport: PHONE });
    await page.goto(SPOT_LESSON);
    await hydrateAll(page);
    const form = page.locator('form.ex-form:has(.spot-part)').first();
    const formId = await form.getAttribute('id');
    await page.locator('h1').focus();
    // Tab to the card's first markable part, then through the parts: Space marks a part.
    await tabTo(page, (id) => document.activeElement?.closest('form')?.id === id, { arg: formId });
    const parts = await form.locator('.spot-part').allTextContents();
    const flagged = parts.map((text) =>
      /says you were colleagues|old Northwind colleague/.test(text),
    );
    assert.ok(flagged.filter(Boolean).length === 2, 'the route line and the phrase are parts');
    for (let i = 0; i < parts.length; i++) {
      if (i > 0) await page.keyboard.press('Tab');
      const text = await page.evaluate(() => document.activeElement?.textContent);
      assert.equal(text, parts[i], 'Tab walks the parts in reading order');
      if (flagged[i]) await page.keyboard.press('Space');
    }
    const pressed = await form.locator('.spot-part[aria-pressed="true"]').allTextContents();
    assert.deepEqual(
      pressed,
      parts.filter((_, i) => flagged[i]),
      'Space marked exactly those parts',
    );
    await tabTo(page, () => document.activeElement?.textContent === 'Check');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.tagName === 'H4');
    assert.match(
      await page.evaluate(() => document.activeElement.textContent),
      /^Well done: 3 of 3$/,
    );
    await tabTo(page, () => document.activeElement?.textContent === 'Show me on the card');
    await page.keyboard.press('Enter');
    const marks = form.locator('.spot-part.ic-mark');
    await marks.first().waitFor();
    assert.equal(await marks.count(), 2, 'both red flags are marked on the card');
    await page.waitForTimeout(300);
    assert.ok(await inView(marks.first()), 'the first red flag is in view after Show me');
    assert.ok(
      await inView(form.locator('.invitation-card .ic-name')),
      'the card is brought into view',
    );
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('snty:progress')));
    assert.equal(saved.exercises['spot:arjun-wrong-bank']?.passed, true, 'the check is recorded');
    assert.equal(await overflowsHorizontally(page), false, 'no sideways scrolling at 375 px');
    assert.deepEqual(await axeViolations(page), [], 'spot-it with marks and feedback passes axe');
    assert.deepEqual(page.problems, { csp: [], errors: [] });
  },

  async 'the decision diagram is legible: text form only at 375 px, 12 px text or more where shown'({
    newPage,
    assert,
  }) {
    const phone = await newPage({ viewport: PHONE });
    await phone.goto(DIAGRAM_LESSON);
    const svg = phone.locator('svg[aria-labelledby~="flow-title"]');
    assert.equal(await svg.isVisible(), false, 'the diagram is not shown at 375 px');
    const steps = phone.locator('h3:has-text("The same flow in words") + ol > li');
    assert.ok((await steps.count()) >= 5, 'the text form lists the steps');
    assert.ok(await steps.first().isVisible(), 'and it is visible');
    const stepSize = await steps
      .first()
      .evaluate((li) => parseFloat(getComputedStyle(li).fontSize));
    assert.ok(stepSize >= 12, `the steps are at least 12 px (${stepSize})`);

    // Where the diagram shows, its smallest text renders at 12 px or more: at 960 px the course
    // map takes its column and leaves the diagram narrowest.
    for (const width of [960, 1280]) {
      const desktop = await newPage({ viewport: { width, height: 800 } });
      await desktop.goto(DIAGRAM_LESSON);
      const smallest = await desktop
        .locator('svg[aria-labelledby~="flow-title"]')
        .evaluate((svg) => {
          const scale = svg.getScreenCTM().a;
          return Math.min(
            ...[...svg.querySelectorAll('text')].map(
              (t) => parseFloat(getComputedStyle(t).fontSize) * scale,
            ),
          );
        });
      assert.ok(smallest >= 12, `at ${width} px the smallest text is ${smallest.toFixed(1)} px`);
    }
  },

  async 'lessons with feedback open fit 375 px and pass axe in light and dark'({
    newPage,
    assert,
  }) {
    const failures = [];
    for (const colorScheme of ['light', 'dark']) {
      const page = await newPage({ viewport: PHONE, colorScheme });
      for (const lesson of [SPOT_LESSON, '/lessons/06-writing-the-clarifying-reply/']) {
        await page.goto(lesson);
        await hydrateAll(page);
        const textarea = page.locator('form.ex-form textarea').first();
        if (await textarea.count()) {
          await textarea.fill(
            'Hi Ravi, thank you for the invitation. I do not think we have met: how do we know each other, and how can I help you?',
          );
        } else {
          await page.locator('form.ex-form .spot-part').first().click();
        }
        const form = page.locator('form.ex-form').first();
        await form.getByRole('button', { name: 'Check' }).click();
        await form.locator('.ex-feedback h4').waitFor();
        const met = form.locator('.ex-met-all');
        if (await met.count()) await met.locator('summary').click();
        if (await overflowsHorizontally(page)) failures.push(`${colorScheme} ${lesson}: overflow`);
        for (const v of await axeViolations(page)) failures.push(`${colorScheme} ${lesson}: ${v}`);
      }
      for (const c of page.problems.csp) failures.push(`${colorScheme}: ${c}`);
      for (const e of page.problems.errors) failures.push(`${colorScheme}: page error ${e}`);
    }
    assert.deepEqual(failures, []);
  },
};
