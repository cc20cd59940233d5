import { afterEach, describe, expect, test, vi } from 'vitest';

/** The module as built with BASE_URL `base` (Vite replaces import.meta.env at build time). */
async function built(base: string) {
  vi.stubEnv('BASE_URL', base);
  vi.resetModules();
  return import('~/components/ui/sitePath');
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe('sitePath, at a domain root', () => {
  test('leaves course paths as they are', async () => {
    const { sitePath, coursePath, pageRelative } = await built('/');
    expect(sitePath('/quiz/')).toBe('/quiz/');
    expect(sitePath('/')).toBe('/');
    expect(coursePath('/quiz/')).toBe('/quiz/');
    expect(pageRelative('/lessons/x/', '/practice/pool.json')).toBe('../../practice/pool.json');
    expect(pageRelative('/', '/practice/pool.json')).toBe('practice/pool.json');
  });
});

describe('sitePath, in a subfolder', () => {
  test('puts course paths under the folder, with or without its trailing slash', async () => {
    for (const base of ['/course/', '/course']) {
      const { sitePath } = await built(base);
      expect(sitePath('/quiz/')).toBe('/course/quiz/');
      expect(sitePath('/')).toBe('/course/');
      expect(sitePath('/lessons/01-x/#top')).toBe('/course/lessons/01-x/#top');
    }
  });

  test('leaves relative, protocol-relative and absolute addresses alone', async () => {
    const { sitePath } = await built('/course/');
    expect(sitePath('#main')).toBe('#main');
    expect(sitePath('?seed=1')).toBe('?seed=1');
    expect(sitePath('pool.json')).toBe('pool.json');
    expect(sitePath('//cdn.example/x.js')).toBe('//cdn.example/x.js');
    expect(sitePath('https://www.linkedin.com/')).toBe('https://www.linkedin.com/');
  });

  test('reads a page pathname back as a course path, to mark the current page', async () => {
    const { coursePath } = await built('/course/');
    expect(coursePath('/course/quiz/')).toBe('/quiz/');
    expect(coursePath('/course/')).toBe('/');
    expect(coursePath('/course')).toBe('/');
    // A folder whose name merely starts the same is not the course's.
    expect(coursePath('/courses/quiz/')).toBe('/courses/quiz/');
  });

  test('writes addresses relative to the page, counting only the depth inside the folder', async () => {
    const { pageRelative } = await built('/course/');
    expect(pageRelative('/course/lessons/x/', '/practice/pool.json')).toBe(
      '../../practice/pool.json',
    );
    expect(pageRelative('/course/', '/practice/pool.json')).toBe('practice/pool.json');
  });
});
