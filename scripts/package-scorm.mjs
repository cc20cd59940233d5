#!/usr/bin/env node
// Builds a SCORM 1.2 package of the self-assessment (or of one assignment) for any LMS.
//
//   npm run package:scorm                          -> dist-scorm/say-no-thank-you-self-assessment.zip
//   npm run package:scorm -- --assignment LINK     -> dist-scorm/say-no-thank-you-<title>.zip
//
// Other flags: --no-build (package dist/ as it is), --build (rebuild even if dist/ is fresh),
// --out DIR (default dist-scorm), --launch-page /path/ (package another built page; tests use it).
//
// What it does, and why:
// 1. Reuses dist/ when it is newer than every source file, else runs `npm run build`.
// 2. Copies the launch page, the pages next to it and every file they reference (followed through
//    HTML, CSS and JS) into a staging folder. Nothing else: a learner in the LMS frame must not
//    wander to pages that cannot talk to the LMS session.
// 3. Rewrites every absolute URL (/_astro/..., /pagefind/..., links, astro-island component-url
//    and renderer-url, Vite's preload helper) to a relative one, because an LMS serves the
//    package from a folder such as /pluginfile.php/12/mod_scorm/content/3/. Links to pages that
//    are not packaged lose their href. Inline scripts and styles whose text changed get their CSP
//    hash recomputed in the page's policy, so the strict CSP still holds.
// 4. Adds scorm-launch.html, the SCO's launch page: it hosts the course in a frame and keeps one
//    LMS session while the course moves between pages (src/scorm/keeper.ts).
// 5. Writes imsmanifest.xml (SCORM 1.2, one SCO listing every file) and zips it all with fflate.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { zipSync } from 'fflate';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The self-assessment's pass mark (issue 6): 80% of the points. */
export const QUIZ_PASS_MARK = 80;

/** Attributes whose value is a URL the browser loads or follows. */
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'action',
  'poster',
  'component-url',
  'renderer-url',
  'before-hydration-url',
]);

const TEXT_FILES = /\.(html|js|mjs|css|json|svg|xml|txt|webmanifest)$/;

/** `a/b/c.html` style path (forward slashes) of `file` inside `dir`. */
const rel = (dir, file) => path.relative(dir, file).split(path.sep).join('/');

/** Every file under `dir`, as forward-slash paths relative to it. */
async function listFiles(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) out.push(rel(dir, path.join(entry.parentPath, entry.name)));
  }
  return out.sort();
}

/** The newest modification time (ms) of the files that make up the build. */
async function newestSource() {
  let newest = 0;
  for (const item of ['src', 'public', 'astro.config.mjs', 'package-lock.json']) {
    const full = path.join(root, item);
    if (!existsSync(full)) continue;
    const files = statSync(full).isDirectory()
      ? (await listFiles(full)).map((f) => path.join(full, f))
      : [full];
    for (const f of files) newest = Math.max(newest, statSync(f).mtimeMs);
  }
  return newest;
}

/** Builds the course unless dist/ is already newer than every source (or `build` forces it). */
async function ensureBuild(dist, build) {
  const index = path.join(dist, 'index.html');
  const fresh = existsSync(index) && statSync(index).mtimeMs >= (await newestSource());
  if (build === false || (build !== true && fresh)) {
    if (!existsSync(index)) throw new Error(`${dist} has no index.html: build the course first`);
    return;
  }
  console.log('package:scorm: building the course (npm run build)...');
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
}

/** `sha256-...` of a script or style text, as CSP writes it. */
const cspHash = (text) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

/** Splits `url` into path and suffix (`?query#hash`). */
function splitUrl(url) {
  const at = url.search(/[?#]/);
  return at < 0 ? [url, ''] : [url.slice(0, at), url.slice(at)];
}

/** Relative URL from the folder of `fromFile` to `toFile` (both package paths). */
function relativeUrl(fromFile, toFile) {
  const from = path.posix.dirname(fromFile);
  let out = path.posix.relative(from, toFile);
  if (!out.startsWith('.')) out = './' + out;
  return out;
}

/**
 * The package path a site URL points at (`/quiz/` -> `quiz/index.html`), or undefined for a URL
 * that is not a file of the site (external, data:, a bare #anchor).
 */
function sitePath(url, fromFile, files) {
  if (!url || url.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//'))
    return undefined;
  const [p] = splitUrl(url);
  if (!p) return undefined;
  let resolved = p.startsWith('/')
    ? p.slice(1)
    : path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), p));
  try {
    resolved = decodeURIComponent(resolved);
  } catch {
    // Keep it as written; the existence check reports it.
  }
  if (resolved === '' || resolved === '.' || resolved.endsWith('/'))
    resolved = (resolved === '.' ? '' : resolved) + 'index.html';
  else if (!files.has(resolved) && files.has(resolved + '/index.html')) resolved += '/index.html';
  return resolved;
}

