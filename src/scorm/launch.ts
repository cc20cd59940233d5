/**
 * The script of every package's launch page (bundled by src/node/scorm-package/, not by Astro).
 * The launch page is the SCO: it owns the one LMS session of the launch and hosts the course in
 * a frame, so the learner moves between lessons, the review and the self-assessment while one
 * session lasts.
 *
 * 1. Finds the LMS's API (SCORM 2004 or 1.2), initialises, reads the learner's name and id, the
 *    bookmark and the resume data.
 * 2. Merges the resume data into this browser's progress (same origin as the frame), then opens
 *    the frame at the bookmark: a second launch, even on another computer, resumes.
 * 3. Offers the pages the bridge (./bridge.ts) and watches the progress stores (they follow the
 *    frame's writes through `storage` events): every change is reported (./course-session.ts).
 * 4. When the launch page goes away (the LMS closes the frame or the window), reports a last
 *    time and terminates.
 */
import { courseMastery } from '~/mastery/mastery';
import { $drafts } from '~/stores/drafts';
import { $progress } from '~/stores/progress';
import { quizRuns } from '~/stores/quiz';
import { assignmentRuns } from '~/stores/assignment';
import { exerciseItems, type ExerciseEntry } from './answers';
import { BRIDGE_KEY, type ActivityReport, type CourseBridge } from './bridge';
import { CATALOG_ELEMENT_ID, catalogExerciseIds, isCatalog, type PackageCatalog } from './catalog';
import { createCourseSession, type LmsNotice, type SentSummary } from './course-session';
import { findLmsApi, type WindowLike } from './discover';
import type { AnsweredItem } from './interactions';
import {
  betterResult,
  decodeResume,
  encodeResume,
  mergeExercise,
  type BestResult,
  type ExerciseMastery,
  type KeyedRun,
  type ResumeState,
} from './resume';
import { rteOf, SUSPEND_LIMITS } from './rte';

/** How long the course waits after a change before reporting it (typing makes many changes). */
const REPORT_DELAY_MS = 800;

