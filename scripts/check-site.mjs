#!/usr/bin/env node
// Checks on the built site (dist/): internal links and anchors, valid HTML, a CSP on every page,
// the JavaScript budget of lesson pages, and the scenario pools kept apart (no quiz scenario on a
// student page, lessons showing lesson scenarios only, a quiz page that carries no scenario).
// Each check is a function so tests can point it at a deliberately broken fixture and prove it
// fails.
import { readFile, readdir, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { parse as parseYaml } from 'yaml';
import { inSite, normaliseBase } from './serve.mjs';

/** Lesson pages may ship at most this much JavaScript (gzip), with every island hydrated. */
// 21 KB since the learning round (README, "Performance budgets"): mastery and remembered answers,
// predict-first, spot-it, the whole conversation and compact feedback cost 3-5 KB over the 15 KB
// of Preact, Astro's island runtime and the first exercises; graders still load on first use.
export const LESSON_JS_BUDGET = 21 * 1024;

/** Every .html file under `dir`, as paths relative to it. */
export async function listHtml(dir, sub = '') {
  const out = [];
  for (const entry of await readdir(path.join(dir, sub), { withFileTypes: true })) {
    const rel = path.posix.join(sub, entry.name);
    if (entry.isDirectory()) out.push(...(await listHtml(dir, rel)));
    else if (entry.name.endsWith('.html')) out.push(rel);
  }
  return out.sort();
}

const attr = (tag, name) => {
  const m = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return m ? (m[2] ?? m[3] ?? m[4]) : undefined;
};
const decode = (s) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<');

/** The ids a page defines (targets for #anchors). */
function idsOf(html) {
  const ids = new Set();
  for (const m of html.matchAll(/<[a-z][^>]*\s(?:id|name)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi)) {
    ids.add(decode(m[1].replace(/^["']|["']$/g, '')));
  }
  return ids;
}

/** Maps a site path (/lessons/x/) to the file that serves it, or undefined. */
function fileFor(dir, sitePath) {
  const clean = decodeURIComponent(sitePath.split(/[?#]/)[0]);
  const candidates = clean.endsWith('/')
    ? [path.join(dir, clean, 'index.html')]
    : [path.join(dir, clean), path.join(dir, clean + '.html'), path.join(dir, clean, 'index.html')];
  return candidates.find((f) => existsSync(f) && !f.endsWith(path.sep));
}

/**
 * Every internal href/src in every page points at a file that exists, and every #anchor at an id
 * on the target page. With `base` (a site built with BASE=/course/), every page is read as served
 * under that folder, and a link that leaves it is a problem: it would reach the domain's root.
 * Returns a list of problems ("page: link -> why").
 */
export async function checkLinks(dir, { base = '/' } = {}) {
  const pages = await listHtml(dir);
  const idCache = new Map();
  const idsFor = async (file) => {
    if (!idCache.has(file)) idCache.set(file, idsOf(await readFile(file, 'utf8')));
    return idCache.get(file);
  };
  const problems = [];
  for (const page of pages) {
    const html = await readFile(path.join(dir, page), 'utf8');
    const pageUrl = new URL(
      normaliseBase(base) + page.replace(/index\.html$/, ''),
      'http://site.invalid',
    );
    for (const m of html.matchAll(/<(a|link|script|img|source|iframe)\b[^>]*>/gi)) {
      const raw = attr(
        m[0],
        m[1].toLowerCase() === 'a' || m[1].toLowerCase() === 'link' ? 'href' : 'src',
      );
      if (raw === undefined) continue;
      const href = decode(raw);
      if (/^(mailto:|tel:|data:|javascript:)/i.test(href)) continue;
      const url = new URL(href, pageUrl);
      if (url.origin !== pageUrl.origin) continue;
      const own = inSite(base, url.pathname);
      if (own === undefined) {
        problems.push(`${page}: ${href} -> outside the course's folder ${normaliseBase(base)}`);
        continue;
      }
      const target = fileFor(dir, own);
      if (!target) {
        problems.push(`${page}: ${href} -> no such page or file`);
        continue;
      }
      if (url.hash.length > 1 && target.endsWith('.html')) {
        const id = decodeURIComponent(url.hash.slice(1));
        if (!(await idsFor(target)).has(id))
          problems.push(`${page}: ${href} -> no element with id "${id}"`);
      }
    }
  }
  return problems;
}

/** Validates every page with html-validate's recommended rules (see .htmlvalidate.json). */
export async function checkHtml(dir) {
  // The file-system loader reads .htmlvalidate.json, as the html-validate CLI does.
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const problems = [];
  for (const page of await listHtml(dir)) {
    const file = path.join(dir, page);
    const report = await validator.validateFile(file);
    for (const result of report.results) {
      for (const msg of result.messages) {
        problems.push(`${page}:${msg.line}:${msg.column}: ${msg.message} (${msg.ruleId})`);
      }
    }
  }
  return problems;
}

/** Every page carries a Content-Security-Policy meta element that forbids inline code. */
export async function checkCsp(dir) {
  const problems = [];
  for (const page of await listHtml(dir)) {
    const html = await readFile(path.join(dir, page), 'utf8');
    const meta = /<meta[^>]+http-equiv=["']?content-security-policy["']?[^>]*>/i.exec(html);
    const policy = meta ? decode(attr(meta[0], 'content') ?? '') : '';
    if (!policy) problems.push(`${page}: no Content-Security-Policy`);
    else if (/'unsafe-inline'|'unsafe-eval'/.test(policy)) {
      problems.push(`${page}: the policy allows unsafe inline code or eval`);
    }
  }
  return problems;
}

/** Inline elements whose words must stay apart from the text around them. */
const INLINE = 'a|kbd|strong|em|code';

/**
 * No word runs into a link or other inline element ("and the<a>sorting cards</a>"): Astro 7's
 * compiler drops a line break between text and an element that starts the next source line, where
 * HTML would read a space; `{' '}` at the end of the line keeps it. Returns a list of problems.
 */
export async function checkSpacing(dir) {
  const glued = new RegExp(
    `[A-Za-z,;:](<(?:${INLINE})\\b[^>]*>[^<]{0,20})|(</(?:${INLINE})>)[A-Za-z]`,
    'g',
  );
  const problems = [];
  for (const page of await listHtml(dir)) {
    const html = (await readFile(path.join(dir, page), 'utf8')).replace(
      /<(script|style)\b[\s\S]*?<\/\1>/gi,
      '',
    );
    for (const m of html.matchAll(glued)) {
      problems.push(`${page}: no space around an inline element: …${m[0].slice(0, 40)}…`);
    }
  }
  return problems;
}

/** Files under `dir` that a module imports statically (what the browser fetches before it runs). */
function staticImports(code) {
  const found = new Set();
  for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*${}\s,]+from\s*)?["']([^"']+)["']/g)) {
    found.add(m[1]);
  }
  for (const m of code.matchAll(
    /(?:^|[;\s}])export\s*(?:\*|\{[^}]*\})\s*from\s*["']([^"']+)["']/g,
  )) {
    found.add(m[1]);
  }
  return [...found];
}

/** Files a module may load later, with a dynamic import() of a literal path. */
function dynamicImports(code) {
  return [...code.matchAll(/\bimport\(\s*["'`]([^"'`$]+)["'`]\s*\)/g)].map((m) => m[1]);
}

/**
 * Reads `urls` and everything they import statically, skipping what `seen` holds already; keyed
 * by the address the browser asks for (under `base`).
 */
async function closure(dir, origin, urls, seen = new Map(), base = '/') {
  const files = new Map();
  const queue = [...urls];
  while (queue.length) {
    const url = queue.shift();
    if (url.origin !== origin || files.has(url.pathname) || seen.has(url.pathname)) continue;
    const own = inSite(base, url.pathname);
    if (own === undefined) continue;
    const file = path.join(dir, decodeURIComponent(own));
    if (!existsSync(file)) continue;
    const code = await readFile(file, 'utf8');
    files.set(url.pathname, code);
    for (const spec of staticImports(code)) queue.push(new URL(spec, url));
  }
  return files;
}

/**
 * The JavaScript a page loads once every island has hydrated: module scripts, inline scripts,
 * each island's component and renderer and everything they import statically. Lazy chunks that
 * only load on demand (a dynamic import()) are not counted, because a learner's browser does not
 * fetch them for the page to work.
 *
 * `lazy` holds those chunks: what the page's own code (not Astro's island renderer, whose
 * optional imports never load here) imports dynamically, with their static imports, less what
 * the page has loaded already. On lesson pages that is the grader, fetched on the learner's first
 * touch of an exercise.
 */
export async function pageScripts(dir, page, base = '/') {
  const html = await readFile(path.join(dir, page), 'utf8');
  const pageUrl = new URL(normaliseBase(base) + page, 'http://site.invalid');
  const entries = new Set();
  const renderers = new Set();
  for (const m of html.matchAll(/<script\b[^>]*\bsrc=["']([^"']+)["'][^>]*>/gi)) entries.add(m[1]);
  for (const m of html.matchAll(/<astro-island\b[^>]*>/gi)) {
    for (const name of ['component-url', 'renderer-url', 'before-hydration-url']) {
      const v = attr(m[0], name);
      if (v) entries.add(decode(v));
      if (v && name != 'component-url') renderers.add(decode(v));
    }
  }
  const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)]
    .map((m) => m[1])
    .filter((code) => code.trim() && !/^\s*\{/.test(code));
  const queue = [...entries].map((e) => new URL(e, pageUrl));
  for (const code of inline) {
    for (const spec of staticImports(code)) queue.push(new URL(spec, pageUrl));
  }
  const files = await closure(dir, pageUrl.origin, queue, undefined, base);
  const framework = await closure(
    dir,
    pageUrl.origin,
    [...renderers].map((e) => new URL(e, pageUrl)),
    undefined,
    base,
  );
  const later = [];
  for (const [file, code] of files) {
    if (framework.has(file)) continue;
    const from = new URL(file, pageUrl);
    for (const spec of dynamicImports(code)) later.push(new URL(spec, from));
  }
  const lazy = await closure(dir, pageUrl.origin, later, files, base);
  return { files, inline, lazy };
}

const gzipBytes = (codes) => codes.reduce((n, code) => n + gzipSync(code, { level: 9 }).length, 0);

/**
 * Gzip size of a lesson page's JavaScript, all islands hydrated; fails pages over the budget.
 * Each entry of `sizes` also says what loads on first use (`lazyBytes`, `lazyFiles`: the graders),
 * reported but not part of the budget.
 */
export async function checkJsBudget(
  dir,
  { pattern = /^lessons\//, budget = LESSON_JS_BUDGET, base = '/' } = {},
) {
  const sizes = [];
  const problems = [];
  const own = (files) => [...files.keys()].map((f) => inSite(base, f));
  for (const page of (await listHtml(dir)).filter((p) => pattern.test(p))) {
    const { files, inline, lazy } = await pageScripts(dir, page, base);
    const bytes = gzipBytes([...files.values(), ...inline]);
    sizes.push({
      page,
      bytes,
      files: own(files),
      lazyBytes: gzipBytes([...lazy.values()]),
      lazyFiles: own(lazy),
    });
    if (bytes > budget) {
      problems.push(
        `${page}: ${(bytes / 1024).toFixed(1)} KB of JavaScript (gzip), over the ${(budget / 1024).toFixed(0)} KB budget`,
      );
    }
  }
  return { sizes, problems };
}

/** "verdict" for /_astro/verdict.BS26DLz9.js: a chunk's name without its hash. */
const chunkName = (file) => path.posix.basename(file).replace(/(\.[\w-]{8})?\.m?js$/, '');

/** One line per page: what hydrating costs, and what the first use of an exercise adds. */
export function formatJsSizes(sizes) {
  return sizes.map(({ page, bytes, lazyBytes, lazyFiles }) => {
    const later = lazyFiles.length
      ? `; on first use: +${(lazyBytes / 1024).toFixed(1)} KB (${lazyFiles.map(chunkName).join(', ')})`
      : '';
    return `${page}: ${(bytes / 1024).toFixed(1)} KB gzip hydrated${later}`;
  });
}

/**
 * The quiz page's HTML may weigh at most this much. It carries no scenario (its island fetches
 * quiz/pool.json on start), so it must not grow with the bank: with the bank embedded it weighed
 * 144 KB at 54 scenarios and grew by about 2.3 KB per scenario.
 */
export const QUIZ_PAGE_BUDGET = 16 * 1024;

/** The quiz page and its pool file, as built. */
const QUIZ_PAGE = 'quiz/index.html';
const QUIZ_POOL_FILE = 'quiz/pool.json';

/**
 * The scenario bank as these checks need it: `{ id, pool, title, note, reply }` for every YAML
 * file of `dir`. The build has already validated the files against the schema.
 */
export async function readScenarios(
  dir = fileURLToPath(new URL('../src/content/scenarios/', import.meta.url)),
) {
  const out = [];
  for (const file of (await readdir(dir)).filter((f) => f.endsWith('.yaml')).sort()) {
    const s = parseYaml(await readFile(path.join(dir, file), 'utf8'));
    out.push({
      id: s.id,
      pool: s.pool ?? 'lesson',
      title: s.title ?? '',
      note: s.invitation?.note ?? '',
      reply: s.answer?.reply ?? '',
    });
  }
  return out;
}

/** Instructor pages learners see too: workshop mode is projected, the sorting cards printed. */
const SEEN_BY_LEARNERS = ['instructor/present/', 'instructor/cards/'];

/** Pages a learner sees: every page but the instructors' (whose answer key shows every pool). */
export const isStudentPage = (page) =>
  !page.startsWith('instructor/') || SEEN_BY_LEARNERS.some((p) => page.startsWith(p));

const decodeEntities = (s) =>
  s
    .replace(/&#x([0-9a-f]+);/gi, (_m, hex) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_m, dec) => String.fromCodePoint(Number(dec)))
    .replace(/&(quot|apos|lt|gt|nbsp|amp);/g, (_m, name) => {
      return { quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ', amp: '&' }[name];
    });

/**
 * Text reduced to lowercase words separated by single spaces, so the same words match whether
 * they sit in the page's text, split by tags, or in an island's props (HTML-escaped JSON).
 */
export function comparable(text) {
  return decodeEntities(text)
    .replace(/\\u([0-9a-f]{4})/gi, (_m, hex) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/\\[nrt]/g, ' ')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A page's visible text and its attribute values (island props), each made comparable. */
function pageTexts(html) {
  const attributes = [...html.matchAll(/\s[\w:.-]+\s*=\s*(?:"([^"]*)"|'([^']*)')/g)].map(
    (m) => m[1] ?? m[2],
  );
  return ` ${comparable(html.replace(/<[^>]*>/g, ' '))} | ${comparable(attributes.join(' | '))} `;
}

/**
 * The pools kept apart on the built site. On every student page (all but /instructor/*), no
 * quiz scenario's title, note or model reply appears, in the text or in an island's props; a
 * note is only looked for when no other pool's scenario uses the same words (LinkedIn's default
 * notes, the empty note). Lesson pages name no scenario outside the lesson pool. `scenarios` is
 * what {@link readScenarios} returns. Returns a list of problems.
 */
export async function checkPools(dir, scenarios) {
  const problems = [];
  const quiz = scenarios.filter((s) => s.pool === 'quiz');
  const sharedNotes = new Set(
    scenarios.filter((s) => s.pool !== 'quiz').map((s) => comparable(s.note)),
  );
  const needles = quiz.flatMap((s) =>
    [
      ['title', s.title],
      ['note', sharedNotes.has(comparable(s.note)) ? '' : s.note],
      ['model reply', s.reply],
    ]
      .map(([field, text]) => ({ id: s.id, field, words: comparable(text) }))
      .filter((n) => n.words),
  );
  const notLesson = scenarios.filter((s) => s.pool !== 'lesson');
  for (const page of (await listHtml(dir)).filter(isStudentPage)) {
    const html = await readFile(path.join(dir, page), 'utf8');
    const texts = pageTexts(html);
    for (const n of needles) {
      if (texts.includes(` ${n.words} `)) {
        problems.push(`${page}: shows the ${n.field} of quiz scenario ${n.id}`);
      }
    }
    if (!page.startsWith('lessons/')) continue;
    const raw = decodeEntities(html);
    for (const s of notLesson) {
      if (new RegExp(`(^|[^a-z0-9-])${s.id}($|[^a-z0-9-])`).test(raw)) {
        problems.push(`${page}: names ${s.pool} scenario ${s.id} (lessons show the lesson pool)`);
      }
    }
  }
  return problems;
}

/**
 * The quiz page carries no scenario and stays small whatever the bank's size: no scenario id of
 * any pool in its HTML, at most `budget` bytes, and its pool file (quiz/pool.json) holds the quiz
 * pool and nothing else. Returns `{ bytes, problems }`.
 */
export async function checkQuizPage(dir, scenarios, { budget = QUIZ_PAGE_BUDGET } = {}) {
  const problems = [];
  const file = path.join(dir, QUIZ_PAGE);
  if (!existsSync(file)) return { bytes: 0, problems: [`${QUIZ_PAGE}: missing`] };
  const html = await readFile(file, 'utf8');
  const bytes = Buffer.byteLength(html);
  if (bytes > budget) {
    problems.push(
      `${QUIZ_PAGE}: ${(bytes / 1024).toFixed(1)} KB of HTML, over the ${(budget / 1024).toFixed(0)} KB budget`,
    );
  }
  const raw = decodeEntities(html);
  const named = scenarios.filter((s) =>
    new RegExp(`(^|[^a-z0-9-])${s.id}($|[^a-z0-9-])`).test(raw),
  );
  if (named.length) {
    problems.push(
      `${QUIZ_PAGE}: holds scenario data (${named.length} scenario ids, e.g. ${named[0].id})`,
    );
  }
  const poolFile = path.join(dir, QUIZ_POOL_FILE);
  if (!existsSync(poolFile)) problems.push(`${QUIZ_POOL_FILE}: missing`);
  else {
    let ids = [];
    try {
      ids = JSON.parse(await readFile(poolFile, 'utf8')).map((s) => s.id);
    } catch (error) {
      problems.push(`${QUIZ_POOL_FILE}: not a JSON list of scenarios (${error.message})`);
    }
    const want = scenarios.filter((s) => s.pool === 'quiz').map((s) => s.id);
    const extra = ids.filter((id) => !want.includes(id));
    const missing = want.filter((id) => !ids.includes(id));
    if (extra.length) problems.push(`${QUIZ_POOL_FILE}: holds non-quiz ${extra.join(', ')}`);
    if (missing.length) problems.push(`${QUIZ_POOL_FILE}: lacks ${missing.join(', ')}`);
  }
  return { bytes, problems };
}

async function main() {
  const dir = path.resolve(process.argv[2] ?? 'dist');
  if (!existsSync(dir) || !(await stat(dir)).isDirectory()) {
    console.error(`check-site: ${dir} does not exist; run the build first (npm run build).`);
    process.exit(2);
  }
  let failed = 0;
  const report = (name, problems) => {
    if (problems.length) {
      failed++;
      console.error(`✗ ${name}: ${problems.length} problem(s)`);
      for (const p of problems.slice(0, 50)) console.error(`  ${p}`);
      if (problems.length > 50) console.error(`  … and ${problems.length - 50} more`);
    } else console.log(`✓ ${name}`);
  };
  const pages = await listHtml(dir);
  // A site built with BASE=/course/ is checked as it will be served: under that folder.
  const base = normaliseBase(process.env.BASE);
  const where = base === '/' ? '' : `, served under ${base}`;
  console.log(
    `Checking ${pages.length} pages in ${path.relative(process.cwd(), dir) || '.'}${where}`,
  );
  report('internal links and anchors resolve', await checkLinks(dir, { base }));
  report('HTML is valid', await checkHtml(dir));
  report('every page has a strict Content-Security-Policy', await checkCsp(dir));
  report('no word runs into a link or other inline element', await checkSpacing(dir));
  const budget = await checkJsBudget(dir, { base });
  for (const line of formatJsSizes(budget.sizes)) console.log(`  ${line}`);
  const largest = budget.sizes.reduce((a, b) => (b.bytes > (a?.bytes ?? -1) ? b : a), undefined);
  if (largest)
    console.log(
      `  largest lesson JS: ${(largest.bytes / 1024).toFixed(1)} KB gzip (${largest.page})`,
    );
  report(
    `lesson pages ship at most ${LESSON_JS_BUDGET / 1024} KB of JavaScript (gzip)`,
    budget.problems,
  );
  const scenarios = await readScenarios();
  report(
    'no quiz scenario on a student page; lessons show only lesson-pool scenarios',
    await checkPools(dir, scenarios),
  );
  const quizPage = await checkQuizPage(dir, scenarios);
  console.log(`  quiz page: ${(quizPage.bytes / 1024).toFixed(1)} KB of HTML`);
  report(
    `the quiz page holds no scenario and weighs at most ${QUIZ_PAGE_BUDGET / 1024} KB`,
    quizPage.problems,
  );
  process.exit(failed ? 1 : 0);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
