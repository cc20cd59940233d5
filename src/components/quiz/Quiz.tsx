import { useStore } from '@nanostores/preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  drawQuiz,
  parseQuizLength,
  parseQuizPool,
  QUIZ_LENGTHS,
  QUIZ_PASS_MARK,
  QUIZ_POOL_FILE,
  randomSeed,
  scoreQuiz,
  SEED_PATTERN,
  type QuizLength,
} from '~/quiz';
import { TASK_KINDS, type TaskAnswer } from '~/tasks';
import type { Scenario } from '~/schemas/scenario';
import { $lmsSent, sentSentence } from '~/scorm/browser';
import { reportQuizScore } from '~/scorm/quiz';
import { emptyQuizRun, quizRunKey, quizRuns } from '~/stores/quiz';
import { ItemReview, QuestionStep } from './Questions';

/** Props of the self-assessment island. It carries no scenario: it fetches its pool on start. */
export interface QuizProps {
  /**
   * Where the quiz pool is. By default the page's `<link data-quiz-pool>` (its `href` is resolved
   * against the page, so it works from an LMS package folder too), else `pool.json` next to the
   * page.
   */
  poolUrl?: string;
}

/** The quiz pool as the island sees it while it loads. */
type PoolState =
  { status: 'loading' } | { status: 'failed' } | { status: 'ready'; pool: Scenario[] };

/** The pool's URL: the prop, else the page's `<link data-quiz-pool>`, else the file beside it. */
const findPoolUrl = (poolUrl?: string): string =>
  poolUrl ??
  document.querySelector<HTMLLinkElement>('link[data-quiz-pool]')?.href ??
  QUIZ_POOL_FILE;

/**
 * Fetches the quiz pool once `active` (a set has started); `retry` fetches it again after a
 * failure. `attempt` counts the retries, so the island can move the focus once one succeeds.
 */
function useQuizPool(active: boolean, poolUrl?: string) {
  const [state, setState] = useState<PoolState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!active) return;
    let current = true;
    setState({ status: 'loading' });
    fetch(findPoolUrl(poolUrl))
      .then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.json() as Promise<unknown>;
      })
      .then(parseQuizPool)
      .then(
        (pool) => current && setState({ status: 'ready', pool }),
        () => current && setState({ status: 'failed' }),
      );
    return () => {
      current = false;
    };
  }, [active, poolUrl, attempt]);
  return { state, attempt, retry: () => setAttempt((n) => n + 1) };
}

/** The seed and length from the URL, or null when the quiz has not started. */
function readParams(search: string): { seed: string; n: QuizLength } | null {
  const params = new URLSearchParams(search);
  const seed = params.get('seed');
  return seed && SEED_PATTERN.test(seed) ? { seed, n: parseQuizLength(params.get('n')) } : null;
}

const SKILL_NAMES = {
  spotting: 'Spotting red flags',
  deciding: 'Choosing the verdict',
  replying: 'Writing replies',
};

/** The link of a new set of the same length. */
// Relative, so it also works from the folder an LMS unpacks the SCORM package into.
const newSetHref = (n: number) => `?seed=${randomSeed()}&n=${n}`;

/**
 * Island: the self-assessment. Without a seed in the URL it offers the lengths; with one it
 * fetches the quiz pool, draws the set, asks one question at a time (answers saved per seed, so a
 * reload keeps them), then shows the score per skill and a review of every question. If the pool
 * cannot be fetched (offline) it says so and offers to try again; the answers given stay saved.
 */