/**
 * Rewrites one packaged file's URLs. Returns the new text and the package paths it references
 * (to copy next). `pages` is the set of packaged HTML pages: links to others lose their href.
 */
export function rewriteFile(file, text, { files, pages }) {
  const refs = new Set();
  const missing = [];
  /** A URL the browser loads as a file: must exist, becomes relative. */
  const asset = (url) => {
    const target = sitePath(url, file, files);
    if (target === undefined) return url;
    if (!files.has(target)) {
      missing.push(`${file} -> ${url}`);
      return url;
    }
    refs.add(target);
    return relativeUrl(file, target) + splitUrl(url)[1];
  };

  if (file.endsWith('.css')) {
    const out = rewriteCss(text, asset);
    return { text: out, refs, missing };
  }
  if (/\.m?js$/.test(file)) return { text: rewriteJs(text, file, asset), refs, missing };
  if (!file.endsWith('.html')) return { text, refs, missing };

  const hashes = new Map();
  let html = text.replace(
    /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/gi,
    (_whole, tag, attrs, body) => {
      const newAttrs = rewriteAttributes(tag, attrs, asset, file, files, pages);
      const inline = !/\ssrc=/i.test(attrs) && body.length > 0;
      let newBody = body;
      if (inline && tag.toLowerCase() === 'script') newBody = rewriteJsSpecifiers(body, asset);
      if (inline && tag.toLowerCase() === 'style') newBody = rewriteCss(body, asset);
      if (newBody !== body) hashes.set(cspHash(body), cspHash(newBody));
      return `<${tag}${newAttrs}>${newBody}</${tag}>`;
    },
  );
  // Other tags (outside scripts and styles, which the first pass rebuilt): attribute by attribute.
  html = html.replace(
    /(<script\b[^>]*>[\s\S]*?<\/script>|<style\b[^>]*>[\s\S]*?<\/style>)|<([a-zA-Z][\w-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)(\s*\/?)>/g,
    (_whole, raw, tag, attrs, end) =>
      raw ? raw : `<${tag}${rewriteAttributes(tag, attrs, asset, file, files, pages)}${end}>`,
  );
  for (const [before, after] of hashes) html = html.replaceAll(`'${before}'`, `'${after}'`);
  return { text: html, refs, missing };
}

/** Rewrites the URL attributes of one tag's attribute string. */
function rewriteAttributes(tag, attrs, asset, file, files, pages) {
  const name = tag.toLowerCase();
  return attrs.replace(
    /(\s+)([^\s=>/]+)(\s*=\s*)("([^"]*)"|'([^']*)')/g,
    (whole, space, attr, eq, quoted, dq, sq) => {
      const key = attr.toLowerCase();
      const value = dq ?? sq;
      const q = quoted[0];
      if (key === 'srcset') {
        const out = value
          .split(',')
          .map((part) => part.trim().replace(/^\S+/, (u) => asset(u)))
          .join(', ');
        return `${space}${attr}${eq}${q}${out}${q}`;
      }
      if (!URL_ATTRIBUTES.has(key)) return whole;
      const isLink = (name === 'a' || name === 'area' || name === 'form') && key !== 'src';
      if (!isLink) return `${space}${attr}${eq}${q}${asset(value)}${q}`;
      const target = sitePath(value, file, files);
      if (target === undefined) return whole;
      // A page of the package: link it relatively, to its index.html (LMS file servers do not
      // map folders to index.html). Any other page of the site is not in the package: unlink.
      if (pages.has(target)) return `${space}${attr}${eq}${q}${asset(value)}${q}`;
      if (files.has(target) && !target.endsWith('.html'))
        return `${space}${attr}${eq}${q}${asset(value)}${q}`;
      return '';
    },
  );
}

