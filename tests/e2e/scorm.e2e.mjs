// The SCORM 1.2 package in a stand-in LMS: scorm-again's Scorm12API is `window.API` in a host
// page (tests/fixtures/scorm-host/), and the zip from `package:scorm` is unpacked next to it and
// launched in a frame, the way Moodle or Canvas do it.
import { copyFile, cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serve } from '../../scripts/serve.mjs';
import { packageScorm } from '../../scripts/package-scorm.mjs';
import { manifestFacts, readZip, referenceProblems } from '../unit/scorm/package-refs.mjs';

/** Packages the built dist/ (no rebuild) and serves it unpacked beside the stand-in LMS. */
async function lmsWithPackage(root) {
  const dir = await mkdtemp(path.join(tmpdir(), 'scorm-e2e-'));
  const { zip } = await packageScorm({
    dist: path.join(root, 'dist'),
    out: path.join(dir, 'out'),
    build: false,
  });
  const files = readZip(await readFile(zip));
  await cp(path.join(root, 'tests/fixtures/scorm-host'), path.join(dir, 'lms'), {
    recursive: true,
  });
  await copyFile(
    path.join(root, 'node_modules/scorm-again/dist/scorm12.min.js'),
    path.join(dir, 'lms/scorm12.min.js'),
  );
  // A deep folder, as LMSs use: any leftover absolute URL would miss.
  const course = path.join(dir, 'lms/content/42/course');
  for (const [name, data] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(course, name)), { recursive: true });
    await writeFile(path.join(course, name), data);
  }
  const { server, url } = await serve(dir, { port: 0 });
  const launch = manifestFacts(files['imsmanifest.xml']).resources[0].href;
  return {
    files,
    host: `${url}lms/`,
    href: `content/42/course/${launch}`,
    async close() {
      server.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Waits until the LMS log holds a call matching `match`; returns it. */
async function waitForCall(page, match, what) {
  const handle = await page
    .waitForFunction(
      (m) =>
        window.lmsLog.find((c) => c.call === m.call && (!m.element || c.element === m.element)),
      match,
      { timeout: 10_000 },
    )
    .catch(() => {
      throw new Error(`the course never called ${what ?? JSON.stringify(match)}`);
    });
  return handle.jsonValue();
}

/** The course frame, inside the launch page's frame inside the LMS page. */
const course = (page) => page.frameLocator('#player iframe').frameLocator('iframe');

/** Answers the question on screen with its first choice (or a short reply) and moves on. */
async function answerAndGoOn(frame) {
  const text = frame.locator('textarea');
  if (await text.count()) {
    await text.fill('Hello, thanks for the invitation. How do we know each other?');
  } else {
    await frame.locator('input[type="radio"], input[type="checkbox"]').first().check();
  }
  await frame.getByRole('button', { name: /^(Next|See my results)$/ }).click();
}

/** Starts a set of 5 questions, answers the first and waits for the second. */
async function startAndAnswerTheFirst(frame) {
  await frame.getByRole('radio', { name: /^5 questions/ }).check();
  await frame.getByRole('button', { name: 'Start the self-assessment' }).click();
  await frame.getByRole('heading', { name: 'Question 1 of 5' }).waitFor();
  await answerAndGoOn(frame);
  await frame.getByRole('heading', { name: 'Question 2 of 5' }).waitFor();
}

export default {
  async 'the package has every file it references and launches through scorm-launch.html'({
    root,
    assert,
  }) {
    const lms = await lmsWithPackage(root);
    try {
      assert.deepEqual(referenceProblems(lms.files), []);
      const facts = manifestFacts(lms.files['imsmanifest.xml']);
      assert.equal(facts.resources[0].href, 'scorm-launch.html');
      assert.deepEqual(
        [...facts.files].sort(),
        Object.keys(lms.files)
          .filter((f) => f !== 'imsmanifest.xml')
          .sort(),
      );
      assert.ok(
        Object.entries(lms.files).some(
          ([name, text]) => name.startsWith('_astro/') && String(text).includes('LMSInitialize'),
        ),
        'the self-assessment page does not load the SCORM adapter: add the integration lines of docs/scorm.md',
      );
    } finally {
      await lms.close();
    }
  },

  async 'initialises, commits answers, reports status and score, resumes, and finishes'({
    newPage,
    root,
    assert,
  }) {
    const lms = await lmsWithPackage(root);
    try {
      // First launch: a new learner.
      const page = await newPage();
      await page.goto(lms.host);
      await page.evaluate((href) => window.launch(href), lms.href);
      await waitForCall(page, { call: 'LMSInitialize' });
      let frame = course(page);
      await startAndAnswerTheFirst(frame);
      await waitForCall(page, { call: 'LMSCommit' });
      await page.waitForFunction(() => window.stored().suspend_data.length > 0);
      let stored = await page.evaluate(() => window.stored());
      assert.equal(stored.core.lesson_status, 'incomplete');
      assert.match(stored.core.lesson_location, /^\?seed=[^&]+&n=5$/);
      assert.equal(stored.core.score.max, '100');
      assert.match(stored.core.score.raw, /^\d+(\.\d+)?$/);
      assert.equal(await page.evaluate(() => window.lastSet('cmi.core.exit')), 'suspend');
      assert.ok(stored.suspend_data.length <= 4096);
      const seed = stored.core.lesson_location;

      // The LMS closes the course: LMSFinish, once, with the session time.
      await page.evaluate(() => window.closeCourse());
      await waitForCall(page, { call: 'LMSFinish' });
      const log = await page.evaluate(() => window.lmsLog);
      assert.equal(log.filter((c) => c.call === 'LMSFinish').length, 1);
      assert.equal(log.filter((c) => c.call === 'LMSInitialize').length, 1, 'one session');
      const time = await page.evaluate(() => window.lastSet('cmi.core.session_time'));
      assert.match(time ?? '', /^\d{4}:\d{2}:\d{2}\.\d{2}$/);
      stored = await page.evaluate(() => window.stored());
      assert.deepEqual(page.problems, { csp: [], errors: [] });

      // Second launch, on another computer (empty storage): the LMS hands back what it kept.
      const again = await newPage();
      await again.goto(lms.host);
      const kept = {
        core: {
          entry: 'resume',
          lesson_status: stored.core.lesson_status,
          lesson_location: stored.core.lesson_location,
          score: stored.core.score,
        },
        suspend_data: stored.suspend_data,
      };
      await again.evaluate(([href, cmi]) => window.launch(href, cmi), [lms.href, kept]);
      frame = course(again);
      await frame.getByRole('heading', { name: 'Question 2 of 5' }).waitFor();
      assert.ok(
        again.frames().some((f) => f.url().endsWith(seed)),
        'the same set reopens',
      );
      await frame.getByRole('button', { name: 'Back' }).click();
      await frame.getByRole('heading', { name: 'Question 1 of 5' }).waitFor();
      const answered = frame.locator('textarea, input:checked');
      assert.ok((await answered.count()) > 0, 'the first answer is back');
      await frame.getByRole('button', { name: 'Next' }).click();
      for (let i = 2; i <= 5; i++) {
        await frame.getByRole('heading', { name: `Question ${i} of 5` }).waitFor();
        await answerAndGoOn(frame);
      }
      await frame.getByRole('heading', { name: /^Your result: \d+%/ }).waitFor();
      await again.waitForFunction(() =>
        ['passed', 'failed'].includes(window.stored().core.lesson_status),
      );
      const final = await again.evaluate(() => window.stored());
      const shown = await frame.getByRole('heading', { name: /^Your result/ }).textContent();
      assert.equal(final.core.score.raw, /(\d+)%/.exec(shown)[1], 'the LMS gets the score shown');
      assert.equal(final.core.lesson_status, /\(passed\)/.test(shown) ? 'passed' : 'failed');
      assert.equal(await frame.locator('[data-lms-notice] p').count(), 0, 'no LMS error shown');
      await again.evaluate(() => window.closeCourse());
      await waitForCall(again, { call: 'LMSFinish' });
      assert.deepEqual(again.problems, { csp: [], errors: [] });
    } finally {
      await lms.close();
    }
  },

  async 'shows an LMS error instead of hiding it, and keeps working on local progress'({
    newPage,
    root,
    assert,
  }) {
    const lms = await lmsWithPackage(root);
    try {
      const page = await newPage();
      await page.goto(lms.host);
      await page.evaluate((href) => {
        window.launch(href);
        // An LMS that refuses every write, as a misconfigured or full LMS does.
        window.API.LMSSetValue = () => 'false';
        window.API.LMSGetLastError = () => '405';
        window.API.LMSGetErrorString = () => 'Incorrect Data Type';
      }, lms.href);
      const frame = course(page);
      const alert = frame.getByRole('alert');
      await alert.getByText(/LMS error 405: Incorrect Data Type/).waitFor();
      await startAndAnswerTheFirst(frame);
      assert.deepEqual(page.problems, { csp: [], errors: [] });
    } finally {
      await lms.close();
    }
  },
};
