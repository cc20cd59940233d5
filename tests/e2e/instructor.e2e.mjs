// The instructor's journey: build an assignment, open it as a student, answer, see the score,
// download the results, import them in the gradebook with a bad file, another assignment's file,
// a cut-off file and a file whose pass mark was edited, download the CSV. Plus: a tampered link
// shows a clear error page; the questions are the same whatever the verdict chosen; the answering
// page carries no answer key; a second student on a shared computer starts clean.
import { readFile } from 'node:fs/promises';
import { answerAll, BETTY_REPLY, buildAssignment, startAs } from './assignment-steps.mjs';
import { axeViolations, hydrated, overflowsHorizontally } from './context.mjs';

/** The text of a page as a browser reads it (entities decoded), to search for key text. */
const decoded = (html) =>
  html
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

export default {
  async 'build an assignment, answer it as a student, grade it in the gradebook'({
    newPage,
    assert,
  }) {
    const teacher = await newPage({ acceptDownloads: true });
    const link = await buildAssignment(teacher, {
      title: 'Week 3: <b>false</b> claims',
      ids: ['betty-same-school', 'tunde-real-teammate'],
      passMark: 60,
    });
    assert.match(link, /\/assignment\/#a=[\w-]+$/);
    assert.equal(await teacher.locator('svg.qr-code path').count(), 1, 'a QR code is drawn');
    await teacher.locator('input[name="builder-scenario-betty-same-school"]').focus();
    assert.equal(
      await teacher.locator('.builder-preview .ic-name').textContent(),
      'Betty Carter',
      'the focused scenario is previewed',
    );

    // The student opens the link in their own browser.
    const student = await newPage({ acceptDownloads: true });
    await student.goto(link);
    await hydrated(student);
    assert.equal(await student.locator('h1').textContent(), 'Week 3: <b>false</b> claims');
    await student.getByLabel('Your name, as your instructor knows you').fill('Ann <i>Lee</i>');
    await student.getByRole('button', { name: 'Start' }).click();
    assert.match(await student.locator('#asg-q-title').textContent(), /Question 1 of 4/);
    // A reload keeps the name and the place.
    await student.getByRole('radio', { name: 'Reply without accepting' }).check();
    await student.reload();
    await hydrated(student);
    assert.match(await student.locator('#asg-q-title').textContent(), /Question 1 of 4/);
    assert.equal(
      await student.getByRole('radio', { name: 'Reply without accepting' }).isChecked(),
      true,
    );
    assert.deepEqual(await axeViolations(student), [], 'a question passes axe');
    await answerAll(student);
    await student.getByRole('heading', { name: 'Ready to finish?' }).waitFor();
    await student.getByRole('button', { name: 'Finish and see my score' }).click();
    // The end screen shows the score against the pass mark, and the review with model answers.
    const score = student.getByRole('heading', {
      name: /^Your score: \d+(\.\d)?% \((passed|not passed)\)$/,
    });
    await score.waitFor();
    assert.match(await student.locator('.asg-score').textContent(), /The pass mark is 60%/);
    assert.ok(await student.getByRole('heading', { name: 'Review' }).isVisible());
    assert.equal(
      await student.getByRole('button', { name: /^Back/ }).count(),
      0,
      'answers are final',
    );
    assert.deepEqual(await axeViolations(student), [], 'the end screen passes axe');
    // In dark, and on a 375 px phone, the score and review still read well and fit.
    await student.emulateMedia({ colorScheme: 'dark' });
    await student.setViewportSize({ width: 375, height: 740 });
    assert.deepEqual(await axeViolations(student), [], 'the end screen passes axe in dark');
    assert.equal(await overflowsHorizontally(student), false, 'no sideways scroll at 375 px');
    await student.emulateMedia({ colorScheme: 'light' });
    await student.setViewportSize({ width: 1280, height: 720 });
    const [download] = await Promise.all([
      student.waitForEvent('download'),
      student.getByRole('button', { name: 'Download my results' }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^results-ann-i-lee-i-[0-9a-f]{12}\.json$/);
    const resultsText = await readFile(await download.path(), 'utf8');
    const results = JSON.parse(resultsText);
    assert.equal(results.kind, 'snty-results');
    assert.equal(results.student.name, 'Ann <i>Lee</i>');
    assert.equal(results.answers[0].reply, BETTY_REPLY);
    assert.equal('score' in results, false, 'no score in the file');

    // The student tries to inflate the grade; another student's file is for another assignment.
    const other = await buildAssignment(teacher, {
      title: 'Week 4',
      ids: ['gary-other-default'],
      passMark: 60,
    });
    const inflated = {
      ...results,
      student: { name: '=cmd|"/c calc"!A1' },
      answers: [],
      score: 100,
      passed: true,
    };
    const week4 = { ...results, assignment: { ...results.assignment, title: 'Week 4' } };
    const tampered = {
      ...results,
      student: { name: 'Tam' },
      assignment: { ...results.assignment, passMark: 10 },
    };
    assert.ok(other);

    await teacher.goto('/instructor/gradebook/');
    await hydrated(teacher);
    await teacher.getByLabel(/Assignment link/).fill(link);
    await teacher.getByRole('button', { name: 'Grade against this assignment' }).click();
    const file = (name, text) => ({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    await teacher
      .getByLabel(/Choose results files/)
      .setInputFiles([
        file(download.suggestedFilename(), resultsText),
        file('inflated.json', JSON.stringify(inflated)),
        file('not-results.json', '{"hello": "world"}'),
        file('week4.json', JSON.stringify(week4)),
        file('tampered.json', JSON.stringify(tampered)),
        file('cut.json', resultsText.slice(0, Math.floor(resultsText.length * 0.8))),
      ]);
    await teacher
      .getByRole('status')
      .filter({ hasText: /2 students imported, 4 files not/ })
      .waitFor();
    const rejected = await teacher.locator('.gb-rejected').textContent();
    assert.match(rejected, /not-results\.json: The file is JSON but not a results file/);
    assert.match(
      rejected,
      /week4\.json: This file's title is "Week 4", the assignment's is "Week 3/,
    );
    // A tampered pass mark is set aside with its reason.
    assert.match(
      rejected,
      /tampered\.json: This file's pass mark is 10%, the assignment's is 60%\./,
    );
    assert.match(
      rejected,
      /cut\.json: The file is cut off: ask Ann <i>Lee<\/i> to download the results again and send the new file\./,
    );
    const rows = teacher.locator('.gb-table tbody > tr');
    assert.match(await rows.nth(0).textContent(), /Ann <i>Lee<\/i>\d+(\.\d)?%Passed/);
    assert.match(await rows.nth(1).textContent(), /=cmd\|"\/c calc"!A1\s*0%Not passed/);
    assert.equal(await teacher.locator('.gb-table i').count(), 0, 'names render as text');

    await teacher.getByRole('button', { name: 'Ann <i>Lee</i>' }).click();
    const details = teacher.getByRole('region', { name: 'Answers of Ann <i>Lee</i>' });
    assert.match(await details.textContent(), /Maybe you clicked on the wrong Owen Brooks/);
    assert.match(await details.textContent(), /Greets them by name/);

    assert.equal(await teacher.locator('svg.bar-chart title').textContent(), 'Class summary');
    assert.ok(await teacher.getByRole('table', { name: 'Class summary as a table' }).isVisible());

    // The filled gradebook (table, details, chart) passes axe and fits a small screen.
    assert.deepEqual(await axeViolations(teacher), []);
    await teacher.setViewportSize({ width: 320, height: 640 });
    assert.equal(await overflowsHorizontally(teacher), false, 'no sideways scroll at 320 px');
    await teacher.setViewportSize({ width: 1280, height: 720 });

    const [csvDownload] = await Promise.all([
      teacher.waitForEvent('download'),
      teacher.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    assert.equal(csvDownload.suggestedFilename(), 'gradebook.csv');
    const csv = (await readFile(await csvDownload.path(), 'utf8')).replace(/^\uFEFF/, '');
    const lines = csv.trimEnd().split('\r\n');
    assert.match(
      lines[0],
      /^Student,Student ID or email,File,Total %,Passed,betty-same-school: judge %/,
    );
    assert.match(lines[1], /^Ann <i>Lee<\/i>,,results-ann-i-lee-i-[0-9a-f]{12}\.json,\d+,/);
    assert.match(lines[2], /^"'=cmd\|""\/c calc""!A1",,inflated\.json,0,no,/);
    // Only students: the files not imported are listed on the page, not as rows among them.
    assert.equal(lines.length, 3);

    for (const page of [teacher, student]) assert.deepEqual(page.problems, { csp: [], errors: [] });
  },

  async 'a Moodle zip imports in the gradebook; a score set by hand survives a reload'({
    newPage,
    assert,
  }) {
    const teacher = await newPage({ acceptDownloads: true });
    const link = await buildAssignment(teacher, {
      title: 'Week 5',
      ids: ['betty-same-school'],
      passMark: 60,
    });
    // Robin gives a student number on the first screen.
    const student = await newPage({ acceptDownloads: true });
    await student.goto(link);
    await hydrated(student);
    await student.getByLabel('Your name, as your instructor knows you').fill('Robin Lee');
    await student.getByLabel(/Student number or email/).fill('s1234567');
    await student.getByRole('button', { name: 'Start' }).click();
    await answerAll(student);
    await student.getByRole('button', { name: 'Finish and see my score' }).click();
    const [download] = await Promise.all([
      student.waitForEvent('download'),
      student.getByRole('button', { name: 'Download my results' }).click(),
    ]);
    const resultsText = await readFile(await download.path(), 'utf8');
    assert.equal(JSON.parse(resultsText).student.id, 's1234567');

    // Moodle's "Download all submissions": one folder per student, other files alongside.
    const { strToU8, zipSync } = await import('fflate');
    const zip = zipSync({
      [`Robin Lee_12345_assignsubmission_file_/${download.suggestedFilename()}`]:
        strToU8(resultsText),
      'Robin Lee_12345_onlinetext_/onlinetext.html': strToU8('<p>Done</p>'),
      'Sam Roe_12346_assignsubmission_file_/results-sam.json': strToU8('{"cut'),
    });
    await teacher.goto('/instructor/gradebook/');
    await hydrated(teacher);
    await teacher.getByLabel(/Assignment link/).fill(link);
    await teacher.getByRole('button', { name: 'Grade against this assignment' }).click();
    await teacher
      .getByLabel(/Choose results files or a zip/)
      .setInputFiles([
        { name: 'Week 5-123-download.zip', mimeType: 'application/zip', buffer: Buffer.from(zip) },
      ]);
    await teacher
      .getByRole('status')
      .filter({
        hasText:
          'Read 2 files: 1 students imported, 1 files not imported. 1 other file was passed over.',
      })
      .waitFor();
    assert.match(
      await teacher.locator('.gb-rejected').textContent(),
      /Week 5-123-download\.zip\/Sam Roe_12346_assignsubmission_file_\/results-sam\.json: /,
    );
    assert.match(
      await teacher.locator('.gb-table tbody > tr').first().textContent(),
      /^Robin Lees1234567/,
    );

    // The instructor sets Q1's score and a comment, then reloads: all of it is still there.
    await teacher.getByRole('button', { name: 'Robin Lee' }).click();
    await teacher.getByLabel(/Your score for Q1 in %/).fill('55');
    await teacher.getByLabel(/Your score for Q1 in %/).press('Tab');
    await teacher.getByLabel('Comment for the student on Q1').fill('Name the school you went to.');
    await teacher.getByLabel('Comment for the student on Q1').press('Tab');
    await teacher.locator('.gb-table tbody > tr').first().filter({ hasText: '55*' }).waitFor();
    assert.deepEqual(
      await axeViolations(teacher),
      [],
      'the opened sheet with its fields passes axe',
    );
    await teacher.emulateMedia({ colorScheme: 'dark' });
    await teacher.setViewportSize({ width: 375, height: 740 });
    assert.deepEqual(await axeViolations(teacher), [], 'and in dark');
    assert.equal(await overflowsHorizontally(teacher), false, 'no sideways scroll at 375 px');
    await teacher.emulateMedia({ colorScheme: 'light' });
    await teacher.setViewportSize({ width: 1280, height: 720 });
    // The files are kept once graded, the score and comment as soon as they change.
    await teacher.waitForFunction(() => {
      const kept = JSON.parse(localStorage.getItem('snty:gradebook') ?? '{}');
      return kept.files?.length === 2 && Object.keys(kept.overrides ?? {}).length === 1;
    });
    await teacher.reload();
    await hydrated(teacher);
    await teacher
      .getByRole('status')
      .filter({ hasText: /^Read 2 files \(kept in this browser from your last visit\)/ })
      .waitFor();
    assert.match(await teacher.locator('.gb-table tbody > tr').first().textContent(), /55\*/);
    await teacher.getByRole('button', { name: 'Robin Lee' }).click();
    assert.equal(
      await teacher.getByLabel('Comment for the student on Q1').inputValue(),
      'Name the school you went to.',
    );
    const [csvDownload] = await Promise.all([
      teacher.waitForEvent('download'),
      teacher.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    const csv = (await readFile(await csvDownload.path(), 'utf8')).replace(/^\uFEFF/, '');
    assert.match(csv.split('\r\n')[1], /^Robin Lee,s1234567,Week 5-123-download\.zip\//);
    assert.match(csv, /Q1 betty-same-school: judge: 55% \(grader \d+%\)\. Name the school/);

    // The feedback sheet prints alone: the page around it and the form fields are left out.
    await teacher.emulateMedia({ media: 'print' });
    await teacher.evaluate(() => {
      window.print = () => {
        const sheet = document.querySelector('.gb-print-sheets');
        const shown = (el) => Boolean(el) && getComputedStyle(el).display !== 'none';
        window.printed = {
          text: sheet?.innerText ?? '',
          sheet: shown(sheet),
          table: shown(document.querySelector('.gb-table')),
          h1: shown(document.querySelector('h1')),
          field: shown(sheet?.querySelector('textarea')),
        };
      };
    });
    await teacher.getByRole('button', { name: 'Print feedback sheet for Robin Lee' }).click();
    const printed = await teacher.evaluate(() => window.printed);
    assert.deepEqual(
      { sheet: printed.sheet, table: printed.table, h1: printed.h1, field: printed.field },
      { sheet: true, table: false, h1: false, field: false },
    );
    assert.match(printed.text, /Week 5: feedback for Robin Lee/);
    assert.match(
      printed.text,
      /Score for Q1: 55% \(set by your instructor; the grader gave \d+%\)/,
    );
    assert.match(printed.text, /Your instructor: Name the school you went to\./);
    await teacher.emulateMedia({ media: 'screen' });
    for (const page of [teacher, student]) assert.deepEqual(page.problems, { csp: [], errors: [] });
  },

  async 'a tampered or truncated link shows a clear error page'({ newPage, assert }) {
    const page = await newPage();
    await page.goto('/instructor/assignments/');
    await hydrated(page);
    await page.getByLabel('Title').fill('Tamper test');
    await page.locator('input[name="builder-scenario-betty-same-school"]').check();
    await page.getByRole('button', { name: 'Create link' }).click();
    const link = await page.getByLabel('Link for students').inputValue();
    const at = link.indexOf('#a=') + 20;
    const flipped = link.slice(0, at) + (link[at] === 'A' ? 'B' : 'A') + link.slice(at + 1);
    for (const bad of [flipped, link.slice(0, -7), '/assignment/', '/assignment/#a=<script>']) {
      // A hash-only change does not reload the page: the island follows hashchange.
      await page.goto(bad);
      await hydrated(page);
      await page.locator('h1', { hasText: 'This assignment link does not work' }).waitFor();
      assert.match(
        // The page also keeps an empty alert region for LMS errors; read the one that speaks.
        await page.getByRole('alert').filter({ hasText: /\S/ }).textContent(),
        /Ask your instructor for the link again/,
      );
    }
    assert.deepEqual(page.problems, { csp: [], errors: [] });
  },

  async 'the same number and kind of questions whatever the verdict chosen'({ newPage, assert }) {
    const teacher = await newPage();
    // Reply (with a follow-up), accept and ignore invitations.
    const ids = ['betty-same-school', 'tunde-real-teammate', 'alexa-fake-recruiter-default'];
    const link = await buildAssignment(teacher, {
      title: 'Same questions',
      ids,
      tasks: ['followup'],
    });

    const runs = [];
    for (const verdict of ['Accept', 'Reply without accepting', 'Ignore']) {
      const student = await startAs(newPage, link, `Student ${verdict}`);
      runs.push(await answerAll(student, verdict));
      // Part 1 ends the same way, and part 2 starts only once part 1 is final.
      await student.getByRole('heading', { name: 'End of part 1' }).waitFor();
      await student.getByRole('button', { name: 'Start part 2' }).click();
      await student.locator('#asg-q-title', { hasText: 'Follow-up 1 of 1' }).waitFor();
      assert.match(
        await student.locator('.exchange-who').textContent(),
        /^Suppose you replied and Betty Carter answered:/,
        'a follow-up never claims a reply the student did not make',
      );
      assert.equal(await student.getByRole('button', { name: 'Back' }).isDisabled(), true);
      assert.deepEqual(student.problems, { csp: [], errors: [] });
    }
    assert.equal(runs[0].length, 6, 'verdict and reply for each of the three invitations');
    assert.deepEqual(runs[1], runs[0]);
    assert.deepEqual(runs[2], runs[0]);
  },

  async 'the answering page carries no answer key'({ newPage, assert }) {
    const page = await newPage();
    const html = decoded(await (await page.request.get('/assignment/')).text());
    const review = await (await page.request.get('/assignment/review.json')).json();
    assert.ok(review.scenarios.length > 50, 'the key loads from its own file');
    for (const s of review.scenarios) {
      assert.equal(html.includes(s.answer.why.slice(0, 60)), false, `why of ${s.id} in the page`);
      if (s.answer.reply)
        assert.equal(html.includes(s.answer.reply.slice(0, 60)), false, `reply of ${s.id}`);
      if (s.followUp)
        assert.equal(html.includes(s.followUp.message.slice(0, 60)), false, `follow-up of ${s.id}`);
    }
    assert.equal(/"(verdict|marks|why)"/.test(html), false, 'no verdict, marks or why in props');
  },

  async 'a second student on a shared computer starts clean'({ newPage, assert }) {
    const teacher = await newPage();
    const link = await buildAssignment(teacher, {
      title: 'Shared computer',
      ids: ['betty-same-school'],
      passMark: 60,
    });
    const page = await startAs(newPage, link, 'Robin');
    await page.getByRole('radio', { name: 'Accept', exact: true }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    // The next student opens the same link on the same computer.
    await page.goto(link);
    await hydrated(page);
    assert.match(await page.locator('.asg-who').textContent(), /Answering as Robin\. Not Robin\?/);
    page.once('dialog', (dialog) => dialog.accept());
    await page.getByRole('button', { name: 'Start as a new student' }).click();
    const name = page.getByLabel('Your name, as your instructor knows you');
    assert.equal(await name.inputValue(), '');
    await name.fill('Sam');
    await page.getByRole('button', { name: 'Start' }).click();
    assert.match(await page.locator('#asg-q-title').textContent(), /Question 1 of 2/);
    assert.equal(await page.getByRole('radio', { name: 'Accept', exact: true }).isChecked(), false);
    await page.reload();
    await hydrated(page);
    assert.match(await page.locator('.asg-who').textContent(), /Answering as Sam\./);
    assert.deepEqual(page.problems, { csp: [], errors: [] });
  },
};