/** Rewrites url(...) and @import in CSS. */
function rewriteCss(css, asset) {
  return css
    .replace(/url\(\s*(["']?)([^"')]+)\1\s*\)/g, (_whole, q, url) => `url(${q}${asset(url)}${q})`)
    .replace(/@import\s+(["'])([^"']+)\1/g, (_whole, q, url) => `@import ${q}${asset(url)}${q}`);
}

/** Rewrites module specifiers (`from "/x"`, `import "/x"`, `import("/x")`) in JS text. */
function rewriteJsSpecifiers(js, asset) {
  return js.replace(
    /(\bfrom\s*|\bimport\s*\(?\s*)(["'`])((?:\/|\.{1,2}\/)[^"'`\s]+)\2/g,
    (_whole, lead, q, url) => `${lead}${q}${asset(url)}${q}`,
  );
}

/**
 * Rewrites a JS chunk: module specifiers, absolute /_astro/ and /pagefind/ strings (relative to
 * the chunk, which is where import() resolves them), the `_astro/...` lists Vite's preload
 * helper reads, and the helper itself, whose `"/" + dep` assumes the site root.
 */
function rewriteJs(js, file, asset) {
  let out = rewriteJsSpecifiers(js, asset);
  out = out.replace(/(["'`])\/((?:_astro|pagefind)\/[^"'`\s]*)\1/g, (_whole, q, p) =>
    p.endsWith('/')
      ? `${q}${relativeUrl(file, p + 'x').slice(0, -1)}${q}`
      : `${q}${asset('/' + p)}${q}`,
  );
  // Preload deps are root-relative paths ("_astro/x.js"); note them so they are copied.
  for (const [, , p] of out.matchAll(/(["'`])(_astro\/[^"'`\s]+)\1/g)) asset('/' + p);
  const back = path.posix.relative(path.posix.dirname(file), '') || '.';
  out = out.replace(
    /function\((\w+)\)\{return(["'`])\/\2\+\1\}/g,
    (_whole, v) =>
      `function(${v}){return new URL(${JSON.stringify(back + '/')}+${v},import.meta.url).href}`,
  );
  return out;
}

/** Escapes text for XML attributes and elements. */
const xml = (s) =>
  String(s).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c],
  );

/**
 * The SCORM 1.2 manifest: ADL namespaces and schemaversion 1.2, one organization with one item,
 * one webcontent SCO resource launching `launch` and listing every file of the package.
 */
export function buildManifest({ identifier, title, launch, files, masteryScore }) {
  const fileList = files.map((f) => `      <file href="${xml(f)}"/>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${xml(identifier)}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="org-1">
    <organization identifier="org-1">
      <title>${xml(title)}</title>
      <item identifier="item-1" identifierref="res-1" isvisible="true">
        <title>${xml(title)}</title>${masteryScore === undefined ? '' : `\n        <adlcp:masteryscore>${masteryScore}</adlcp:masteryscore>`}
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="res-1" type="webcontent" adlcp:scormtype="sco" href="${xml(launch)}">
${fileList}
    </resource>
  </resources>
</manifest>
`;
}

/**
 * The package's launch page: it hosts the course in a full-window frame and, through
 * scorm-launch.js, keeps one LMS session across the course's page loads (see
 * src/scorm/keeper.ts). Scripts and styles are files, so the strict CSP needs no hash.
 */
export function launchHtml(target, title) {
  const t = xml(title);
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self'; style-src 'self'; frame-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'">
    <title>${t}</title>
    <link rel="stylesheet" href="${LAUNCH_CSS}">
    <script type="module" src="${LAUNCH_JS}"></script>
  </head>
  <body>
    <iframe title="${t}" data-src="${xml(target)}"></iframe>
    <noscript><p>This course needs JavaScript. <a href="${xml(target)}">Open it without the LMS connection</a>.</p></noscript>
  </body>
</html>
`;
}

/** The launch page's files. */
const LAUNCH_JS = 'scorm-launch.js';
const LAUNCH_CSS = 'scorm-launch.css';
const LAUNCH_STYLES = `html,body{height:100%;margin:0}
iframe{display:block;width:100%;height:100%;border:0}
`;

/** Bundles src/scorm/launch.ts (and what it imports) into one small ES module. */
async function bundleLaunchScript() {
  // esbuild comes with tsx (a dev dependency); Astro's Vite is not needed for one small file.
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [path.join(root, 'src/scorm/launch.ts')],
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2020',
    write: false,
    legalComments: 'none',
  });
  return Buffer.from(result.outputFiles[0].text, 'utf8');
}

/** Decodes an assignment link with the course's own decoder (TypeScript, loaded through tsx). */
async function decodeAssignment(link) {
  const { tsImport } = await import('tsx/esm/api');
  const mod = await tsImport(pathToFileURL(path.join(root, 'src/assignment/link.ts')).href, {
    parentURL: import.meta.url,
  });
  const result = mod.decodeAssignment(link);
  if (!result.ok) throw new Error(`the assignment link cannot be opened: ${result.message}`);
  return { assignment: result.assignment, payload: mod.payloadFrom(link) };
}

/** A file name made of the title's words. */
const slug = (text) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'assignment';

/**
 * Builds the package; returns `{ zip, files, launch, staging }`. Options: `dist` (the built
 * site), `out` (where the zip goes), `build` (true: always, false: never, undefined: when stale),
 * `assignment` (a link), `launchPage` (a site path such as `/quiz/`).
 */
export async function packageScorm(options = {}) {
  const dist = path.resolve(options.dist ?? path.join(root, 'dist'));
  const out = path.resolve(options.out ?? path.join(root, 'dist-scorm'));
  await ensureBuild(dist, options.build);

  let title = 'Say No, Thank You: self-assessment';
  let name = 'say-no-thank-you-self-assessment';
  let masteryScore = QUIZ_PASS_MARK;
  let launchPage = options.launchPage ?? '/quiz/';
  let hash = '';
  if (options.assignment) {
    const { assignment, payload } = await decodeAssignment(options.assignment);
    title = `Say No, Thank You: ${assignment.title}`;
    name = `say-no-thank-you-${slug(assignment.title)}`;
    masteryScore = assignment.passMark;
    launchPage = options.launchPage ?? '/assignment/';
    hash = `#a=${payload}`;
  }

  const all = await listFiles(dist);
  const files = new Set(all);
  const launchFile = sitePath(launchPage, 'index.html', files);
  if (!files.has(launchFile))
    throw new Error(`the launch page ${launchPage} is not in ${dist} (${launchFile} missing)`);
  // The pages next to the launch page (its folder and below) form the SCO; at the root only the
  // launch page itself (the rest of the site is lessons, which do not talk to the LMS).
  const folder = path.posix.dirname(launchFile);
  const pages = new Set(
    folder === '.'
      ? [launchFile]
      : all.filter((f) => f.endsWith('.html') && f.startsWith(folder + '/')),
  );

  const staged = new Map();
  const missing = [];
  const queue = [...pages];
  while (queue.length) {
    const file = queue.shift();
    if (staged.has(file)) continue;
    const bytes = await readFile(path.join(dist, file));
    if (!TEXT_FILES.test(file)) {
      staged.set(file, bytes);
      continue;
    }
    const result = rewriteFile(file, bytes.toString('utf8'), { files, pages });
    staged.set(file, Buffer.from(result.text, 'utf8'));
    missing.push(...result.missing);
    for (const ref of result.refs) if (!staged.has(ref)) queue.push(ref);
  }
  if (missing.length)
    throw new Error(`files referenced by the course are missing:\n  ${missing.join('\n  ')}`);

  const launch = 'scorm-launch.html';
  for (const file of [launch, LAUNCH_JS, LAUNCH_CSS])
    if (staged.has(file)) throw new Error(`${file} is taken; cannot add the launch page`);
  staged.set(launch, Buffer.from(launchHtml(launchFile + hash, title), 'utf8'));
  staged.set(LAUNCH_JS, await bundleLaunchScript());
  staged.set(LAUNCH_CSS, Buffer.from(LAUNCH_STYLES, 'utf8'));
  const list = [...staged.keys()].sort();
  staged.set(
    'imsmanifest.xml',
    Buffer.from(
      buildManifest({ identifier: name, title, launch, files: list, masteryScore }),
      'utf8',
    ),
  );

  const staging = path.join(out, name);
  await rm(staging, { recursive: true, force: true });
  for (const [file, bytes] of staged) {
    await mkdir(path.dirname(path.join(staging, file)), { recursive: true });
    await writeFile(path.join(staging, file), bytes);
  }
  const zip = path.join(out, `${name}.zip`);
  const entries = Object.fromEntries(
    [...staged].map(([file, bytes]) => [file, [new Uint8Array(bytes), { level: 9 }]]),
  );
  await writeFile(zip, zipSync(entries, { mtime: new Date('2025-01-01T00:00:00Z') }));
  return { zip, files: [...staged.keys()].sort(), launch, staging };
}

/** Reads `--flag value` / `--flag=value` / `--flag` arguments. */
function parseArgs(argv) {
  const args = {};
  for (let i = 0; i < argv.length; i++) {
    const [key, inline] = argv[i].replace(/^--/, '').split(/=(.*)/s);
    const next = () => inline ?? argv[++i];
    if (key === 'assignment') args.assignment = next();
    else if (key === 'out') args.out = next();
    else if (key === 'dist') args.dist = next();
    else if (key === 'launch-page') args.launchPage = next();
    else if (key === 'build') args.build = true;
    else if (key === 'no-build') args.build = false;
    else throw new Error(`unknown option ${argv[i]}`);
  }
  return args;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const { zip, files } = await packageScorm(parseArgs(process.argv.slice(2)));
    console.log(`SCORM 1.2 package (${files.length} files): ${path.relative(process.cwd(), zip)}`);
  } catch (error) {
    console.error(`package:scorm: ${error.message}`);
    process.exit(1);
  }
}
