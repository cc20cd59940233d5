/**
 * The practice pool in the browser, and the place below a lesson exercise where its practice
 * items appear one after another. Loaded on demand with the practice item views.
 */
import { render, type ComponentType } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { nextPracticeItem, skillOf, type PracticeKind, type Skill } from '~/practice';
import type { Scenario } from '~/schemas/scenario';
import { $progress } from '~/stores/progress';
import { personaFacts } from '../lesson/persona';
import { sitePath } from '../ui/sitePath';

/** Where the practice pool is when no URL is given: the site's `/practice/pool.json`. */
export const PRACTICE_POOL_URL = sitePath('/practice/pool.json');

const pools = new Map<string, Promise<Scenario[]>>();

const isPractice = (s: Scenario) =>
  typeof s?.id == 'string' &&
  s.pool === 'practice' &&
  typeof s.answer?.verdict == 'string' &&
  Array.isArray(s.answer.flags);

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
  kind: PracticeKind = 'verdict',
): Promise<Scenario | undefined> {
  const skill = 'answer' in source ? skillOf(source) : source;
  const passed = Object.entries($progress.get().exercises)
    .filter(([id, e]) => id.startsWith('practice:') && e.passed)
    .map(([id]) => id.split(':')[1]!);
  const item = nextPracticeItem(skill, await fetchPracticePool(url), {
    exclude,
    done: [...shown, ...passed],
    kind,
  });
  if (item) shown.add(item.id);
  return item;
}

/** What a practice item view receives. */
export interface PracticeViewProps {
  scenario: Scenario;
  /** The host exercise's id prefix, so the item's element ids stay unique on the page. */
  hostPrefix: string;
  /** "Another one like this" inside the item. */
  onAnother?: () => void;
}

/** What a lesson exercise hands over to show practice items of its skill below it. */
export interface PracticeRequest<Props> {
  /** The exercise's scenario: the skill to match, and the one item never to offer. */
  scenario: Scenario;
  kind: PracticeKind;
  /** How an item is shown, and what else it needs. */
  View: ComponentType<PracticeViewProps & Props>;
  viewProps: Props;
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
export function showPracticeIn<Props>(host: HTMLElement, request: PracticeRequest<Props>): void {
  const count = (requests.get(host) ?? 0) + 1;
  requests.set(host, count);
  render(<PracticeHost {...(request as PracticeRequest<unknown>)} count={count} />, host);
}

/** The practice items of one lesson exercise: a message while one loads, then the item. */
function PracticeHost(props: PracticeRequest<unknown> & { count: number }) {
  const { scenario, kind, View, viewProps, hostPrefix, poolUrl, count } = props;
  const [shown, setShown] = useState<{ item?: Scenario; message?: string }>({});
  const [asked, setAsked] = useState(0);
  const current = useRef<string>();
  useEffect(() => {
    setShown({ message: 'Finding another one like this…' });
    const exclude = [scenario.id, ...(current.current ? [current.current] : [])];
    nextPractice(scenario, exclude, poolUrl, kind).then(
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
  }, [scenario, poolUrl, kind, count, asked]);
  if (shown.item) {
    return (
      <View
        key={shown.item.id}
        {...(viewProps as object)}
        scenario={shown.item}
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

/** The start of a practice item: a heading that takes the focus, then who "you" are. */
export function PracticeIntro(props: { scenario: Scenario; idPrefix: string; level: 3 | 4 }) {
  const { scenario, idPrefix } = props;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const Heading = `h${props.level}` as 'h4';
  return (
    <>
      <Heading class="practice-title" id={`${idPrefix}-title`} tabIndex={-1} ref={heading}>
        Another one like this: {scenario.sender.name}
      </Heading>
      <p class="scenario-you">
        <strong>You are {scenario.you.name}.</strong> {personaFacts(scenario.you).join(' ')}
      </p>
    </>
  );
}
