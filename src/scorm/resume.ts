/**
 * The resume data of a package: what the course keeps in `cmi.suspend_data` so that the next
 * launch, even on another computer, resumes where the learner left off. Pure.
 *
 * What is kept, most important first; whatever does not fit the edition's room (64,000
 * characters in SCORM 2004, 4,096 in 1.2) is left out from the bottom of the list, so the data
 * never overflows:
 * 1. `core`: each exercise's mastery (passed, best score, attempts), aligned with the package's
 *    exercise list so an exercise costs a few characters, and the best self-assessment result;
 * 2. `ix`: the interaction ids in index order (1.2's interactions are write-only, so the course
 *    must remember which index holds which answer);
 * 3. the run in progress of the self-assessment and of the assignment;
 * 4. each exercise's last check (answer and result), newest first;
 * 5. answers and drafts not checked yet, newest first.
 * The encoding is ./suspend-data.ts's: readable JSON when it fits, else DEFLATE and base64.
 */
import { decodeEntries, encodeEntries, type SuspendEntries } from './suspend-data';

/** One check of an exercise: the answer checked and its result (see src/stores/progress.ts). */
export interface CheckRecord {
  answer: Record<string, unknown>;
  score: number;
  maxScore: number;
  passed: boolean;
  at: string;
}

/** An exercise's mastery, as the progress store keeps it; `last` may be left out of the resume data. */
export interface ExerciseMastery {
  attempts: number;
  best: { score: number; maxScore: number };
  passed: boolean;
  last?: CheckRecord;
}

/** An answer as the learner left it, checked or not. */
export interface SavedAnswer {
  answer: Record<string, unknown>;
  at: string;
}

/** A best result of the scored activity. */
export interface BestResult {
  percent: number;
  passed: boolean;
}

/** A run of the self-assessment or an assignment, under its key. */
export interface KeyedRun {
  key: string;
  run: { at: string } & Record<string, unknown>;
}

/** Everything the resume data can hold. */
export interface ResumeState {
  exercises: Record<string, ExerciseMastery>;
  best?: BestResult;
  interactionIds: readonly string[];
  quiz?: KeyedRun;
  assignment?: KeyedRun;
  /** Lessons whose end the learner reached (a lesson without exercises is complete then). */
  lessonsEnded?: readonly string[];
  /** Answers left unchecked (ticked flags, a chosen verdict), by exercise id. */
  answers: Record<string, SavedAnswer>;
  drafts: Record<string, { text: string; at: string }>;
}

/** `[passed, score, maxScore, attempts]` */
type Packed = [0 | 1, number, number, number];

const pack = (e: ExerciseMastery): Packed => [
  e.passed ? 1 : 0,
  e.best.score,
  e.best.maxScore,
  e.attempts,
];

/** How many entries past the longest fitting prefix are still tried one by one. */
const EXTRA_TRIES = 8;

/** A catalog id is kept as its index in `catalog`, any other id as itself. */
const shortId = (id: string, index: Map<string, number>) => index.get(id) ?? id;
const longId = (id: unknown, catalog: readonly string[]) =>
  typeof id == 'number' ? catalog[id] : typeof id == 'string' ? id : undefined;

/**
 * Encodes `state` within `limit` characters, keeping as much as fits in the order of the module
 * comment. `catalog` is the package's exercise ids in course order. Undefined only when not even
 * the exercises' mastery fits (which a course would need thousands of exercises for).
 */
export function encodeResume(
  state: ResumeState,
  catalog: readonly string[],
  limit: number,
): string | undefined {
  const index = new Map(catalog.map((id, i) => [id, i]));
  const aligned = catalog.map((id) => (state.exercises[id] ? pack(state.exercises[id]) : 0));
  const others = Object.entries(state.exercises)
    .filter(([id]) => !index.has(id))
    .map(([id, e]) => [id, pack(e)]);
  const core = {
    e: aligned,
    o: others,
    ...(state.best ? { b: state.best } : {}),
    ...(state.lessonsEnded?.length ? { r: state.lessonsEnded } : {}),
  };
  const optional: [string, unknown][] = [
    ['ix', state.interactionIds.map((id) => shortId(id, index))],
  ];
  if (state.quiz) optional.push(['quiz', state.quiz]);
  if (state.assignment) optional.push(['asg', state.assignment]);
  const byTime = <T extends { at?: string }>(list: [string, T][]) =>
    list.sort((a, b) => ((a[1].at ?? '') < (b[1].at ?? '') ? 1 : -1));
  const checks = Object.entries(state.exercises).flatMap(([id, e]): [string, CheckRecord][] =>
    e.last ? [[id, e.last]] : [],
  );
  for (const [id, last] of byTime(checks)) optional.push([`l:${shortId(id, index)}`, last]);
  const unchecked: [string, { at: string }][] = [
    ...Object.entries(state.answers).map(([id, a]): [string, { at: string }] => [
      `a:${shortId(id, index)}`,
      a,
    ]),
    ...Object.entries(state.drafts).map(([id, d]): [string, { at: string }] => [
      `d:${shortId(id, index)}`,
      d,
    ]),
  ];
  for (const entry of byTime(unchecked)) optional.push(entry);

  const core0: SuspendEntries = [['core', core]];
  let data = encodeEntries(core0, limit);
  if (data === undefined) return undefined;
  // The longest prefix of the optional entries that fits (a binary search: each try compresses
  // the whole text once), then a few more tries past it, so one big entry that does not fit
  // does not keep out smaller ones after it.
  const withFirst = (k: number) => [...core0, ...optional.slice(0, k)] as SuspendEntries;
  let low = 0;
  let high = optional.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    const encoded = encodeEntries(withFirst(mid), limit);
    if (encoded === undefined) high = mid - 1;
    else [low, data] = [mid, encoded];
  }
  let entries = withFirst(low);
  for (const entry of optional.slice(low + 1, low + 1 + EXTRA_TRIES)) {
    const next = [...entries, entry] as SuspendEntries;
    const encoded = encodeEntries(next, limit);
    if (encoded === undefined) continue;
    entries = next;
    data = encoded;
  }
  return data;
}

