// The course packages in a stand-in LMS: scorm-again's Scorm2004API or Scorm12API stands in for
// the LMS in a host page (tests/fixtures/scorm-host/), with a learner name set by the LMS; the
// zip from the packager is unpacked next to it and launched in a frame, the way Moodle or
// Canvas do it.
import { copyFile, cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { serve } from '../../scripts/serve.mjs';
import { axeViolations } from './context.mjs';
import { manifestFacts, readZip, referenceProblems } from '../unit/scorm/package-refs.mjs';

const load = (root, file) => tsImport(pathToFileURL(path.join(root, file)).href, import.meta.url);

/** Packages the built site (no rebuild) and serves it unpacked beside the stand-in LMS. */
async function lmsWithPackage(root, version, options = {}) {
  const { packageScorm } = await load(root, 'src/node/scorm-package/package.ts');
  const dir = await mkdtemp(path.join(tmpdir(), 'scorm-e2e-'));
  const dist = process.env.E2E_DIST ? path.resolve(process.env.E2E_DIST) : path.join(root, 'dist');
  const result = await packageScorm({
    dist,
    out: path.join(dir, 'out'),
    build: false,
    version,
    ...options,
  });
  const files = readZip(await readFile(result.zip));
  await cp(path.join(root, 'tests/fixtures/scorm-host'), path.join(dir, 'lms'), {
    recursive: true,
  });
  for (const script of ['scorm2004.min.js', 'scorm12.min.js'])
    await copyFile(
      path.join(root, 'node_modules/scorm-again/dist', script),
      path.join(dir, 'lms', script),
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
    catalog: result.catalog,
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

/** The launch page (the SCO) inside the LMS page, and the course inside the launch page. */
const launchPage = (page) => page.frameLocator('#player iframe');
const course = (page) => launchPage(page).frameLocator('iframe');

/** Moves the course frame to a page of the package, as a link inside it would. */
async function openInCourse(page, href) {
  const frame = page.frames().find((f) => f.url().endsWith('scorm-launch.html'));
  await frame.evaluate((h) => {
    document.querySelector('iframe').src = h;
  }, href);
}

/** Waits until the LMS stores an interaction whose id starts with `prefix`; returns it. */
async function interaction(page, prefix) {
  const handle = await page.waitForFunction(
    (p) => window.stored().interactions.find((i) => i.id.startsWith(p)),
    prefix,
    { timeout: 10_000 },
  );
  return handle.jsonValue();
}

/** Answers the question on screen (first choice, or a short reply) and moves on. */
async function answerAndGoOn(frame) {
  const text = frame.locator('textarea');
  if (await text.count()) {
    await text.fill('Hello, thanks for the invitation. How do we know each other?');
  } else {
    await frame.locator('input[type="radio"], input[type="checkbox"]').first().check();
  }
  await frame.getByRole('button', { name: /^(Next|See my results)$/ }).click();
}

const LEARNER = 'Brooks, Owen';
const who = (version) =>
  version === '2004'
    ? { learner_name: LEARNER, learner_id: 'u42' }
    : { core: { student_name: LEARNER, student_id: 'u42' } };

/** What the LMS hands back on the next launch: the learner, the bookmark and the resume data. */
function kept(version, stored) {
  return version === '2004'
    ? {
        ...who(version),
        entry: 'resume',
        location: stored.location,
        suspend_data: stored.suspend_data,
      }
    : {
        core: { ...who(version).core, entry: 'resume', lesson_location: stored.location },
        suspend_data: stored.suspend_data,
      };
}

/** The whole journey through a course package of `version`. */
async function courseJourney({ newPage, root, assert }, version) {
  const lms = await lmsWithPackage(root, version);
  const calls =
    version === '2004'
      ? { init: 'Initialize', commit: 'Commit', finish: 'Terminate' }
      : { init: 'LMSInitialize', commit: 'LMSCommit', finish: 'LMSFinish' };
  try {
    const page = await newPage();
    await page.goto(lms.host);
    await page.evaluate(
      ([href, v, cmi]) => window.launch(href, v, cmi),
      [lms.href, version, who(version)],
    );
    await waitForCall(page, { call: calls.init });
    // The LMS is the source of truth: the learner's name shows, no name box.
    await launchPage(page).getByText('Owen Brooks').waitFor();

    // A verdict in lesson 3.
    await openInCourse(page, 'lessons/03-false-claims/index.html');
    const verdictForm = course(page).locator('form.ex-form').first();
    await verdictForm.getByRole('radio').first().check();
    await verdictForm.getByRole('checkbox').first().check();
    await verdictForm.getByRole('button', { name: 'Check' }).click();
    await verdictForm.locator('h4').waitFor();
    const verdict = await interaction(page, 'verdict:');
    assert.equal(verdict.type, 'choice');
    assert.equal(verdict.objective, 'deciding');
    assert.equal(verdict.weighting, '1');
    const separator = version === '2004' ? '[,]' : ',';
    assert.equal(
      verdict.response.split(separator).length,
      2,
      `verdict and flag: ${verdict.response}`,
    );
    assert.match(verdict.result, /^(correct|incorrect|wrong)$/);
    assert.ok(verdict.time, 'the interaction has its time');

    // A reply in lesson 6.
    await openInCourse(page, 'lessons/06-writing-the-clarifying-reply/index.html');
    const replyForm = course(page).locator('form.ex-form').first();
    const reply = 'Hello, thanks for the invitation.\nHave we met? How do we know each other?';
    await replyForm.locator('textarea').fill(reply);
    await replyForm.getByRole('button', { name: 'Check' }).click();
    await replyForm.locator('h4').waitFor();
    const written = await interaction(page, 'reply:');
    assert.equal(written.type, version === '2004' ? 'long-fill-in' : 'fill-in');
    assert.equal(written.response, reply.replace(/\s+/g, ' '));
    assert.equal(written.objective, 'replying');

    // The self-assessment: five questions, then the results, which say what was sent.
    await openInCourse(page, 'quiz/index.html');
    const quiz = course(page);
    await quiz.getByText('Signed in through your LMS as Owen Brooks').waitFor();
    await quiz.getByRole('radio', { name: /^5 questions/ }).check();
    await quiz.getByRole('button', { name: 'Start the self-assessment' }).click();
    for (let i = 1; i <= 5; i++) {
      await quiz.getByRole('heading', { name: `Question ${i} of 5` }).waitFor();
      await answerAndGoOn(quiz);
    }
    const heading = quiz.getByRole('heading', { name: /^Your result: \d+%/ });
    await heading.waitFor();
    await quiz.getByText(/^Sent to your LMS: \d+ answers/).waitFor();
    assert.equal(await quiz.getByText(/download/i).count(), 0, 'nothing to download in an LMS');
    const shown = await heading.textContent();
    const percent = /(\d+)%/.exec(shown)[1];
    await page.waitForFunction((p) => window.stored().raw === p, percent);
    let stored = await page.evaluate(() => window.stored());
    const passed = /\(passed\)/.test(shown);
    if (version === '2004') {
      assert.equal(stored.success, passed ? 'passed' : 'failed');
      assert.equal(stored.completion, 'incomplete', 'the lessons are not mastered yet');
    } else assert.equal(stored.completion, 'incomplete');
    assert.ok(stored.interactions.filter((i) => i.id.startsWith('quiz:')).length >= 4);
    assert.deepEqual(
      stored.objectives.map((o) => o.id).sort(),
      ['deciding', 'replying', 'spotting'],
      'one objective per skill',
    );
    assert.ok(stored.suspend_data.length <= (version === '2004' ? 64000 : 4096));
    assert.match(stored.location, /^quiz\/index\.html\?seed=/);
    assert.equal(
      await page.evaluate(() =>
        window.lastSet(window.lmsVersion === '2004' ? 'cmi.exit' : 'cmi.core.exit'),
      ),
      'suspend',
    );

    assert.deepEqual(
      await launchPage(page).locator('[data-lms-status] p').allTextContents(),
      [],
      'the LMS accepted every value',
    );

    // The LMS closes the course: one Terminate/LMSFinish, with the session time.
    await page.evaluate(() => window.closeCourse());
    await waitForCall(page, { call: calls.finish });
    const log = await page.evaluate(() => window.lmsLog);
    assert.equal(log.filter((c) => c.call === calls.finish).length, 1);
    assert.equal(log.filter((c) => c.call === calls.init).length, 1, 'one session');
    const time = await page.evaluate(
      (v) => window.lastSet(v === '2004' ? 'cmi.session_time' : 'cmi.core.session_time'),
      version,
    );
    assert.match(
      time ?? '',
      version === '2004' ? /^PT\d+H\d+M[\d.]+S$/ : /^\d{4}:\d{2}:\d{2}\.\d{2}$/,
    );
    stored = await page.evaluate(() => window.stored());

    // Second launch on another computer (empty storage): the same results page reopens, and the
    // lesson's answer is back.
    const again = await newPage();
    await again.goto(lms.host);
    await again.evaluate(
      ([href, v, cmi]) => window.launch(href, v, cmi),
      [lms.href, version, kept(version, stored)],
    );
    await course(again).getByRole('heading', { name: shown.trim() }).waitFor();
    // The reply checked in the first launch is back in its lesson.
    await openInCourse(again, 'lessons/06-writing-the-clarifying-reply/index.html');
    const textarea = course(again).locator('form.ex-form').first().locator('textarea');
    await textarea.waitFor();
    const flat = (t) => t.replace(/\s+/g, ' ');
    let value = '';
    // The exercise fills its draft in once it hydrates (when scrolled into view).
    for (let i = 0; i < 50 && flat(value) !== flat(reply); i++) {
      await textarea.scrollIntoViewIfNeeded();
      value = await textarea.inputValue();
      if (flat(value) !== flat(reply)) await again.waitForTimeout(100);
    }
    assert.equal(flat(value), flat(reply), 'the reply is back on the second launch');
    // The resumed launch rewrites what it sends without the LMS refusing anything.
    await again.waitForTimeout(1500);
    assert.deepEqual(await launchPage(again).locator('[data-lms-status] p').allTextContents(), []);
    await again.evaluate(() => window.closeCourse());
    await waitForCall(again, { call: calls.finish });
    assert.deepEqual(again.problems, { csp: [], errors: [] });
    assert.deepEqual(page.problems, { csp: [], errors: [] });
  } finally {
    await lms.close();
  }
}

/** A launch whose resume data says every exercise was passed: the LMS gets "completed". */
async function masteredJourney({ newPage, root, assert }, version) {
  const lms = await lmsWithPackage(root, version);
  const { encodeResume } = await load(root, 'src/scorm/resume.ts');
  const ids = lms.catalog.lessons.flatMap((l) => l.exercises);
  const exercises = Object.fromEntries(
    ids.map((id) => [id, { attempts: 1, passed: true, best: { score: 1, maxScore: 1 } }]),
  );
  const suspend = encodeResume(
    {
      exercises,
      interactionIds: [],
      answers: {},
      drafts: {},
      lessonsEnded: lms.catalog.lessons.map((l) => l.id),
    },
    ids,
    version === '2004' ? 64000 : 4096,
  );
  try {
    const page = await newPage();
    await page.goto(lms.host);
    const cmi = { ...who(version), suspend_data: suspend };
    await page.evaluate(([href, v, c]) => window.launch(href, v, c), [lms.href, version, cmi]);
    await waitForCall(page, { call: version === '2004' ? 'Initialize' : 'LMSInitialize' });
    // The home page (inside the course) counts the lessons as complete, and so does the LMS.
    await page.waitForFunction(() => window.stored().completion === 'completed', undefined, {
      timeout: 10_000,
    });
    assert.deepEqual(page.problems, { csp: [], errors: [] });
  } finally {
    await lms.close();
  }
}

export default {
  async 'SCORM launch page: the learner bar passes axe in light and dark at 375 px'({
    newPage,
    root,
    assert,
  }) {
    const lms = await lmsWithPackage(root, '2004');
    try {
      for (const colorScheme of ['light', 'dark']) {
        const page = await newPage({ viewport: { width: 375, height: 800 }, colorScheme });
        await page.goto(`${lms.host}content/42/course/scorm-launch.html`);
        // Opened outside an LMS: the bar says so, politely, and the course still opens.
        await page
          .getByRole('status')
          .getByText(/not connected to an LMS/)
          .waitFor();
        await page.frameLocator('iframe').getByRole('heading', { level: 1 }).first().waitFor();
        // The course's own pages (inside the frame) are checked by their own browser tests.
        const launchOnly = (await axeViolations(page)).filter((v) => !v.includes('iframe'));
        assert.deepEqual(launchOnly, [], colorScheme);
        assert.equal(
          await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth),
          true,
          `${colorScheme}: no sideways scroll`,
        );
        assert.deepEqual(page.problems, { csp: [], errors: [] });
      }
    } finally {
      await lms.close();
    }
  },

  async 'SCORM self-assessment package (1.2): finished set is passed or failed with its score'({
    newPage,
    root,
    assert,
  }) {
    const lms = await lmsWithPackage(root, '1.2', { activity: 'quiz' });
    try {
      const page = await newPage();
      await page.goto(lms.host);
      await page.evaluate(([href, cmi]) => window.launch(href, '1.2', cmi), [lms.href, who('1.2')]);
      const quiz = course(page);
      await quiz.getByRole('radio', { name: /^5 questions/ }).check();
      await quiz.getByRole('button', { name: 'Start the self-assessment' }).click();
      for (let i = 1; i <= 5; i++) {
        await quiz.getByRole('heading', { name: `Question ${i} of 5` }).waitFor();
        await answerAndGoOn(quiz);
      }
      const shown = await quiz.getByRole('heading', { name: /^Your result: \d+%/ }).textContent();
      await page.waitForFunction(() => ['passed', 'failed'].includes(window.stored().completion));
      const stored = await page.evaluate(() => window.stored());
      assert.equal(stored.raw, /(\d+)%/.exec(shown)[1], 'the LMS gets the score shown');
      assert.equal(stored.completion, /\(passed\)/.test(shown) ? 'passed' : 'failed');
      assert.ok(stored.interactions.length >= 4, 'the questions answered are interactions');
      await page.evaluate(() => window.closeCourse());
      await waitForCall(page, { call: 'LMSFinish' });
      assert.deepEqual(page.problems, { csp: [], errors: [] });
    } finally {
      await lms.close();
    }
  },

  async 'SCORM assignment package: the LMS says who the student is, no name box'({
    newPage,
    root,
    assert,
  }) {
    const { assignmentUrl } = await load(root, 'src/assignment/link.ts');
    const link = assignmentUrl('https://course.example', {
      v: 1,
      title: 'Week 3: false colleagues',
      passMark: 70,
      scenarios: ['betty-same-school'],
      tasks: ['judge'],
    });
    const lms = await lmsWithPackage(root, '1.2', { assignment: link, activity: 'assignment' });
    try {
      const page = await newPage();
      await page.goto(lms.host);
      await page.evaluate(([href, cmi]) => window.launch(href, '1.2', cmi), [lms.href, who('1.2')]);
      const frame = course(page);
      await frame.getByText('Answering as Owen Brooks, as your LMS knows you.').waitFor();
      assert.equal(await frame.getByRole('textbox', { name: /your name/i }).count(), 0);
      assert.equal(await frame.getByRole('button', { name: /new student/i }).count(), 0);
      assert.deepEqual(page.problems, { csp: [], errors: [] });
    } finally {
      await lms.close();
    }
  },

  async 'SCORM packages: every file a manifest lists is in its zip and every page reference resolves'({
    root,
    assert,
  }) {
    for (const version of ['2004', '1.2']) {
      const lms = await lmsWithPackage(root, version);
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
        for (const page of ['index.html', 'quiz/index.html', 'quiz/pool.json'])
          assert.ok(page in lms.files, `${page} is in the course package`);
        assert.equal(lms.catalog.lessons.length, 8, 'the eight lessons');
      } finally {
        await lms.close();
      }
    }
  },

  async 'SCORM 2004 course: the LMS name shows, answers become interactions, score, resume, Terminate'(
    ctx,
  ) {
    await courseJourney(ctx, '2004');
  },

  async 'SCORM 1.2 course: the LMS name shows, answers become interactions, score, resume, LMSFinish'(
    ctx,
  ) {
    await courseJourney(ctx, '1.2');
  },

  async 'SCORM course: mastered lessons set completion in 2004 and 1.2'(ctx) {
    await masteredJourney(ctx, '2004');
    await masteredJourney(ctx, '1.2');
  },

  async 'SCORM: an LMS that refuses values is told once, politely, and the course keeps working'({
    newPage,
    root,
    assert,
  }) {
    const lms = await lmsWithPackage(root, '1.2');
    try {
      const page = await newPage();
      await page.goto(lms.host);
      await page.evaluate((href) => {
        window.launch(href, '1.2', { core: { student_name: 'Brooks, Owen' } });
        // An LMS that refuses every write, as a misconfigured or full LMS does.
        window.API.LMSSetValue = () => 'false';
        window.API.LMSGetLastError = () => '405';
        window.API.LMSGetErrorString = () => 'Incorrect Data Type';
      }, lms.href);
      const status = launchPage(page).getByRole('status');
      await status.getByText(/LMS error 405: Incorrect Data Type/).waitFor();
      await openInCourse(page, 'lessons/03-false-claims/index.html');
      const form = course(page).locator('form.ex-form').first();
      await form.getByRole('radio').first().check();
      await form.getByRole('button', { name: 'Check' }).click();
      await form.locator('h4').waitFor();
      await page.waitForTimeout(1500);
      assert.equal(await status.locator('p').count(), 1, 'told once');
      assert.deepEqual(page.problems, { csp: [], errors: [] });
    } finally {
      await lms.close();
    }
  },
};
