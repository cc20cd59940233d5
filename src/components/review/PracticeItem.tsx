/**
 * A practice item shown in place ("Another one like this" in a lesson, or the review page): who
 * "you" are, the invitation card and the same verdict exercise, graded and saved under its own
 * id (`practice:<scenario id>:verdict`). Loaded on demand, with the practice pool, so lesson pages
 * carry none of it until the learner asks.
 */
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { nextPracticeItem, practiceExerciseId, skillOf, type Skill } from '~/practice';
import type { Scenario } from '~/schemas/scenario';
import { $progress } from '~/stores/progress';
import { personaFacts } from '../lesson/persona';
import type { VerdictText } from '../lesson/islandText';
import VerdictExercise from '../lesson/islands/VerdictExercise';
import { Card } from '../ui/Card';

/** Where the practice pool is when no URL is given: the site's `/practice/pool.json`. */
export const PRACTICE_POOL_URL = '/practice/pool.json';

const pools = new Map<string, Promise<Scenario[]>>();

/**
 * The practice pool at `url`, fetched once per page (a failed fetch is forgotten, so the next
 * call tries again). Anything in the file that is not a practice scenario is left out.
 */
export function fetchPracticePool(url = PRACTICE_POOL_URL): Promise<Scenario[]> {
  let pool = pools.get(url);
  if (!pool) {
    pool = fetch(url)
      .then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.json() as Promise<unknown>;
      })
      .then((data) => (Array.isArray(data) ? (data as Scenario[]) : []).filter(isPractice));
    pools.set(url, pool);
    pool.catch(() => pools.delete(url));
  }
  return pool;
}

const isPractice = (s: Scenario) =>
  typeof s?.id == 'string' &&
  s.pool === 'practice' &&
  typeof s.answer?.verdict == 'string' &&
  Array.isArray(s.answer.flags);

/** Practice items shown on this page so far: offered again only once the others have been. */
const shown = new Set<string>();

/**
 * The next practice item with the same skill as `source` (a scenario, or its skill), never one
 * of `exclude`; those already shown on this page or already passed come last.
 */
export async function nextPractice(
  source: Pick<Scenario, 'answer'> | Skill,
  exclude: string[],
  url?: string,
): Promise<Scenario | undefined> {
  const skill = 'answer' in source ? skillOf(source) : source;
  const passed = Object.entries($progress.get().exercises)
    .filter(([id, e]) => id.startsWith('practice:') && e.passed)
    .map(([id]) => id.split(':')[1]!);
  const item = nextPracticeItem(skill, await fetchPracticePool(url), {
    exclude,
    done: [...shown, ...passed],
  });
  if (item) shown.add(item.id);
  return item;
}

/** Props of a practice item. */
export interface PracticeItemProps {
  scenario: Scenario;
  /** The verdict exercise's words (see ../lesson/islandText). */
  text: VerdictText;
  /** The host exercise's id prefix, so this item's element ids stay unique on the page. */
  hostPrefix: string;
  /** "Another one like this" inside the item: the host shows the next one in its place. */
  onAnother?: (solved: Scenario) => void;
  /** The heading's level (4 inside a lesson exercise). */
  level?: 3 | 4;
}

/** A practice item: a heading that takes the focus, "you", the card and the exercise. */
export function PracticeItem({
  scenario,
  text,
  hostPrefix,
  onAnother,
  level = 4,
}: PracticeItemProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const Heading = `h${level}` as 'h4';
  const idPrefix = `${hostPrefix}-practice-${scenario.id}`;
  const facts = personaFacts(scenario.you);
  return (
    <section class="practice-item" aria-labelledby={`${idPrefix}-title`}>
      <Heading class="practice-title" id={`${idPrefix}-title`} tabIndex={-1} ref={heading}>
        Another one like this: {scenario.sender.name}
      </Heading>
      <p class="scenario-you">
        <strong>You are {scenario.you.name}.</strong> {facts.join(' ')}
      </p>
      <VerdictExercise
        scenario={scenario}
        text={text}
        card={<Card scenario={scenario} level={4} />}
        marked={<Card scenario={scenario} level={4} marks={scenario.answer.marks} />}
        exerciseId={practiceExerciseId(scenario.id)}
        idPrefix={idPrefix}
        onAnother={onAnother}
      />
    </section>
  );
}

/** What a lesson exercise hands over to show practice items of its skill below it. */
export interface PracticeRequest {
  /** The exercise's scenario: the skill to match, and the one item never to offer. */
  scenario: Scenario;
  text: VerdictText;
  /** The exercise's id prefix. */
  hostPrefix: string;
  /** Where the practice pool is, relative to the page. */
  poolUrl?: string;
}

const requests = new WeakMap<HTMLElement, number>();

/**
 * Shows the next practice item like `request.scenario` in `host` (an empty element the lesson
 * island keeps below its form), replacing the one shown there before. Called by the island's
 * "Another one like this"; the item's own button asks for the next one in the same place.
 */
export function showPractice(host: HTMLElement, request: PracticeRequest): void {
  const count = (requests.get(host) ?? 0) + 1;
  requests.set(host, count);
  render(<PracticeHost {...request} count={count} />, host);
}

/** The practice items of one lesson exercise: a message while one loads, then the item. */
function PracticeHost({
  scenario,
  text,
  hostPrefix,
  poolUrl,
  count,
}: PracticeRequest & { count: number }) {
  const [shown, setShown] = useState<{ item?: Scenario; message?: string }>({});
  const [asked, setAsked] = useState(0);
  const current = useRef<string>();
  useEffect(() => {
    setShown({ message: 'Finding another one like this…' });
    const exclude = [scenario.id, ...(current.current ? [current.current] : [])];
    nextPractice(scenario, exclude, poolUrl).then(
      (item) => {
        current.current = item?.id;
        setShown(
          item ? { item } : { message: 'There is no other practice item like this one yet.' },
        );
      },
      () =>
        setShown({
          message: 'The practice items could not load. Check your connection and try again.',
        }),
    );
  }, [scenario, poolUrl, count, asked]);
  if (shown.item) {
    return (
      <PracticeItem
        key={shown.item.id}
        scenario={shown.item}
        text={text}
        hostPrefix={hostPrefix}
        onAnother={() => setAsked((n) => n + 1)}
      />
    );
  }
  return (
    <p class="ex-pending" role="status">
      {shown.message}
    </p>
  );
}

export default PracticeItem;
