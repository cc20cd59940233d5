// "I just got one" (/my-invitation/): a learner describes a real invitation by keyboard alone,
// gets the course's recommendation, copies a reply that passes the grader and reads the sender's
// answer; all of it without a network request after the page has loaded. Then small screens and
// both themes, and the promise that nothing is kept unless the learner asks.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { axeViolations, hydrated, overflowsHorizontally, tabTo } from './context.mjs';

const PAGE = '/my-invitation/';

/** Tabs to the element whose accessible text or id `name` matches, then returns. */
const focused = (page, { id, text, name }) =>
  tabTo(
    page,
    ({ id, text, name }) => {
      const el = document.activeElement;
      if (!el) return false;
      if (id) return el.id === id;
      if (name) return el.getAttribute('name') === name;
      return el.textContent?.trim() === text;
    },
    { arg: { id, text, name } },
  );

/** Waits until the focus is on the step's heading and the heading reads `title`. */
async function onStep(page, assert, title) {
  await page.waitForFunction(
    (t) =>
      document.activeElement?.id === 'mi-step-title' && document.activeElement.textContent === t,
    title,
    { timeout: 5000 },
  );
  assert.equal(await page.locator('#mi-step-title').textContent(), title);
}

/** Grades a reply to a bank scenario with the command-line grader (the grader, not the page). */
function gradeWithCli(root, scenario, text) {
  const cli = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'src/node/cli.ts', '-'],
    {
      cwd: root,
      input: JSON.stringify({ id: 'e2e', kind: 'reply', scenario, text }),
      encoding: 'utf8',
    },
  );
  return JSON.parse(cli.stdout.trim());
}

/** Fills the questions with the mouse-free shortcuts of Playwright (for the layout checks). */
async function describeBetty(page) {
  await page.fill('#mi-sender-name', 'Betty Carter');
  await page.fill('#mi-sender-headline', 'CPA at Carter & Co.');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('radio', { name: /^Classmate/ }).check();
  await page.fill('#mi-claim', 'Duke University');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.fill('#mi-note', 'Great to see a fellow Blue Devil here!');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('radio', { name: /^No, I never studied/ }).check();
  await page.fill('#mi-you-name', 'Owen');
  await page.fill('#mi-you-place', 'NC State University');
  await page.getByRole('button', { name: 'Next' }).click();
}

