/**
 * The built-site checks that keep the pools apart (scripts/check-site.mjs), on a small site
 * written for each test: they must fail when a quiz item leaks onto a student page, when a lesson
 * names a practice or quiz scenario, and when the quiz page embeds scenarios or grows.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  checkPools,
  checkQuizPage,
  comparable,
  readScenarios,
  QUIZ_PAGE_BUDGET,
} from '../../scripts/check-site.mjs';

const scenarios = [
  {
    id: 'q-lena-forum',
    pool: 'quiz',
    title: 'A forum regular you never met',
    note: "Hi! We're both in the Rust forum, I'd love to swap notes on embedded work.",
    reply: 'Hi Lena, thank you for the invitation. How do we know each other?',
  },
  {
    id: 'q-omar-default',
    pool: 'quiz',
    title: 'An empty-handed colleague',
    note: "I'd like to add you to my professional network.",
    reply: '',
  },
  {
    id: 'gary-other-default',
    pool: 'lesson',
    title: 'Gary and the default note',
    note: "I'd like to add you to my professional network.",
    reply: '',
  },
  { id: 'p-awa-cocoa', pool: 'practice', title: 'Awa', note: '', reply: '' },
];

const page = (body: string) =>
  `<!doctype html><html lang="en"><head><title>x</title></head><body>${body}</body></html>`;

let dir = '';
const write = (file: string, text: string) => {
  mkdirSync(dirname(join(dir, file)), { recursive: true });
  writeFileSync(join(dir, file), text);
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pools-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('comparable', () => {
  test('matches the same words in escaped text and in escaped island props', () => {
    const note = comparable(scenarios[0]!.note);
    expect(comparable('Hi! We&#39;re both in the Rust forum, I&#x27;d love')).toContain(
      note.slice(0, 40),
    );
    expect(
      comparable(
        '{&quot;note&quot;:[0,&quot;Hi! We\\u0027re both in the Rust forum,\\nI&apos;d love',
      ),
    ).toContain(note.slice(0, 40));
  });
});

describe('checkPools', () => {
  test('passes a site whose quiz items are only on instructor pages', async () => {
    write('index.html', page('<p>Welcome. Gary and the default note.</p>'));
    write('lessons/01-x/index.html', page('<div data-id="gary-other-default"></div>'));
    write(
      'instructor/guide/index.html',
      page(`<h3>A forum regular you never met</h3><p>${scenarios[0]!.note}</p>`),
    );
    expect(await checkPools(dir, scenarios)).toEqual([]);
  });

  test('counts workshop mode and the sorting cards as student pages: the room sees them', async () => {
    write('instructor/present/index.html', page('<h3>A forum regular you never met</h3>'));
    write('instructor/cards/index.html', page('<h3>A forum regular you never met</h3>'));
    expect(await checkPools(dir, scenarios)).toEqual([
      'instructor/cards/index.html: shows the title of quiz scenario q-lena-forum',
      'instructor/present/index.html: shows the title of quiz scenario q-lena-forum',
    ]);
  });

  test("reports a quiz item's title, note and model reply on a student page", async () => {
    const props = JSON.stringify({ s: scenarios[0] }).replace(/"/g, '&quot;');
    write('assignment/index.html', page(`<astro-island props="${props}"></astro-island>`));
    expect(await checkPools(dir, scenarios)).toEqual([
      'assignment/index.html: shows the title of quiz scenario q-lena-forum',
      'assignment/index.html: shows the note of quiz scenario q-lena-forum',
      'assignment/index.html: shows the model reply of quiz scenario q-lena-forum',
    ]);
  });

  test('finds a model reply in the page text, split over paragraphs', async () => {
    write(
      'lessons/03-z/index.html',
      page(
        '<p>Hi Lena, thank you for the <em>invitation</em>.</p>\n<p>How do we know each other?</p>',
      ),
    );
    expect(await checkPools(dir, scenarios)).toEqual([
      'lessons/03-z/index.html: shows the model reply of quiz scenario q-lena-forum',
    ]);
  });

  test('does not look for a note other pools share (the default note)', async () => {
    write(
      'lessons/01-x/index.html',
      page("<p>I'd like to add you to my professional network.</p>"),
    );
    expect(await checkPools(dir, scenarios)).toEqual([]);
  });

  test('reports a lesson page that names a practice or quiz scenario', async () => {
    write(
      'lessons/02-y/index.html',
      page('<div data-a="p-awa-cocoa"></div><a href="#ex-q-omar-default-1">x</a>'),
    );
    expect(await checkPools(dir, scenarios)).toEqual([
      'lessons/02-y/index.html: names practice scenario p-awa-cocoa (lessons show the lesson pool)',
    ]);
  });
});

describe('checkQuizPage', () => {
  const pool = JSON.stringify(scenarios.filter((s) => s.pool === 'quiz'));

  test('passes a small quiz page with no scenario, and its pool file', async () => {
    write('quiz/index.html', page('<astro-island props="{}"></astro-island>'));
    write('quiz/pool.json', pool);
    const { bytes, problems } = await checkQuizPage(dir, scenarios);
    expect(problems).toEqual([]);
    expect(bytes).toBeGreaterThan(0);
  });

  test('reports a quiz page that embeds scenarios or outgrows the budget', async () => {
    const props = JSON.stringify({ bank: scenarios }).replace(/"/g, '&quot;');
    write('quiz/index.html', page(`<astro-island props="${props}"></astro-island>`));
    write('quiz/pool.json', pool);
    const { problems } = await checkQuizPage(dir, scenarios, { budget: 200 });
    expect(problems).toEqual([
      expect.stringMatching(/^quiz\/index\.html: \d\.\d KB of HTML, over the 0 KB budget$/),
      'quiz/index.html: holds scenario data (4 scenario ids, e.g. q-lena-forum)',
    ]);
  });

  test('reports a pool file that is missing a quiz item or holds another pool', async () => {
    write('quiz/index.html', page(''));
    write('quiz/pool.json', JSON.stringify([scenarios[0], scenarios[2]]));
    expect((await checkQuizPage(dir, scenarios)).problems).toEqual([
      'quiz/pool.json: holds non-quiz gary-other-default',
      'quiz/pool.json: lacks q-omar-default',
    ]);
  });

  test('the budget is a small fixed size, far below one embedded bank', () => {
    expect(QUIZ_PAGE_BUDGET).toBeLessThanOrEqual(16 * 1024);
  });
});

describe('readScenarios', () => {
  test('reads every scenario file with its pool', async () => {
    const bank = await readScenarios();
    expect(bank.length).toBeGreaterThan(100);
    expect(new Set(bank.map((s) => s.pool))).toEqual(new Set(['lesson', 'practice', 'quiz']));
    expect(bank.find((s) => s.id === 'betty-same-school')).toMatchObject({ pool: 'lesson' });
  });
});