function readCatalog(): PackageCatalog | undefined {
  try {
    const parsed: unknown = JSON.parse(
      document.getElementById(CATALOG_ELEMENT_ID)?.textContent ?? '',
    );
    return isCatalog(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

const catalog = readCatalog();
const frame = document.querySelector<HTMLIFrameElement>('iframe[data-src]');
const status = document.querySelector<HTMLElement>('[data-lms-status]');
const learnerSlot = document.querySelector<HTMLElement>('[data-lms-learner]');
const notices: LmsNotice[] = [];

function showNotice(notice: LmsNotice): void {
  notices.push(notice);
  if (!status) return;
  const p = document.createElement('p');
  // Text, never HTML: the LMS's error strings are not ours to trust.
  p.textContent = notice.message;
  status.append(p);
}

const session = createCourseSession({
  rte: rteOf(findLmsApi(window as unknown as WindowLike)),
  now: () => Date.now(),
  onNotice: showNotice,
});
const connected = !!catalog && session.start();
const ids = catalog ? catalogExerciseIds(catalog) : [];
const resume = decodeResume(session.saved.suspendData, ids);
session.adoptInteractionIds(resume.interactionIds);
let best: BestResult | undefined = resume.best;
const activityItems = new Map<string, AnsweredItem>();
let activity: { answered: number; total: number; finished: boolean } | undefined;

/** Puts what the LMS kept into this browser's stores, where the frame's pages read it. */
function restore(): void {
  const progress = $progress.get();
  const exercises = { ...progress.exercises };
  const answers = { ...progress.answers };
  let changed = false;
  for (const [id, saved] of Object.entries(resume.exercises)) {
    const merged = mergeExercise(exercises[id] as ExerciseMastery | undefined, saved);
    if (JSON.stringify(merged) !== JSON.stringify(exercises[id])) {
      exercises[id] = merged as (typeof exercises)[string];
      changed = true;
    }
  }
  for (const [id, saved] of Object.entries(resume.answers)) {
    if (!answers[id] || answers[id].at < saved.at) {
      answers[id] = saved as (typeof answers)[string];
      changed = true;
    }
  }
  const lessons = { ...progress.lessons };
  for (const id of resume.lessonsEnded ?? []) {
    if (lessons[id]?.reachedEnd) continue;
    lessons[id] = { ...lessons[id], reachedEnd: new Date().toISOString() };
    changed = true;
  }
  if (changed) $progress.set({ ...progress, exercises, answers, lessons });
  const put = (runs: typeof quizRuns | typeof assignmentRuns, saved: KeyedRun | undefined) => {
    const run = saved && runs.restore(saved.run);
    const local = saved && runs.read(saved.key);
    if (saved && run && (!local || local.at < run.at)) runs.put(saved.key, run as never);
  };
  put(quizRuns, resume.quiz);
  put(assignmentRuns, resume.assignment);
  const texts = { ...$drafts.get().texts };
  let draftsChanged = false;
  for (const [id, draft] of Object.entries(resume.drafts)) {
    if (!texts[id] || texts[id].at < draft.at) {
      texts[id] = draft;
      draftsChanged = true;
    }
  }
  if (draftsChanged) $drafts.set({ v: 1, texts });
}

/** The newest run of a runs store, with its key. */
function newest(runs: typeof quizRuns | typeof assignmentRuns): KeyedRun | undefined {
  let found: KeyedRun | undefined;
  for (const [key, run] of Object.entries(runs.$runs.get().runs))
    if (!found || found.run.at < run.at) found = { key, run: run as KeyedRun['run'] };
  return found;
}

/** The frame's page relative to the launch page, for the bookmark; '' when it cannot tell. */
function frameLocation(): string {
  try {
    const here = frame?.contentWindow?.location;
    const base = new URL('.', location.href).href;
    if (!here || !here.href.startsWith(base)) return '';
    return here.href.slice(base.length);
  } catch {
    return '';
  }
}

/** A bookmark the frame may reopen: one of the package's pages, with its query and hash. */
function safeBookmark(bookmark: string, pages: readonly string[]): string | undefined {
  const path = bookmark.split(/[?#]/)[0] ?? '';
  return pages.includes(path) && !/[\\]|\.\.|^\/|:/.test(path) ? bookmark : undefined;
}

const listeners = new Set<(sent: SentSummary) => void>();

/** Everything the LMS should know now, sent (only what changed is written). */
function report(): SentSummary {
  if (!catalog || !session.connected) return session.sent;
  const progress = $progress.get();
  const items = [
    ...exerciseItems(
      progress.exercises as Record<string, ExerciseEntry | undefined>,
      catalog.exercises,
    ),
    ...activityItems.values(),
  ];
  const mastery = courseMastery(catalog.lessons, {
    exercises: progress.exercises,
    lessons: Object.fromEntries(
      Object.entries(progress.lessons).map(([id, l]) => [
        id,
        { ...(l.reachedEnd ? { reachedEnd: l.reachedEnd } : {}) },
      ]),
    ),
  });
  const standing =
    catalog.activity == 'course'
      ? { complete: mastery.complete, progress: mastery.share }
      : {
          complete: !!best,
          progress: activity?.total ? activity.answered / activity.total : best ? 1 : 0,
        };
  const suspendData = encodeResume(
    {
      exercises: progress.exercises as ResumeState['exercises'],
      answers: progress.answers as ResumeState['answers'],
      lessonsEnded: Object.keys(progress.lessons).filter((id) => progress.lessons[id]?.reachedEnd),
      ...(best ? { best } : {}),
      interactionIds: session.interactionIds,
      ...(newest(quizRuns) ? { quiz: newest(quizRuns) } : {}),
      ...(newest(assignmentRuns) ? { assignment: newest(assignmentRuns) } : {}),
      drafts: $drafts.get().texts,
    },
    ids,
    SUSPEND_LIMITS[session.version],
  );
  session.report({
    ...standing,
    ...(best ? { result: best } : {}),
    items,
    location: frameLocation(),
    ...(suspendData !== undefined ? { suspendData } : {}),
  });
  for (const listener of listeners) listener(session.sent);
  return session.sent;
}

let timer: ReturnType<typeof setTimeout> | undefined;
const reportSoon = () => {
  clearTimeout(timer);
  timer = setTimeout(report, REPORT_DELAY_MS);
};

const passMark = (own: number) => session.lmsPassMark ?? own;

const bridge: CourseBridge = {
  get version() {
    return session.version;
  },
  get connected() {
    return session.connected;
  },
  learner: session.learner,
  passMark,
  report(state: ActivityReport) {
    for (const item of state.items) activityItems.set(item.id, item);
    activity = {
      answered: state.items.length,
      total: Math.max(Number(state.questions) || 0, state.items.length, 1),
      finished: state.finished,
    };
    if (state.finished) {
      const percent = Math.round(state.percent * 100) / 100;
      best = betterResult(best, { percent, passed: percent >= passMark(state.passMark) });
    }
    clearTimeout(timer);
    return report();
  },
  sent: () => session.sent,
  listen(listener) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  notices: () => notices,
};

if (catalog && !connected && !notices.length) {
  showNotice({
    level: 'info',
    topic: 'connect',
    message:
      'This course is not connected to an LMS, so nothing is recorded there. Your work is kept in this browser.',
  });
}
if (connected) {
  restore();
  (window as unknown as Record<string, unknown>)[BRIDGE_KEY] = bridge;
  if (learnerSlot && session.learner.name) learnerSlot.textContent = session.learner.name;
  for (const store of [$progress, quizRuns.$runs, assignmentRuns.$runs, $drafts])
    store.listen(reportSoon);
  frame?.addEventListener('load', reportSoon);
  // `pagehide` is the last event every browser fires reliably; `finish` ignores repeats.
  addEventListener('pagehide', () => {
    clearTimeout(timer);
    report();
    session.finish();
  });
}
if (frame && catalog) {
  const bookmark = connected ? safeBookmark(session.saved.location, catalog.pages) : undefined;
  frame.src = bookmark ?? frame.dataset.src!;
} else if (frame) frame.src = frame.dataset.src!;
