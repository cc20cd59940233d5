// The steps of the assignment journey that several browser tests take: make a link in the
// builder, open it as a student, answer every question.
import { hydrated } from './context.mjs';

/** A reply to Betty's invitation that the grader passes. */
export const BETTY_REPLY =
  'Hello Betty, your invitation says we went to Duke University together. I actually studied at NC State, not Duke. Maybe you clicked on the wrong Owen Brooks? If not, how do we know each other? And how do you think I can help you?';

/**
 * Builds an assignment in the builder at `url` and returns its link: `title`, the scenarios
 * `ids` (each focused first, so the preview follows), optionally a `passMark` and more question
 * kinds (`tasks`, e.g. ['followup']).
 */
export async function buildAssignment(
  page,
  { title, ids, url = '/instructor/assignments/', passMark, tasks = [] },
) {
  await page.goto(url);
  await hydrated(page);
  await page.getByLabel('Title').fill(title);
  if (passMark !== undefined) await page.getByLabel('Pass mark (%)').fill(String(passMark));
  for (const task of tasks) await page.locator(`input[name="builder-task-${task}"]`).check();
  for (const id of ids) {
    const box = page.locator(`input[name="builder-scenario-${id}"]`);
    await box.focus();
    await box.check();
  }
  await page.getByRole('button', { name: 'Create link' }).click();
  return page.getByLabel('Link for students').inputValue();
}

/** Opens `link` in `page` as a student named `name` and starts. */
export async function openAs(page, link, name) {
  await page.goto(link);
  await hydrated(page);
  await page.getByLabel('Your name, as your instructor knows you').fill(name);
  await page.getByRole('button', { name: 'Start' }).click();
  return page;
}

/** Opens `link` as a student named `name` in a fresh browser and starts. */
export async function startAs(newPage, link, name) {
  return openAs(await newPage({ acceptDownloads: true }), link, name);
}

/**
 * Answers every question of part 1 (choosing `verdict`, ticking the false-classmate flag, writing
 * Betty's reply), naively but deterministically. Returns each question's heading and instruction.
 */
export async function answerAll(page, verdict = 'Reply without accepting') {
  const seen = [];
  const total = Number((await page.locator('#asg-q-title').textContent()).match(/of (\d+)/)[1]);
  for (let i = 1; i <= total; i++) {
    // Wait for the question to be on screen before reading which inputs it has.
    await page
      .locator('#asg-q-title')
      .filter({ hasText: `Question ${i} of ${total}` })
      .waitFor();
    seen.push(`${i}/${total} ${await page.locator('.qz-prompt').textContent()}`);
    const radio = page.getByRole('radio', { name: verdict, exact: true });
    if (await radio.count()) await radio.check();
    const flag = page.getByRole('checkbox', { name: 'False classmate claim' });
    if (await flag.count()) await flag.check();
    const text = page.locator('textarea');
    if (await text.count()) await text.fill(BETTY_REPLY);
    await page.getByRole('button', { name: 'Next' }).click();
  }
  return seen;
}
