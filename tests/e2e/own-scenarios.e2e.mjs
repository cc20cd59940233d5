// Own scenarios: an instructor writes a scenario in the browser (checked field by field, the card
// previewed, the model reply graded live), assigns it, a student answers it in a fresh browser
// (so the scenario can only have travelled in the link), and the gradebook grades the results
// file. Plus: the YAML download and a malformed import that names the field.
import { readFile } from 'node:fs/promises';
import { buildAssignment, startAs } from './assignment-steps.mjs';
import { axeViolations, hydrated, overflowsHorizontally } from './context.mjs';

const REPLY =
  'Hi Priya, thank you for the invitation. It says we were colleagues at Northwind Traders, but I have never worked there; I work at Contoso Bank. Perhaps you meant someone else? If not, how do we know each other, and how could I help you? Happy to connect once I know.';
const ID = 'priya-says-you-worked-together-at-northwind';

/** Fills the editor with a complete scenario. */
async function writeScenario(page) {
  await page.locator('#se-title').fill('Priya says you worked together at Northwind');
  await page.locator('#se-you-name').fill('Jordan Reyes');
  await page.locator('#se-you-employers').fill('Contoso Bank');
  await page.locator('#se-sender-name').fill('Priya Nair');
  await page.locator('#se-sender-headline').fill('Data engineer at Fabrikam');
  await page.locator('#se-invitation-via').selectOption('colleague');
  await page.locator('#se-invitation-claim').fill('Northwind Traders');
  await page
    .locator('#se-invitation-note')
    .fill('Great working with you at Northwind! Let us stay in touch.');
  await page.locator('#se-situation').selectOption('false-claim-worth-asking');
  await page.getByRole('checkbox', { name: 'False colleague claim' }).check();
  await page
    .locator('#se-answer-why')
    .fill(
      'You never worked at Northwind Traders, so the colleague claim is false; Priya works in data like you, so one short question may show a real reason to connect.',
    );
  await page.locator('#se-answer-reply').fill(REPLY);
}

