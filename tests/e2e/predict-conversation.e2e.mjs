// Predict, then see (worked examples) and the whole conversation (reply, answer, decision), in a
// real browser on the built site: keyboard only, without JavaScript, in print, and axe at 375 px.
import { axeViolations, hydrateAll, overflowsHorizontally, tabTo } from './context.mjs';

const PREDICT_LESSON = '/lessons/01-why-invitations-matter/';
const CONVERSATION_LESSON = '/lessons/07-after-they-answer/';
// Lesson 1's first worked example (Ruth, an honest stranger: accept) and lesson 7's conversation
// (Hannah).
const RUTH_WHY = 'Strangers like this deserve a fair hearing';
const HANNAH_REPLY =
  "Hi Hannah, your invitation says we worked together on a Brightline Solar project. I don't believe we have: I have never worked with Brightline. Maybe you clicked on the wrong Jonas Becker? If not, could you tell me how we know each other, and what you hope we could do for each other?";
const HANNAH_ANSWER = 'I am looking for wind partners for hybrid parks';

const activeText = (page) => page.evaluate(() => document.activeElement?.textContent?.trim());

export default {
  async 'predict then see: a worked example by keyboard only'({ newPage, assert }) {
    const page = await newPage();
    await page.goto(PREDICT_LESSON);
    await hydrateAll(page);
    const example = page.locator('.worked-example').first();
    const answer = example.locator('.we-reveal');
    assert.equal(await answer.isVisible(), false, 'the answer waits for a prediction');
    assert.equal(await example.getByText(RUTH_WHY).isVisible(), false);
    assert.ok(await example.locator('.we-plain-card').isVisible(), 'the plain card is shown');

    await page.locator('h1').focus();
    await tabTo(page, () => {
      const el = document.activeElement;
      return el?.type === 'radio' && !!el.closest('.worked-example .we-ask');
    });
    // Into the group on the first radio, Accept: Space chooses it.
    await page.keyboard.press('Space');
    assert.equal(
      await page.evaluate(() => document.activeElement.closest('label').textContent.trim()),
      'Accept',
    );
    await tabTo(page, () => document.activeElement?.textContent === 'See the answer');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.classList.contains('we-outcome'));
    assert.equal(
      await activeText(page),
      'You predicted Accept: that matches the recommended answer.',
      'the outcome says the prediction matched and takes the focus',
    );
    assert.ok(await answer.isVisible(), 'the answer is shown');
    assert.ok(await example.getByText(RUTH_WHY).isVisible(), 'with the reason');
    assert.equal(
      await example.locator('.we-plain-card').isVisible(),
      false,
      'the marked card replaces the plain one',
    );

    // "Just show me" on the next worked example, by keyboard too.
    await tabTo(page, () => document.activeElement?.textContent === 'Just show me');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.classList.contains('we-outcome'));
    assert.match(await activeText(page), /^The recommended answer is /);
    assert.deepEqual(page.problems.errors, []);
  },

  async 'predict then see: without JavaScript and in print the answer is there'({
    newPage,
    assert,
  }) {
    const plain = await newPage({ javaScriptEnabled: false });
    await plain.goto(PREDICT_LESSON);
    const example = plain.locator('.worked-example').first();
    assert.ok(await example.getByText(RUTH_WHY).isVisible(), 'no JavaScript: the answer shows');
    assert.equal(await example.locator('.we-ask').isVisible(), false, 'and no dead question');

    const print = await newPage();
    await print.goto(PREDICT_LESSON);
    await hydrateAll(print);
    await print.emulateMedia({ media: 'print' });
    const printed = print.locator('.worked-example').first();
    assert.ok(await printed.getByText(RUTH_WHY).isVisible(), 'print: the answer shows');
    assert.equal(await printed.locator('.we-ask').isVisible(), false, 'print: no question');
  },

  async 'the whole conversation by keyboard only'({ newPage, assert }) {
    const page = await newPage();
    await page.goto(CONVERSATION_LESSON);
    await hydrateAll(page);
    const exercise = page.locator('.exercise', { has: page.locator('.conversation') });
    assert.equal(await exercise.getByText(HANNAH_ANSWER).count(), 0, 'the answer waits');

    await page.locator('h1').focus();
    await tabTo(
      page,
      () =>
        document.activeElement?.tagName === 'TEXTAREA' &&
        !!document.activeElement.closest('.conversation'),
    );
    await page.keyboard.type(HANNAH_REPLY);
    await tabTo(page, () => document.activeElement?.textContent === 'Check');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.tagName === 'H4');
    assert.match(await activeText(page), /^Well done: /, 'the reply is checked');
    await exercise.getByText(HANNAH_ANSWER).waitFor({ timeout: 3000 });
    const announced = await exercise.locator('[role="status"]').allTextContents();
    assert.ok(
      announced.some((t) => t.startsWith('Hannah has answered your reply.')),
      'the answer is announced',
    );

    await tabTo(page, () => {
      const el = document.activeElement;
      return el?.type === 'radio' && el.name.endsWith('-decision');
    });
    // Into the group on the first radio: Space chooses "Accept, with a little caution".
    await page.keyboard.press('Space');
    assert.equal(
      await page.evaluate(() => document.activeElement.closest('label').textContent.trim()),
      'Accept, with a little caution',
    );
    await tabTo(page, () => document.activeElement?.textContent === 'Check');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() =>
      /^Well done: .* of 2$/.test(document.activeElement?.textContent ?? ''),
    );
    const saved = await page.evaluate(() => localStorage.getItem('snty:progress'));
    assert.match(
      saved,
      /"conversation:hannah-solar-supplier"/,
      'progress records the conversation',
    );

    // After a reload the checked reply brings the sender's answer back.
    await page.reload();
    await hydrateAll(page);
    await exercise.getByText(HANNAH_ANSWER).waitFor({ timeout: 3000 });
    assert.deepEqual(page.problems.errors, []);
  },

  async 'predict and conversation fit 375 px and pass axe in light and dark'({ newPage, assert }) {
    const failures = [];
    for (const colorScheme of ['light', 'dark']) {
      const page = await newPage({ colorScheme, viewport: { width: 375, height: 740 } });
      for (const lesson of [PREDICT_LESSON, CONVERSATION_LESSON]) {
        await page.goto(lesson);
        await hydrateAll(page);
        const check = async (where) => {
          for (const v of await axeViolations(page)) failures.push(`${colorScheme} ${where}: ${v}`);
          if (await overflowsHorizontally(page))
            failures.push(`${colorScheme} ${where}: scrolls sideways`);
        };
        await check(`${lesson} asking`);
        // Each button goes once pressed, so press the first one until none is left.
        const justShow = page.getByRole('button', { name: 'Just show me' });
        while (await justShow.count()) await justShow.first().click();
        await check(`${lesson} revealed`);
      }
      await page.locator('.conversation textarea').fill(HANNAH_REPLY);
      await page.locator('.conversation').getByRole('button', { name: 'Check' }).first().click();
      await page.getByText(HANNAH_ANSWER).waitFor({ timeout: 3000 });
      await page.getByRole('radio', { name: 'Decline' }).last().check();
      await page.locator('.conversation').getByRole('button', { name: 'Check' }).last().click();
      await page.locator('.conversation .ex-feedback').last().waitFor();
      for (const v of await axeViolations(page))
        failures.push(`${colorScheme} conversation done: ${v}`);
      if (await overflowsHorizontally(page))
        failures.push(`${colorScheme} conversation done: scrolls sideways`);
      for (const p of page.problems.csp) failures.push(`${colorScheme}: ${p}`);
      for (const e of page.problems.errors) failures.push(`${colorScheme}: page error ${e}`);
    }
    assert.deepEqual(failures, []);
  },
};