export default function Quiz({ poolUrl }: QuizProps) {
  const [params, setParams] = useState<{ seed: string; n: QuizLength } | null>(null);
  const [mounted, setMounted] = useState(false);
  const [length, setLength] = useState<QuizLength>(10);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { state: poolState, attempt, retry } = useQuizPool(params !== null, poolUrl);
  const pool = useMemo(() => (poolState.status === 'ready' ? poolState.pool : []), [poolState]);
  const bankMap = useMemo(() => new Map(pool.map((s) => [s.id, s])), [pool]);

  useEffect(() => {
    setParams(readParams(location.search));
    setMounted(true);
  }, []);

  const key = params ? quizRunKey(params.seed, params.n) : '';
  const items = useMemo(
    () => (params ? drawQuiz(pool, params.seed, params.n) : []),
    [params, pool],
  );
  const run = useStore(quizRuns.runOf(key)) ?? emptyQuizRun();
  // Inside an LMS: what reached it, for the results screen (undefined on the open web).
  const sentToLms = sentSentence(useStore($lmsSent));
  const current = Math.min(Math.max(0, run.current), Math.max(0, items.length - 1));
  const screen = run.finished ? 'results' : `q${current}`;

  // Inside an LMS (SCORM package) report the score after each answer; on the open web this does
  // nothing. Reported when the learner moves on or finishes, not on every keystroke of a reply.
  const answers = run.answers;
  const answersRef = useRef(answers);
  answersRef.current = answers;
  useEffect(() => {
    if (items.length)
      reportQuizScore(key, scoreQuiz(items, answersRef.current, bankMap), run.finished);
  }, [key, items, bankMap, current, run.finished]);

  // Move the focus to the new question's heading (not on first load: the page starts at the top).
  const firstScreen = useRef(true);
  useEffect(() => {
    if (!params) return;
    if (firstScreen.current) firstScreen.current = false;
    else headingRef.current?.focus();
  }, [screen, params]);
  // After a retry the button that had the focus is gone: give it to the question instead.
  useEffect(() => {
    if (attempt > 0 && poolState.status === 'ready') headingRef.current?.focus();
  }, [attempt, poolState.status]);

  if (!mounted || !params) {
    return (
      <form
        class="qz-start"
        onSubmit={(e) => {
          e.preventDefault();
          location.assign(newSetHref(length));
        }}
      >
        <fieldset class="ex-choices">
          <legend>How many questions?</legend>
          {QUIZ_LENGTHS.map((n) => (
            <label class="ex-choice">
              <input
                type="radio"
                name="quiz-length"
                value={n}
                checked={length === n}
                onChange={() => setLength(n)}
              />{' '}
              {n} questions{n === 10 ? ' (about 15 minutes)' : ''}
            </label>
          ))}
        </fieldset>
        <button type="submit" class="ex-button" disabled={!mounted}>
          Start the self-assessment
        </button>
      </form>
    );
  }

  if (poolState.status === 'loading') return <p role="status">Loading the questions…</p>;
  if (poolState.status === 'failed') {
    return (
      <div role="alert">
        <p>
          <strong>The questions could not be loaded.</strong> Check your connection, then try again.{' '}
          {Object.keys(run.answers).length
            ? 'The answers you have given are kept.'
            : 'Nothing is lost.'}
        </p>
        <button type="button" class="ex-button" onClick={retry}>
          Try again
        </button>
      </div>
    );
  }
  if (items.length === 0)
    return <p role="alert">The question pool is empty, so there is nothing to ask.</p>;

  const save = (answer: TaskAnswer) =>
    quizRuns.update(key, { answers: { ...run.answers, [current]: answer } });
  const go = (index: number) => quizRuns.update(key, { current: index, finished: false });

  if (run.finished) {
    const score = scoreQuiz(items, run.answers, bankMap);
    return (
      <section class="qz-results" aria-labelledby="qz-results-title">
        <h2 id="qz-results-title" tabIndex={-1} ref={headingRef}>
          Your result: {score.percent}% ({score.passed ? 'passed' : 'not passed yet'})
        </h2>
        <p>
          The pass mark is {QUIZ_PASS_MARK}%.{' '}
          {score.passed
            ? 'Well done: you spot false claims, choose well and reply courteously.'
            : 'Look at the review below, then try another set.'}
        </p>
        {sentToLms && <p class="qz-lms-sent">{sentToLms}</p>}
        <table class="qz-skills">
          <caption>Score per skill</caption>
          <thead>
            <tr>
              <th scope="col">Skill</th>
              <th scope="col">Questions</th>
              <th scope="col">Score</th>
            </tr>
          </thead>
          <tbody>
            {score.skills.map((s) => (
              <tr>
                <th scope="row">{SKILL_NAMES[s.skill]}</th>
                <td>{s.questions}</td>
                <td>{s.questions ? `${s.percent}%` : '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p class="qz-actions">
          <a class="button" href={newSetHref(params.n)}>
            Try another set
          </a>{' '}
          <button type="button" class="ex-button secondary" onClick={() => go(items.length - 1)}>
            Back to the questions
          </button>
        </p>
        <p class="qz-seed">
          This set's code is <code>{params.seed}</code>: the same link always asks the same
          questions.
        </p>
        <h2>Review</h2>
        {score.graded.map((g, i) => (
          <ItemReview
            kind={g.kind}
            scenario={bankMap.get(g.scenario)!}
            answer={run.answers[i] ?? null}
            result={g.result}
            share={g.share}
            heading={`${i + 1}. ${TASK_KINDS[g.kind].name}: ${bankMap.get(g.scenario)!.sender.name}`}
          />
        ))}
      </section>
    );
  }

  const item = items[current]!;
  const scenario = bankMap.get(item.scenario)!;
  const last = current === items.length - 1;
  return (
    <QuestionStep
      idPrefix="qz"
      headingRef={headingRef}
      current={current}
      total={items.length}
      kind={item.kind}
      scenario={scenario}
      answer={run.answers[current] ?? {}}
      onChange={save}
      onBack={() => go(current - 1)}
      onNext={() => (last ? quizRuns.update(key, { finished: true }) : go(current + 1))}
      lastLabel="See my results"
    />
  );
}
