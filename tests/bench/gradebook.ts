/**
 * Gradebook benchmark: importing 1,000 results files. Goal (issue 6): under 2 s in Chromium.
 *
 * `benchGradebook()` returns lines for `npm run bench` to print:
 * - regrading 1,000 files in Node (`buildGradebook`, the code the page runs), median of 3 runs;
 * - the same import in Chromium on the built gradebook page, when `dist/` and Chromium exist:
 *   the files go in through the file input (`setInputFiles`), and the page itself times from the
 *   input's `change` event to the status line that follows the rendered table, so the time spent
 *   shipping 1,000 files over the DevTools protocol is not counted.
 *
 * Run it alone with `npx tsx tests/bench/gradebook.ts`.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildResultsFile } from '../../src/assignment/results';
import { loadBank } from '../../src/node/bank';
import { encodeAssignment } from '../../src/assignment/link';
import { buildGradebook, type ResultsInput } from '../../src/gradebook/gradebook';
import type { Assignment } from '../../src/schemas/assignment';
import type { Scenario } from '../../src/schemas/scenario';

/** How many files a class hands in, in the benchmark. */
export const FILES = 1000;
/** The goal for importing them in Chromium, in milliseconds. */
export const GOAL_MS = 2000;

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * A class's results: 10 scenarios (4 with a reply to write, some follow-ups), every student
 * answering differently (right, partly right, empty), with reply drafts of realistic length.
 */
export function makeClass(
  bank: ReadonlyMap<string, Scenario>,
  n = FILES,
): { assignment: Assignment; files: ResultsInput[] } {
  const all = [...bank.values()];
  const replies = all.filter((s) => s.answer.reply).slice(0, 4);
  const others = all.filter((s) => !s.answer.reply).slice(0, 6);
  const chosen = [...replies, ...others];
  const assignment: Assignment = {
    v: 1,
    title: 'Benchmark class',
    passMark: 70,
    scenarios: chosen.map((s) => s.id),
    tasks: ['judge', 'reply', 'followup'],
  };
  const files = Array.from({ length: n }, (_, i) => {
    const answers = Object.fromEntries(
      chosen.map((s, k) => {
        const mode = (i + k) % 3;
        return [
          s.id,
          {
            verdict: mode === 2 ? 'accept' : s.answer.verdict,
            flags: mode === 0 ? s.answer.flags : [],
            reply: mode === 2 ? '' : `${s.answer.reply ?? ''} (student ${i})`,
            decision: s.followUp && mode !== 1 ? s.followUp.decision : null,
          },
        ];
      }),
    );
    const file = buildResultsFile({
      assignment,
      name: `Student ${i}`,
      startedAt: '2025-03-10T09:00:00.000Z',
      finishedAt: '2025-03-10T09:20:00.000Z',
      answers: answers as never,
    });
    return { name: `results-${i}.json`, text: JSON.stringify(file) };
  });
  return { assignment, files };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Times the import in Chromium on the built page; null with a reason when it cannot run. */
async function inChromium(
  files: ResultsInput[],
  assignment: Assignment,
): Promise<{ total: number; parts: string } | string> {
  const dist = process.env.E2E_DIST ?? `${root}dist`;
  if (!existsSync(`${dist}/instructor/gradebook/index.html`))
    return 'skipped: build the site first (npm run build)';
  const context = await import(pathToFileURL(`${root}tests/e2e/context.mjs`).href);
  const chromium = context.findChromium();
  if (!chromium) return 'skipped: no Chromium (set CHROMIUM_PATH)';
  const { serve } = await import(pathToFileURL(`${root}scripts/serve.mjs`).href);
  const { server, url } = await serve(dist, { port: 0 });
  const browser = await context.launchChromium(chromium);
  try {
    const page = await browser.newPage();
    await page.goto(new URL('/instructor/gradebook/', url).href);
    await context.hydrated(page);
    // The gradebook takes files once the instructor's link is pinned.
    await page.getByLabel(/Assignment link/).fill(`#a=${encodeAssignment(assignment)}`);
    await page.getByRole('button', { name: 'Grade against this assignment' }).click();
    await page.waitForSelector('#gb-files:not([disabled])');
    await page.evaluate(() => {
      const w = window as unknown as { t0?: number; t1?: number };
      const input = document.querySelector('#gb-files')!;
      input.addEventListener('change', () => (w.t0 = performance.now()), { capture: true });
      const status = document.querySelector('.gb-status')!;
      new MutationObserver(() => {
        if (status.textContent?.startsWith('Read')) w.t1 ??= performance.now();
      }).observe(status, { childList: true, characterData: true, subtree: true });
    });
    await page.setInputFiles(
      '#gb-files',
      files.map((f) => ({
        name: f.name,
        mimeType: 'application/json',
        buffer: Buffer.from(f.text),
      })),
    );
    await page.waitForFunction(
      () => (window as unknown as { t1?: number }).t1 !== undefined,
      null,
      { timeout: 60_000 },
    );
    const rows = await page.locator('.gb-table tbody > tr').count();
    if (rows !== files.length) return `failed: ${rows} rows shown for ${files.length} files`;
    const [total, parts] = await page.evaluate(() => {
      const w = window as unknown as { t0: number; t1: number };
      const parts = performance
        .getEntriesByType('measure')
        .filter((m) => m.name.startsWith('gradebook:'))
        .map((m) => `${m.name.slice(10)} ${m.duration.toFixed(0)} ms`);
      return [w.t1 - w.t0, parts.join(', ')] as const;
    });
    return { total, parts };
  } finally {
    await browser.close();
    server.close();
  }
}

/** Runs the benchmark and returns the lines to print. */
export async function benchGradebook(): Promise<string[]> {
  const { scenarios } = loadBank();
  const { assignment, files } = makeClass(scenarios);
  const bytes = files.reduce((sum, f) => sum + f.text.length, 0);
  const times: number[] = [];
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    const book = buildGradebook(files, scenarios, assignment);
    times.push(performance.now() - start);
    if (book.rows.length !== FILES)
      throw new Error(`benchGradebook: ${book.rows.length} rows for ${FILES} files`);
  }
  const lines = [
    `gradebook: ${FILES} results files (${(bytes / 1e6).toFixed(1)} MB), regraded in Node: median ${median(times).toFixed(0)} ms`,
  ];
  const chromium = await inChromium(files, assignment);
  lines.push(
    typeof chromium !== 'string'
      ? `gradebook: ${FILES} results files imported in Chromium (change event to table shown): ${chromium.total.toFixed(0)} ms (goal < ${GOAL_MS} ms${chromium.total < GOAL_MS ? ', met' : ', NOT MET'}; ${chromium.parts})`
      : `gradebook: Chromium import ${chromium}`,
  );
  return lines;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const line of await benchGradebook()) console.log(line);
}
