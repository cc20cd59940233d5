/**
 * Builds SCORM packages of the course for any LMS.
 *
 * 1. Reuses the built site (dist/) when it is newer than every source file, else builds it.
 * 2. Copies the activity's pages and every file they reference (followed through HTML, CSS and
 *    JS) into a staging folder; links to pages left out lose their href (./rewrite.ts).
 * 3. Adds the launch page, the SCO (./manifest.ts): it owns the LMS session and hosts the course
 *    in a frame (src/scorm/launch.ts, bundled here with esbuild), with the package's catalog
 *    (./catalog.ts) in it as JSON.
 * 4. Writes imsmanifest.xml (SCORM 2004 4th Edition or 1.2, one SCO listing every file) and
 *    zips it all with fflate.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { decodeAssignment, payloadFrom } from '~/assignment/link';
import { loadBank } from '~/node/bank';
import { listFiles } from '~/node/files';
import { QUIZ_PASS_MARK } from '~/quiz/score';
import type { PackageCatalog } from '~/scorm/catalog';
import type { ScormVersion } from '~/scorm/interactions';
import { courseLessons, readLessons } from './catalog';
import {
  buildManifest,
  LAUNCH_CSS,
  LAUNCH_JS,
  LAUNCH_PAGE,
  LAUNCH_STYLES,
  launchHtml,
} from './manifest';
import { rewriteFile, sitePath, TEXT_FILES } from './rewrite';

/** The repository's root. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** What to package. */
export interface PackageOptions {
  /** The built site (default dist/). */
  dist?: string;
  /** Where the zip goes (default dist-scorm/). */
  out?: string;
  /** true: always build; false: never; undefined: when dist/ is older than the sources. */
  build?: boolean;
  /** `course` (default), `quiz` (the self-assessment alone) or `assignment` (needs the link). */
  activity?: PackageCatalog['activity'];
  /** The assignment link, for `assignment`. */
  assignment?: string;
  /** SCORM 2004 4th Edition (default) or 1.2. */
  version?: ScormVersion;
}

/** A package written. */
export interface PackageResult {
  zip: string;
  /** Every file of the zip, manifest included, sorted. */
  files: string[];
  launch: string;
  staging: string;
  version: ScormVersion;
  catalog: PackageCatalog;
}

/** The newest modification time (ms) of the files that make up the build. */
async function newestSource(): Promise<number> {
  let newest = 0;
  for (const item of ['src', 'public', 'astro.config.mjs', 'package-lock.json']) {
    const full = path.join(ROOT, item);
    if (!existsSync(full)) continue;
    const files = statSync(full).isDirectory()
      ? (await listFiles(full)).map((f) => path.join(full, f))
      : [full];
    for (const f of files) newest = Math.max(newest, statSync(f).mtimeMs);
  }
  return newest;
}

/**
 * The folder a built site was made for (BASE, README "Publish the course"): "/" at a domain root,
 * "/course/" in a subfolder. Read from the home page's icon link, which every page carries.
 */
export function builtFor(indexHtml: string): string {
  return /<link\b[^>]*\bhref="([^"]*)favicon\.svg"/.exec(indexHtml)?.[1] ?? '/';
}

/**
 * Builds the course unless `dist` is already newer than every source (or `build` forces it). A
 * package needs the course built at the root (its links are made relative to the package), so a
 * site built for a subfolder is built again without BASE, or refused when building is off.
 */
async function ensureBuild(dist: string, build: boolean | undefined): Promise<void> {
  const index = path.join(dist, 'index.html');
  const folder = existsSync(index) ? builtFor(readFileSync(index, 'utf8')) : '/';
  // Only "build when stale" needs the sources' dates (a walk of src/ and public/).
  const fresh = async () => existsSync(index) && statSync(index).mtimeMs >= (await newestSource());
  if (build === false || (build === undefined && folder === '/' && (await fresh()))) {
    if (!existsSync(index)) throw new Error(`${dist} has no index.html: build the course first`);
    if (folder !== '/')
      throw new Error(
        `${dist} was built for the subfolder ${folder} (BASE); an LMS package needs the course built at the root: run npm run build without BASE, then package again`,
      );
    return;
  }
  console.log('package:scorm: building the course at the root (npm run build, BASE unset)...');
  const env = { ...process.env };
  delete env.BASE;
  execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit', env });
}

let launchScript: Promise<Buffer> | undefined;

/** Bundles src/scorm/launch.ts (and what it imports) into one ES module, once per process. */
function bundleLaunchScript(): Promise<Buffer> {
  launchScript ??= (async () => {
    // esbuild comes with tsx (a dev dependency); it reads tsconfig's `~/` paths.
    const { build } = await import('esbuild');
    const result = await build({
      entryPoints: [path.join(ROOT, 'src/scorm/launch.ts')],
      bundle: true,
      format: 'esm',
      minify: true,
      target: 'es2022',
      write: false,
      legalComments: 'none',
      tsconfig: path.join(ROOT, 'tsconfig.json'),
    });
    return Buffer.from(result.outputFiles[0]!.text, 'utf8');
  })();
  return launchScript;
}

/** A file name made of the title's words. */
const slug = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60) || 'assignment';

