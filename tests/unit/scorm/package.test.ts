import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { assignmentUrl } from '~/assignment/link';
import { builtFor, packageScorm } from '~/node/scorm-package/package';
// Shared with the browser test, which is plain JavaScript.
import { manifestFacts, readZip, referenceProblems, xmlProblems } from './package-refs.mjs';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

const MODULE_SCRIPT = 'import "/_astro/page.js";';
const LOADER_SCRIPT =
  '(()=>{customElements.define("astro-island",class extends HTMLElement{})})();';

/** A page shaped like Astro's output: CSP meta, inline scripts, an island, site links. */
const page = (
  title: string,
  body = '',
) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>${title}</title><link rel="icon" href="/favicon.svg" type="image/svg+xml"><script src="/theme-init.js"></script>
<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' ${hash(MODULE_SCRIPT)} ${hash(LOADER_SCRIPT)}; style-src 'self'">
<link rel="stylesheet" href="/_astro/Base.css"></head><body>
<a class="skip-link" href="#main">Skip</a><nav><a href="/">Course</a> <a href="/about/">About</a> <a href="https://example.org/x">Elsewhere</a></nav>
<main id="main">${body}</main>
<script>${LOADER_SCRIPT}</script><script type="module">${MODULE_SCRIPT}</script></body></html>`;

const SITE: Record<string, string> = {
  'index.html': page('Home'),
  'about/index.html': page('About'),
  'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  'theme-init.js': 'document.documentElement.dataset.x="1";',
  '_astro/Base.css': 'body{background:url(/_astro/bg.svg)}',
  '_astro/bg.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  '_astro/page.js': 'import{h}from"./client.js";h();',
  '_astro/client.js':
    'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["_astro/signals.js"])))=>i.map(i=>d[i]);' +
    'var o=function(e){return`/`+e};export const h=()=>import(`./signals.js`);',
  '_astro/signals.js': 'export const signal=1;',
  '_astro/Quiz.js': 'import{h}from"./client.js";export default h;',
  '_astro/unused.js': 'export {};',
  'quiz/index.html': page(
    'Quiz',
    '<astro-island component-url="/_astro/Quiz.js" renderer-url="/_astro/client.js" props="{}"></astro-island><a href="/quiz/results/?seed=3#top">Results</a>',
  ),
  'quiz/results/index.html': page('Results', '<a href="/quiz/">Back to the quiz</a>'),
  'assignment/index.html': page('Assignment'),
};

let dir: string;
let dist: string;
/** The self-assessment package of SITE, the zip's files and its staging folder: built once. */
let quizPackage: { files: Record<string, string>; staging: string };

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'scorm-package-'));
  dist = path.join(dir, 'dist');
  for (const [name, text] of Object.entries(SITE)) {
    await mkdir(path.dirname(path.join(dist, name)), { recursive: true });
    await writeFile(path.join(dist, name), text);
  }
  const result = await packageScorm({
    dist,
    out: path.join(dir, 'out'),
    build: false,
    activity: 'quiz',
    version: '1.2',
  });
  quizPackage = { ...result, files: readZip(await readFile(result.zip)) as Record<string, string> };
});

afterAll(() => rm(dir, { recursive: true, force: true }));

describe('packageScorm', () => {
  test('packages the self-assessment pages and only the files they reference', () => {
    const { files } = quizPackage;
    expect(Object.keys(files).sort()).toEqual([
      '_astro/Base.css',
      '_astro/Quiz.js',
      '_astro/bg.svg',
      '_astro/client.js',
      '_astro/page.js',
      '_astro/signals.js',
      'favicon.svg',
      'imsmanifest.xml',
      'quiz/index.html',
      'quiz/results/index.html',
      'scorm-launch.css',
      'scorm-launch.html',
      'scorm-launch.js',
      'theme-init.js',
    ]);
  });

  test('leaves no absolute URL and no reference to a file outside the zip', () => {
    const { files } = quizPackage;
    expect(referenceProblems(files)).toEqual([]);
  });

  test('rewrites island, script, style and page URLs relative to each file', () => {
    const { files } = quizPackage;
    const quiz = files['quiz/index.html']!;
    expect(quiz).toContain('component-url="../_astro/Quiz.js"');
    expect(quiz).toContain('renderer-url="../_astro/client.js"');
    expect(quiz).toContain('<script src="../theme-init.js">');
    expect(quiz).toContain('href="./results/index.html?seed=3#top"');
    expect(files['quiz/results/index.html']).toContain('href="../index.html">Back to the quiz');
    expect(files['_astro/Base.css']).toBe('body{background:url(./bg.svg)}');
  });

  test('unlinks pages that are not in the package and keeps anchors and external links', () => {
    const { files } = quizPackage;
    const quiz = files['quiz/index.html']!;
    expect(quiz).toContain('<a>Course</a> <a>About</a>');
    expect(quiz).toContain('href="#main"');
    expect(quiz).toContain('href="https://example.org/x"');
  });

  test("makes Vite's preload helper resolve from the chunk, not the site root", () => {
    const { files } = quizPackage;
    expect(files['_astro/client.js']).toContain(
      'function(e){return new URL("../"+e,import.meta.url).href}',
    );
  });

  test('recomputes the CSP hash of an inline script it rewrote, and only that one', () => {
    const { files } = quizPackage;
    const quiz = files['quiz/index.html']!;
    const rewritten = 'import "../_astro/page.js";';
    expect(quiz).toContain(`<script type="module">${rewritten}</script>`);
    expect(quiz).toContain(hash(rewritten));
    expect(quiz).not.toContain(hash(MODULE_SCRIPT));
    expect(quiz).toContain(hash(LOADER_SCRIPT));
  });

  test('writes a well-formed SCORM 1.2 manifest listing every file', () => {
    const { files } = quizPackage;
    const manifest = files['imsmanifest.xml']!;
    expect(xmlProblems(manifest)).toEqual([]);
    const facts = manifestFacts(manifest);
    expect(facts).toMatchObject({
      namespaces: { imscp: true, adlcp: true },
      schema: true,
      schemaversion: '1.2',
      organizations: 1,
      items: 1,
      resources: [{ type: 'webcontent', scormtype: 'sco', href: 'scorm-launch.html' }],
      masteryscore: '80',
    });
    expect(facts.files.sort()).toEqual(
      Object.keys(files)
        .filter((f) => f != 'imsmanifest.xml')
        .sort(),
    );
  });

  test('launches through a page that frames the self-assessment under a strict CSP', () => {
    const { files } = quizPackage;
    const launch = files['scorm-launch.html']!;
    expect(launch).toContain(
      '<iframe title="Say No, Thank You: self-assessment" data-src="quiz/index.html">',
    );
    expect(launch).toContain("script-src 'self';");
    expect(launch).not.toMatch(/<script>|style=/);
    expect(files['scorm-launch.js']).toContain('LMSInitialize');
  });

  test('keeps a staging folder with the same files', () => {
    const { staging, files } = quizPackage;
    for (const name of Object.keys(files)) expect(existsSync(path.join(staging, name))).toBe(true);
  });

  test.each(['2004', '1.2'] as const)(
    'packages the course as SCORM %s: home, lessons, review and self-assessment, every file listed',
    async (version) => {
      const result = await packageScorm({
        dist,
        out: path.join(dir, 'course'),
        build: false,
        version,
      });
      expect(path.basename(result.zip)).toBe(
        `say-no-thank-you-course-${version == '2004' ? 'scorm2004' : 'scorm12'}.zip`,
      );
      const files = readZip(await readFile(result.zip)) as Record<string, string>;
      expect(Object.keys(files)).toEqual(
        expect.arrayContaining(['index.html', 'quiz/index.html', 'scorm-launch.html']),
      );
      expect(Object.keys(files)).not.toContain('about/index.html');
      expect(referenceProblems(files)).toEqual([]);
      const manifest = files['imsmanifest.xml']!;
      expect(xmlProblems(manifest)).toEqual([]);
      const facts = manifestFacts(manifest);
      // Every file the manifest lists is in the zip, and every file in the zip is listed.
      expect([...facts.files].sort()).toEqual(
        Object.keys(files)
          .filter((f) => f != 'imsmanifest.xml')
          .sort(),
      );
      expect(facts.resources).toEqual([
        { type: 'webcontent', scormtype: 'sco', href: 'scorm-launch.html' },
      ]);
      // The course's score is the self-assessment's, judged by the course: no LMS pass mark.
      expect(facts.masteryscore).toBeUndefined();
      expect(facts.minNormalizedMeasure).toBeUndefined();
      if (version == '2004') {
        expect(facts.schemaversion).toBe('2004 4th Edition');
        expect(facts.namespaces).toMatchObject({ imscp2004: true, adlcp2004: true, imsss: true });
        expect(facts.deliveryControls).toBe(true);
      } else expect(facts.schemaversion).toBe('1.2');
      // The launch page carries the course's lessons and their exercises for the LMS reports.
      expect(result.catalog.lessons).toHaveLength(8);
      expect(result.catalog.lessons.flatMap((l) => l.exercises).length).toBeGreaterThan(20);
      for (const [id, ex] of Object.entries(result.catalog.exercises)) {
        expect(ex.description, id).toMatch(/^Lesson \d, /);
        if (id.startsWith('verdict:')) expect(ex.correct?.length, id).toBeGreaterThan(0);
      }
      expect(files['scorm-launch.html']).toContain('data-src="index.html"');
    },
  );

  test('packages an assignment from its link, with its pass mark and a launcher page', async () => {
    const link = assignmentUrl('https://course.example', {
      v: 1,
      title: 'Week 3: false colleagues',
      passMark: 70,
      scenarios: ['betty-same-school'],
      tasks: ['judge'],
    });
    const result = await packageScorm({
      dist,
      out: path.join(dir, 'assignment'),
      build: false,
      assignment: link,
    });
    expect(path.basename(result.zip)).toBe(
      'say-no-thank-you-week-3-false-colleagues-scorm2004.zip',
    );
    const files = readZip(await readFile(result.zip)) as Record<string, string>;
    const facts = manifestFacts(files['imsmanifest.xml']!);
    expect(facts.minNormalizedMeasure).toBe('0.7');
    expect(facts.resources[0].href).toBe('scorm-launch.html');
    const payload = link.slice(link.indexOf('#'));
    expect(files['scorm-launch.html']).toContain(`data-src="assignment/index.html${payload}"`);
    expect(referenceProblems(files)).toEqual([]);
  });

  test('refuses an assignment link that does not decode', async () => {
    await expect(
      packageScorm({ dist, out: path.join(dir, 'bad'), build: false, assignment: '#a=AAAA' }),
    ).rejects.toThrow(/assignment link cannot be opened/);
  });

  test('refuses a site built for a subfolder: a package needs the course built at the root', async () => {
    expect(builtFor(SITE['index.html']!)).toBe('/');
    const index = page('Home').replaceAll('href="/favicon.svg"', 'href="/course/favicon.svg"');
    expect(builtFor(index)).toBe('/course/');
    await writeFile(path.join(dist, 'index.html'), index);
    try {
      await expect(
        packageScorm({ dist, out: path.join(dir, 'subfolder'), build: false, activity: 'quiz' }),
      ).rejects.toThrow(/built for the subfolder \/course\/ \(BASE\).*without BASE/);
    } finally {
      await writeFile(path.join(dist, 'index.html'), SITE['index.html']!);
    }
  });

  test('fails, naming the file, when a referenced file is missing from the build', async () => {
    await writeFile(
      path.join(dist, 'quiz/results/index.html'),
      page('R', '<img src="/gone.png" alt="">'),
    );
    await expect(
      packageScorm({ dist, out: path.join(dir, 'broken'), build: false, activity: 'quiz' }),
    ).rejects.toThrow(/quiz\/results\/index\.html -> \/gone\.png/);
    await writeFile(path.join(dist, 'quiz/results/index.html'), SITE['quiz/results/index.html']!);
  });
});
