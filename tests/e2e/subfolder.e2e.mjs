// Publishing in a subfolder (README, "Publish the course"): the course built with BASE=/course/
// and served under /course/ works there. A learner and an instructor go through the shell, a
// lesson's practice pool, search, the self-assessment, an assignment link and its review, and
// nothing the pages load or link to leaves the folder (outside it is someone else's site).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { checkLinks } from '../../scripts/check-site.mjs';
import { serve } from '../../scripts/serve.mjs';
import { answerAll, buildAssignment, openAs } from './assignment-steps.mjs';
import { axeViolations, hydrated } from './context.mjs';

const BASE = '/course/';

/** The temporary build, kept for a retry of the test and removed when the run ends. */
let built;

/**
 * The folder of the course built for BASE: $E2E_SUBFOLDER_DIST when it holds one (a build of your
 * own, to skip building here), else a build in a temporary folder, made once per run.
 */
function subfolderBuild(root) {
  const given = process.env.E2E_SUBFOLDER_DIST;
  if (given && existsSync(path.join(given, 'index.html'))) return path.resolve(given);
  if (built) return built;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'course-subfolder-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  const run = (cmd, args) => {
    const r = spawnSync(cmd, args, {
      cwd: root,
      env: { ...process.env, BASE },
      encoding: 'utf8',
    });
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${r.stdout}${r.stderr}`);
  };
  run('npx', ['--no-install', 'astro', 'build', '--outDir', dir]);
  run('npx', ['--no-install', 'pagefind', '--site', dir]);
  built = dir;
  return dir;
}

/** Every request and failed response of `page` that is outside the folder, or broken. */
function watchRequests(page, origin) {
  const outside = [];
  const broken = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === origin && !url.pathname.startsWith(BASE)) outside.push(url.pathname);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) broken.push(`${response.status()} ${response.url()}`);
  });
  return { outside, broken };
}

export default {
  async 'the course built for a subfolder works there, and nothing leaves the folder'({
    newPage,
    assert,
    root,
  }) {
    const dir = subfolderBuild(root);
    const { server, url: home } = await serve(dir, { port: 0, base: BASE });
    try {
      // Every link of every page, read as served under the folder, stays in it and resolves.
      assert.deepEqual(await checkLinks(dir, { base: BASE }), []);
      const origin = new URL(home).origin;
      const at = (p) => new URL(p.replace(/^\//, ''), home).href;
      const page = await newPage();
      const seen = watchRequests(page, origin);

      // The shell: the home page, its lesson list and the menu, with the current page marked.
      await page.goto(home);
      await hydrated(page);
      const lessons = await page
        .locator('.lesson-list a')
        .evaluateAll((as) => as.map((a) => a.pathname));
      assert.ok(lessons.length >= 8, 'the home page lists the lessons');
      for (const p of lessons) assert.ok(p.startsWith(`${BASE}lessons/`), p);
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Self-assessment' })
        .click();
      await page.waitForURL(at('/quiz/'));
      assert.equal(
        await page.getByRole('link', { name: 'Self-assessment' }).getAttribute('aria-current'),
        'page',
      );

      // A lesson: a root link written in its Markdown, and the practice pool it fetches.
      await page.goto(at('/lessons/05-your-three-choices/'));
      assert.equal(
        await page
          .getByRole('link', { name: 'Walk your own invitation through the flow' })
          .getAttribute('href'),
        `${BASE}my-invitation/`,
      );
      await page.goto(at('/lessons/03-false-claims/'));
      const body = readFileSync(path.join(root, 'src/content/lessons/03-false-claims.mdx'), 'utf8');
      const id = /<VerdictExercise id="([^"]+)"/.exec(body)[1];
      const { answer } = parse(
        readFileSync(path.join(root, 'src/content/scenarios', `${id}.yaml`), 'utf8'),
      );
      const section = page.locator('section.exercise', {
        has: page.locator(`#verdict-${id}-form`),
      });
      await section.scrollIntoViewIfNeeded();
      // Islands hydrate when visible: wait for this one, not for the whole page.
      await section.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached' });
      await section.locator(`input[type=radio][value="${answer.verdict}"]`).first().check();
      for (const flag of answer.flags ?? [])
        await section.locator(`input[type=checkbox][value="${flag}"]`).first().check();
      await section.getByRole('button', { name: 'Check', exact: true }).first().click();
      await section.getByRole('button', { name: 'Another one like this' }).click();
      await section
        .getByRole('heading', { name: /^Another one like this: / })
        .waitFor({ timeout: 5000 });

      // Search: Pagefind's index and its results are inside the folder.
      await page.goto(at('/search/'));
      await page.getByLabel('Words to look for').fill('classmate');
      await page.keyboard.press('Enter');
      await page
        .locator('[data-search-status]')
        .filter({ hasText: /match/ })
        .waitFor({ timeout: 10_000 });
      const result = page.locator('[data-search-results] a').first();
      assert.match((await result.getAttribute('href')) ?? '', /^\/course\/lessons\//);
      await result.click();
      await page.waitForURL(/\/course\/lessons\//);

      // An assignment: the builder's link opens in the folder, and the review loads after Finish.
      const teacher = await newPage();
      const teacherSeen = watchRequests(teacher, origin);
      const link = await buildAssignment(teacher, {
        url: at('/instructor/assignments/'),
        title: 'Week 1',
        ids: ['betty-same-school'],
      });
      assert.ok(link.startsWith(`${origin}${BASE}assignment/#a=`), link);
      const workshop = teacher.getByRole('link', { name: /workshop mode/i }).first();
      assert.match((await workshop.getAttribute('href')) ?? '', /^\/course\/instructor\/present\//);

      await openAs(page, link, 'Ann Lee');
      await answerAll(page);
      await page.getByRole('button', { name: 'Finish and see my score' }).click();
      await page.getByRole('heading', { name: /^Your score: / }).waitFor();
      await page.getByRole('heading', { name: 'Review' }).waitFor();

      // A page that does not exist: the 404 page's links lead back into the folder.
      await page.goto(at('/no-such-page/'));
      assert.equal(
        await page.getByRole('link', { name: 'Go to the course home' }).getAttribute('href'),
        BASE,
      );
      assert.deepEqual(await axeViolations(page), []);

      assert.deepEqual(seen.outside, [], 'no request left the folder');
      assert.deepEqual(teacherSeen.outside, [], 'no request of the builder left the folder');
      assert.deepEqual(
        seen.broken.filter((b) => !b.endsWith('/no-such-page/')),
        [],
        'nothing the pages loaded was missing',
      );
      assert.deepEqual(teacherSeen.broken, []);
      assert.deepEqual(page.problems, { csp: [], errors: [] });
    } finally {
      server.close();
    }
  },
};