export default {
  async 'author a scenario, assign it, a student answers it, the gradebook grades it'({
    newPage,
    assert,
  }) {
    const teacher = await newPage({ acceptDownloads: true });
    await teacher.goto('/instructor/scenarios/');
    await hydrated(teacher);
    assert.deepEqual(await axeViolations(teacher), [], 'the empty editor passes axe');

    // Saving an empty form names each field that needs attention, on the field itself.
    await teacher.getByRole('button', { name: 'Save the scenario' }).click();
    await teacher
      .getByRole('alert')
      .filter({ hasText: /fields need attention/ })
      .waitFor();
    const title = teacher.locator('#se-title');
    assert.equal(await title.getAttribute('aria-invalid'), 'true');
    const described = await title.getAttribute('aria-describedby');
    assert.match(
      await teacher.locator(`#${described.split(' ').pop()}`).textContent(),
      /Title: required/,
    );

    await writeScenario(teacher);
    // The note counter, the card preview and the live rubric follow the fields.
    assert.match(await teacher.locator('#se-invitation-note-count').textContent(), /^58 of 300/);
    assert.equal(await teacher.locator('.se-preview .ic-name').textContent(), 'Priya Nair');
    assert.match(await teacher.locator('.se-preview').textContent(), /Northwind Traders/);
    assert.match(
      await teacher.locator('.se-rubric').textContent(),
      /100%, enough for a model reply/,
    );
    assert.equal(await teacher.locator('#se-id').inputValue(), ID, 'the id follows the title');
    assert.equal(await teacher.locator('[aria-invalid="true"]').count(), 0, 'no field in error');
    assert.deepEqual(await axeViolations(teacher), [], 'the filled editor passes axe');
    await teacher.emulateMedia({ colorScheme: 'dark' });
    assert.deepEqual(await axeViolations(teacher), [], 'the filled editor passes axe in dark');
    await teacher.setViewportSize({ width: 375, height: 740 });
    assert.equal(await overflowsHorizontally(teacher), false, 'no sideways scroll at 375 px');
    await teacher.emulateMedia({ colorScheme: 'light' });
    await teacher.setViewportSize({ width: 1280, height: 720 });

    await teacher.getByRole('button', { name: 'Save the scenario' }).click();
    await teacher
      .getByRole('status')
      .filter({ hasText: /^Saved "Priya says/ })
      .waitFor();

    // The YAML download is a bank file; a broken copy is refused naming the field.
    const [yamlDownload] = await Promise.all([
      teacher.waitForEvent('download'),
      teacher.getByRole('button', { name: /Download YAML of Priya says/ }).click(),
    ]);
    assert.equal(yamlDownload.suggestedFilename(), `${ID}.yaml`);
    const yaml = await readFile(await yamlDownload.path(), 'utf8');
    assert.match(yaml, new RegExp(`^id: "${ID}"$`, 'm'));
    await teacher.locator('#se-import').setInputFiles({
      name: 'broken.yaml',
      mimeType: 'application/yaml',
      buffer: Buffer.from(yaml.replace(/^ {2}verdict: "reply"$/m, '  verdict: "perhaps"')),
    });
    assert.match(
      await teacher.locator('#se-import-error').textContent(),
      /broken\.yaml: .*answer\.verdict:/s,
    );

    // The builder lists it under "Your scenarios"; the link carries it and still gets a QR code.
    const link = await buildAssignment(teacher, {
      title: 'Week 5: our own invitations',
      ids: [ID, 'betty-same-school'],
    });
    const own = teacher.getByRole('group', { name: /^Your scenarios/ });
    assert.equal(await own.locator(`input[name="builder-scenario-${ID}"]:checked`).count(), 1);
    assert.equal(await teacher.locator('svg.qr-code path').count(), 1, 'a QR code is drawn');

    // A student in a fresh browser: the scenario can only come from the link.
    const student = await startAs(newPage, link, 'Sam Okafor');
    let sawPriya = false;
    for (let i = 1; i <= 4; i++) {
      await student
        .locator('#asg-q-title')
        .filter({ hasText: `Question ${i} of 4` })
        .waitFor();
      const isPriya = (await student.locator('.ic-name').textContent()) === 'Priya Nair';
      sawPriya ||= isPriya;
      const radio = student.getByRole('radio', { name: 'Reply without accepting', exact: true });
      if (await radio.count()) await radio.check();
      const flag = student.getByRole('checkbox', { name: 'False colleague claim' });
      if (isPriya && (await flag.count())) await flag.check();
      const text = student.locator('textarea');
      if (isPriya && (await text.count())) await text.fill(REPLY);
      await student.getByRole('button', { name: 'Next' }).click();
    }
    assert.ok(sawPriya, "the own scenario's card is shown");
    await student.getByRole('button', { name: 'Finish and see my score' }).click();
    await student.getByRole('heading', { name: /^Your score: / }).waitFor();
    assert.match(await student.locator('main').textContent(), /Priya Nair/);
    const [download] = await Promise.all([
      student.waitForEvent('download'),
      student.getByRole('button', { name: 'Download my results' }).click(),
    ]);
    const resultsText = await readFile(await download.path(), 'utf8');
    assert.ok(JSON.parse(resultsText).answers.some((a) => a.scenario === ID));

    // The gradebook grades the file against the link, own scenario included.
    await teacher.goto('/instructor/gradebook/');
    await hydrated(teacher);
    await teacher.getByLabel(/Assignment link/).fill(link);
    await teacher.getByRole('button', { name: 'Grade against this assignment' }).click();
    await teacher.getByLabel(/Choose results files/).setInputFiles([
      {
        name: download.suggestedFilename(),
        mimeType: 'application/json',
        buffer: Buffer.from(resultsText),
      },
    ]);
    await teacher
      .getByRole('status')
      .filter({ hasText: /1 students? imported, 0 files not/ })
      .waitFor();
    assert.match(
      await teacher.locator('.gb-table tbody > tr').first().textContent(),
      /Sam Okafor\d+(\.\d)?%/,
    );
    await teacher.getByRole('button', { name: 'Sam Okafor' }).click();
    const details = teacher.getByRole('region', { name: 'Answers of Sam Okafor' });
    assert.match(await details.textContent(), /Priya Nair/);
    assert.match(await details.textContent(), /Northwind Traders, but I have never worked there/);

    for (const page of [teacher, student]) assert.deepEqual(page.problems, { csp: [], errors: [] });
  },
};
