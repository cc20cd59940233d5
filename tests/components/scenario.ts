// What the component tests share: the bank's Betty, parsed as the build parses it, and a fresh course.
import { act, cleanup } from '@testing-library/preact';
import { h } from 'preact';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { STORE_UNMOUNT_DELAY } from 'nanostores';
import { afterAll, afterEach, beforeEach, vi } from 'vitest';
import { parse } from 'yaml';
import { verdictText } from '~/components/lesson/islandText';
import { Card } from '~/components/ui/Card';
import { scenarioSchema, type Scenario } from '~/schemas/scenario';
import { resetProgress } from '~/stores/progress';

/** Betty Carter invites through the Classmate route, claiming Duke; the answer is reply. */
export const betty: Scenario = scenarioSchema.parse(
  parse(readFileSync(resolve('src/content/scenarios/betty-same-school.yaml'), 'utf8')),
);

/** A draft that would run script if it were ever rendered as HTML. */
export const HOSTILE =
  '<img src=x onerror="window.__pwned=1"> <script>window.__pwned=2</script> Hi';

/**
 * Gives each test an empty localStorage and empty progress, unmounts what it rendered and, with
 * `fakeTimers`, fakes setTimeout so debounces can be stepped through.
 */
export function freshCourseEachTest({ fakeTimers = false } = {}): void {
  beforeEach(() => {
    if (fakeTimers) vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    localStorage.clear();
    resetProgress();
  });
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });
  // A store unmounts (and @nanostores/persistent removes its window listener) a moment after its
  // last subscriber leaves: let that happen while the test environment still has a window.
  afterAll(() => new Promise((resolve) => setTimeout(resolve, STORE_UNMOUNT_DELAY + 50)));
}

/**
 * The verdict island's props as VerdictExercise.astro passes them: its words, and the card and the
 * marked card as the static slots Astro would render.
 */
export const verdictProps = (scenario: Scenario) => ({
  scenario,
  text: verdictText(),
  card: h(Card, { scenario, level: 4 }),
  marked: h(Card, { scenario, level: 4, marks: scenario.answer.marks }),
});

/** Runs a user action, then lets @nanostores/preact's re-render (batched in a timer) happen. */
export const user = (action: () => unknown) =>
  act(async () => {
    action();
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