const isNumber = (x: unknown): x is number => typeof x == 'number' && Number.isFinite(x);
const unpack = (x: unknown): ExerciseMastery | undefined =>
  Array.isArray(x) && x.length == 4 && x.every(isNumber)
    ? {
        passed: x[0] === 1,
        best: { score: x[1] as number, maxScore: x[2] as number },
        attempts: x[3] as number,
      }
    : undefined;
const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x == 'object' && x !== null && !Array.isArray(x);
const isCheck = (x: unknown): x is CheckRecord =>
  isRecord(x) &&
  isRecord(x.answer) &&
  isNumber(x.score) &&
  isNumber(x.maxScore) &&
  typeof x.passed == 'boolean' &&
  typeof x.at == 'string';
const isRun = (x: unknown): x is KeyedRun =>
  isRecord(x) && typeof x.key == 'string' && isRecord(x.run) && typeof x.run.at == 'string';

/**
 * Reads what {@link encodeResume} wrote. Anything else (empty, another course's data, truncated
 * by the LMS) gives an empty state: a course that cannot resume starts afresh, it never throws.
 */
export function decodeResume(data: string, catalog: readonly string[]): ResumeState {
  const state: ResumeState = { exercises: {}, interactionIds: [], answers: {}, drafts: {} };
  const entries = new Map(decodeEntries(data));
  const core = entries.get('core');
  if (!isRecord(core)) return state;
  if (Array.isArray(core.e))
    core.e.forEach((x, i) => {
      const e = unpack(x);
      if (e && catalog[i]) state.exercises[catalog[i]] = e;
    });
  if (Array.isArray(core.o))
    for (const item of core.o) {
      const e = Array.isArray(item) && typeof item[0] == 'string' ? unpack(item[1]) : undefined;
      if (e) state.exercises[item[0]] = e;
    }
  if (Array.isArray(core.r)) state.lessonsEnded = core.r.filter((id) => typeof id == 'string');
  const best = core.b;
  if (isRecord(best) && isNumber(best.percent) && typeof best.passed == 'boolean')
    state.best = { percent: best.percent, passed: best.passed };
  const ix = entries.get('ix');
  if (Array.isArray(ix)) state.interactionIds = ix.map((id) => longId(id, catalog) ?? '');
  const quiz = entries.get('quiz');
  if (isRun(quiz)) state.quiz = quiz;
  const asg = entries.get('asg');
  if (isRun(asg)) state.assignment = asg;
  for (const [name, value] of entries) {
    const [kind, raw] = [name.slice(0, 2), name.slice(2)];
    const id = longId(/^\d+$/.test(raw) ? Number(raw) : raw, catalog);
    if (!id) continue;
    if (kind == 'l:' && isCheck(value) && state.exercises[id]) {
      state.exercises[id] = { ...state.exercises[id], last: value };
    } else if (
      kind == 'a:' &&
      isRecord(value) &&
      isRecord(value.answer) &&
      typeof value.at == 'string'
    ) {
      state.answers[id] = { answer: value.answer, at: value.at };
    } else if (
      kind == 'd:' &&
      isRecord(value) &&
      typeof value.text == 'string' &&
      typeof value.at == 'string'
    ) {
      state.drafts[id] = { text: value.text, at: value.at };
    }
  }
  return state;
}

/**
 * One exercise's progress from two places (this browser and the LMS): passed if either passed,
 * the better best score, the larger count of attempts, and the newer last check (when only the
 * mastery was kept, a check with no answer stands for the best one).
 */
export function mergeExercise(
  local: ExerciseMastery | undefined,
  saved: ExerciseMastery,
): ExerciseMastery & { last: CheckRecord } {
  const share = (e: { score: number; maxScore: number }) => (e.maxScore ? e.score / e.maxScore : 0);
  const last =
    local?.last && saved.last
      ? saved.last.at > local.last.at
        ? saved.last
        : local.last
      : (local?.last ?? saved.last);
  // Only the mastery fitted in the LMS's room: the check is known by its score alone.
  const known = last ?? {
    answer: {},
    score: saved.best.score,
    maxScore: saved.best.maxScore,
    passed: saved.passed,
    at: new Date(0).toISOString(),
  };
  if (!local) return { ...saved, last: known };
  return {
    attempts: Math.max(local.attempts, saved.attempts),
    best: share(saved.best) > share(local.best) ? saved.best : local.best,
    passed: local.passed || saved.passed,
    last: last ?? known,
  };
}

/** The better of two finished results: a pass beats a fail, then the higher score. */
export function betterResult(
  a: BestResult | undefined,
  b: BestResult | undefined,
): BestResult | undefined {
  if (!a || !b) return a ?? b;
  if (a.passed != b.passed) return a.passed ? a : b;
  return b.percent > a.percent ? b : a;
}