/** The folders whose pages make up each activity (the course's home page comes with `course`). */
const ACTIVITY_FOLDERS: Record<PackageCatalog['activity'], string[]> = {
  course: ['lessons/', 'review/', 'quiz/'],
  quiz: ['quiz/'],
  assignment: ['assignment/'],
};

/** Builds one package; see the module comment. */
export async function packageScorm(options: PackageOptions = {}): Promise<PackageResult> {
  const dist = path.resolve(options.dist ?? path.join(ROOT, 'dist'));
  const out = path.resolve(options.out ?? path.join(ROOT, 'dist-scorm'));
  const version = options.version ?? '2004';
  const activity = options.assignment ? 'assignment' : (options.activity ?? 'course');
  await ensureBuild(dist, options.build);
  const all = await listFiles(dist);
  const files = new Set(all);

  const pages = new Set(
    all.filter(
      (f) => f.endsWith('.html') && ACTIVITY_FOLDERS[activity].some((dir) => f.startsWith(dir)),
    ),
  );
  if (activity == 'course') pages.add('index.html');
  const suffix = version == '2004' ? 'scorm2004' : 'scorm12';
  let catalog: PackageCatalog;
  let name: string;
  let masteryScore: number | undefined;
  if (activity == 'assignment') {
    const link = options.assignment ?? '';
    const decoded = decodeAssignment(link);
    if (!decoded.ok) throw new Error(`the assignment link cannot be opened: ${decoded.message}`);
    const { assignment } = decoded;
    name = `say-no-thank-you-${slug(assignment.title)}`;
    masteryScore = assignment.passMark;
    catalog = {
      title: `Say No, Thank You: ${assignment.title}`,
      activity,
      passMark: assignment.passMark,
      start: `assignment/index.html#a=${payloadFrom(link)}`,
      pages: [],
      lessons: [],
      exercises: {},
    };
  } else if (activity == 'quiz') {
    name = 'say-no-thank-you-self-assessment';
    masteryScore = QUIZ_PASS_MARK;
    catalog = {
      title: 'Say No, Thank You: self-assessment',
      activity,
      passMark: QUIZ_PASS_MARK,
      start: 'quiz/index.html',
      pages: [],
      lessons: [],
      exercises: {},
    };
  } else {
    name = 'say-no-thank-you-course';
    const { scenarios } = loadBank();
    catalog = {
      title: 'Say No, Thank You: answering LinkedIn invitations honestly',
      activity,
      passMark: QUIZ_PASS_MARK,
      start: 'index.html',
      pages: [],
      ...courseLessons(readLessons(path.join(ROOT, 'src/content/lessons')), scenarios),
    };
  }
  // Both editions of a package may sit side by side; the self-assessment alone stays named as
  // it always was when it is SCORM 1.2.
  if (!(activity != 'course' && version == '1.2')) name = `${name}-${suffix}`;
  const startPage = sitePath('/' + catalog.start.split('#')[0], 'index.html', files) ?? '';
  if (!files.has(startPage))
    throw new Error(`the start page ${catalog.start} is not in ${dist} (${startPage} missing)`);
  pages.add(startPage);
  catalog.pages = [...pages].sort();

  const staged = new Map<string, Buffer>();
  const missing: string[] = [];
  const queue = [...pages];
  while (queue.length) {
    const file = queue.shift()!;
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

  for (const file of [LAUNCH_PAGE, LAUNCH_JS, LAUNCH_CSS])
    if (staged.has(file)) throw new Error(`${file} is taken; cannot add the launch page`);
  staged.set(LAUNCH_PAGE, Buffer.from(launchHtml(catalog), 'utf8'));
  staged.set(LAUNCH_JS, await bundleLaunchScript());
  staged.set(LAUNCH_CSS, Buffer.from(LAUNCH_STYLES, 'utf8'));
  const list = [...staged.keys()].sort();
  staged.set(
    'imsmanifest.xml',
    Buffer.from(
      buildManifest(version, {
        identifier: name,
        title: catalog.title,
        launch: LAUNCH_PAGE,
        files: list,
        ...(masteryScore === undefined ? {} : { masteryScore }),
      }),
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
    [...staged].map(([file, bytes]) => [file, [new Uint8Array(bytes), { level: 9 }] as const]),
  );
  await writeFile(zip, zipSync(entries as never, { mtime: new Date('2025-01-01T00:00:00Z') }));
  return { zip, files: [...staged.keys()].sort(), launch: LAUNCH_PAGE, staging, version, catalog };
}

/**
 * What `npm run package:scorm` writes by default: the whole course as SCORM 2004 and as SCORM
 * 1.2, and the self-assessment alone (SCORM 1.2); the site is built (or checked fresh) once.
 */
export async function packageDefaults(options: Omit<PackageOptions, 'activity' | 'version'> = {}) {
  const results: PackageResult[] = [];
  results.push(await packageScorm({ ...options, activity: 'course', version: '2004' }));
  const again = { ...options, build: false };
  results.push(await packageScorm({ ...again, activity: 'course', version: '1.2' }));
  results.push(await packageScorm({ ...again, activity: 'quiz', version: '1.2' }));
  return results;
}