export default {
  async 'a false classmate, by keyboard: reply without accepting, a reply that passes, a thin answer; no request after load'({
    newPage,
    assert,
    root,
  }) {
    const page = await newPage({ permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(PAGE);
    await hydrated(page);
    await page.waitForLoadState('networkidle');
    const requests = [];
    page.on('request', (request) => requests.push(request.url()));

    // Describe it: one question at a time, Tab, type, arrows, Space and Enter only.
    await focused(page, { id: 'mi-sender-name' });
    await page.keyboard.type('Betty Carter');
    await page.keyboard.press('Tab');
    await page.keyboard.type('CPA at Carter & Co.');
    await page.keyboard.press('Tab');
    await page.keyboard.type('2');
    await page.keyboard.press('Enter');
    await onStep(page, assert, 'How does Betty say you know each other?');

    await focused(page, { name: 'mi-route' });
    await page.keyboard.press('ArrowDown'); // from Colleague to Classmate
    assert.equal(await page.getByRole('radio', { name: /^Classmate/ }).isChecked(), true);
    await focused(page, { id: 'mi-claim' });
    await page.keyboard.type('Duke University');
    await page.keyboard.press('Enter');
    await onStep(page, assert, 'What does Betty’s note say?');

    await focused(page, { id: 'mi-note' });
    await page.keyboard.type('Great to see a fellow Blue Devil here!');
    await focused(page, { text: 'Next' });
    await page.keyboard.press('Enter');
    await onStep(page, assert, 'Your own facts');

    await focused(page, { name: 'mi-claim-holds' });
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown'); // to "No, I never studied at Duke University"
    assert.equal(await page.getByRole('radio', { name: /^No, I never studied/ }).isChecked(), true);
    await focused(page, { id: 'mi-you-name' });
    await page.keyboard.type('Owen');
    await page.keyboard.press('Tab');
    await page.keyboard.type('NC State University');
    await page.keyboard.press('Enter');
    await onStep(page, assert, 'Anything odd on Betty’s profile?');

    await focused(page, { text: 'See what the course sees' });
    await page.keyboard.press('Enter');
    await onStep(page, assert, 'What the course sees');
    const flags = await page.locator('.mi-flags').textContent();
    assert.match(flags, /False classmate claim/);
    assert.match(flags, /Lesson 3: False claims/);

    await focused(page, { text: 'Decide what to do' });
    await page.keyboard.press('Enter');
    await onStep(page, assert, 'What to do');
    await focused(page, { name: 'mi-benefit' });
    await page.keyboard.press('Space'); // "Yes, there could be"
    const verdict = page.locator('.mi-verdict-action');
    assert.equal((await verdict.textContent()).trim(), 'Recommended: Reply without accepting');
    assert.match(
      await page.locator('[role="status"]').last().textContent(),
      /Recommended: Reply without accepting/,
    );

    await focused(page, { text: 'Write the reply' });
    await page.keyboard.press('Enter');
    await onStep(page, assert, 'A reply to start from');
    await page.waitForFunction(() =>
      document.querySelector('.ex-checklist-title')?.textContent?.includes('(passes)'),
    );
    await focused(page, { text: 'Copy the reply' });
    await page.keyboard.press('Enter');
    await page.waitForFunction(() =>
      document.querySelector('.mi [role="status"]')?.textContent?.startsWith('Reply copied'),
    );
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, await page.locator('#mi-reply').inputValue());
    assert.match(copied, /^Hello Betty,/);
    const graded = gradeWithCli(root, 'betty-same-school', copied);
    assert.equal(graded.passed, true, JSON.stringify(graded.criteria));

    await focused(page, { text: 'When they answer' });
    await page.keyboard.press('Enter');
    await onStep(page, assert, 'After they answer');
    await focused(page, { id: 'mi-answer' });
    await page.keyboard.type("you're into marketing");
    await focused(page, { text: 'Read their answer' });
    await page.keyboard.press('Enter');
    assert.equal(
      (await page.locator('.mi-answer-thin .mi-verdict-action').textContent()).trim(),
      'This answer is thin.',
    );
    assert.match(await page.locator('.mi [role="status"]').textContent(), /thin.*Decline/s);

    assert.deepEqual(requests, [], 'the page makes no network request after it has loaded');
    assert.deepEqual(page.problems, { csp: [], errors: [] });
  },

  async 'fits 375 px and passes axe in light and dark at every part'({ newPage, assert }) {
    const failures = [];
    for (const colorScheme of ['light', 'dark']) {
      const page = await newPage({ colorScheme, viewport: { width: 375, height: 740 } });
      await page.goto(PAGE);
      await hydrated(page);
      const check = async (where) => {
        for (const v of await axeViolations(page)) failures.push(`${colorScheme} ${where}: ${v}`);
        if (await overflowsHorizontally(page))
          failures.push(`${colorScheme} ${where}: scrolls sideways`);
      };
      await check('first question');
      await page.getByRole('button', { name: 'Next' }).click();
      await page.locator('#mi-error').waitFor();
      await check('a missing answer');
      await describeBetty(page);
      await page.getByRole('checkbox', { name: /stock image/ }).check();
      await check('the profile question');
      await page.getByRole('checkbox', { name: /stock image/ }).uncheck();
      await page.getByRole('button', { name: 'See what the course sees' }).click();
      await check('the reading');
      await page.getByRole('button', { name: 'Decide what to do' }).click();
      await page.getByRole('radio', { name: 'I’m not sure' }).check();
      await check('the decision');
      await page.getByRole('button', { name: 'Write the reply' }).click();
      await check('the reply');
      await page.getByRole('button', { name: 'When they answer' }).click();
      await page.fill('#mi-answer', 'You are into accounting, like me.');
      await page.getByRole('button', { name: 'Read their answer' }).click();
      await page.locator('.mi-answer-thin').waitFor();
      await check('the answer');
      for (const p of page.problems.csp) failures.push(`${colorScheme}: ${p}`);
      for (const e of page.problems.errors) failures.push(`${colorScheme}: page error ${e}`);
    }
    assert.deepEqual(failures, []);
  },

  async 'nothing is kept unless asked; "Keep on this device" survives a reload; Forget clears it'({
    newPage,
    assert,
  }) {
    const page = await newPage();
    const stored = () =>
      page.evaluate(() =>
        Object.keys(localStorage)
          .filter((key) => localStorage.getItem(key)?.includes('Betty'))
          .sort(),
      );
    await page.goto(PAGE);
    await hydrated(page);
    await describeBetty(page);
    assert.deepEqual(await stored(), [], 'nothing saved while not asked');
    await page.reload();
    await hydrated(page);
    assert.equal(await page.inputValue('#mi-sender-name'), '', 'gone after a reload');

    await describeBetty(page);
    await page.getByRole('checkbox', { name: 'Keep on this device' }).check();
    assert.deepEqual(await stored(), ['snty:my-invitation']);
    await page.reload();
    await hydrated(page);
    await page.locator('#mi-step-title', { hasText: 'Anything odd on Betty’s profile?' }).waitFor();
    assert.equal(
      await page.getByRole('checkbox', { name: 'Keep on this device' }).isChecked(),
      true,
    );

    await page.getByRole('button', { name: 'Forget this invitation' }).click();
    await page.locator('#mi-step-title', { hasText: 'Who sent the invitation?' }).waitFor();
    assert.equal(await page.inputValue('#mi-sender-name'), '');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'mi-step-title');
    assert.deepEqual(await stored(), [], 'forgotten on the device too');
    assert.equal(await page.evaluate(() => localStorage.getItem('snty:my-invitation')), null);
  },
};
