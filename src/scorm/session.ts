/**
 * The course's side of a SCORM 1.2 session, as a pure core: the LMS API and the clock are
 * injected, so tests drive it with fakes and the browser bootstrap (`./browser.ts`) only wires
 * it to `window`. Without an API every method is a harmless no-op and the course runs on the
 * progress it keeps in the browser.
 *
 * What the LMS is told:
 * - `cmi.core.lesson_status`: `incomplete` once the learner starts, `passed`/`failed` against the
 *   pass mark when an attempt is finished. The LMS keeps the best finished attempt: a worse
 *   later attempt (or an unfinished one) never overwrites a pass or a higher score.
 * - `cmi.core.score.raw` in percent, with `score.min` 0 and `score.max` 100 (what Moodle and
 *   Canvas grade on).
 * - `cmi.core.session_time` before every commit, so a session cut short still counts its time.
 * - `cmi.suspend_data`: named entries of resume data, within 4,096 characters
 *   (see `./suspend-data.ts`); `cmi.core.exit` `suspend` so the LMS hands them back next time.
 */
import type { LessonStatus, Scorm12Api } from './api';
import { formatSessionTime } from './session-time';
import { decodeEntries, packEntry, SUSPEND_DATA_LIMIT, type SuspendEntries } from './suspend-data';

/** What went wrong (or right) with the LMS, in the learner's terms. */
export interface LmsNotice {
  /** `error` is announced at once (role="alert"); `info` politely (role="status"). */
  level: 'error' | 'info';
  /** Which part of the session it is about; a newer notice of the same topic replaces it. */
  topic: 'connect' | 'save' | 'finish' | 'too-long';
  /** A sentence for the learner, with the LMS's error number and text when there is one. */
  message: string;
  /** The LMS's error code (`LMSGetLastError`), when the LMS gave one. */
  code?: string;
}

/** A result to report: the quiz's or assignment's score so far, or its final score. */
export interface ScoreReport {
  /** Points earned. */
  score: number;
  /** Points possible; 0 reports a score of 0. */
  maxScore: number;
  /** Share of `maxScore` needed to pass, from 0 to 1 (0.8 for the self-assessment). */
  passMark: number;
  /** True when the attempt is finished: then the status becomes passed or failed. */
  complete: boolean;
}

/** What the session needs from the outside world. */
export interface LmsSessionOptions {
  /** The LMS's API, or undefined outside an LMS. */
  api: Scorm12Api | undefined;
  /** Milliseconds since some fixed point (`Date.now`, `performance.now`, a fake in tests). */
  now: () => number;
  /** Called whenever something about the LMS needs saying. */
  onNotice?: (notice: LmsNotice) => void;
  /** The resume data size; 4,096 in SCORM 1.2, smaller only in tests. */
  suspendLimit?: number;
  /**
   * Where the learner is, as a short text (the page's `?query`): saved in
   * `cmi.core.lesson_location` at each commit so the next launch can reopen the same place.
   */
  location?: () => string;
}

/** The adapter the quiz and the assignments call. */
export interface LmsSession {
  /** True between a successful `LMSInitialize` and `LMSFinish`. */
  readonly connected: boolean;
  /** `cmi.core.lesson_location` as the LMS gave it at start ('' when none). */
  readonly bookmark: string;
  /** Calls `LMSInitialize` and reads the resume data; safe to call more than once. */
  start(): boolean;
  /** The resume value saved under `name` in an earlier session (or this one), or undefined. */
  loadState(name?: string): unknown;
  /**
   * Keeps `value` (any JSON) under `name` in `cmi.suspend_data`, dropping the oldest other
   * entries if it would not fit. Not committed until the next {@link LmsSession.commit} or
   * {@link LmsSession.reportScore}. False when not connected, too long, or refused by the LMS.
   */
  saveState(value: unknown, name?: string): boolean;
  /** Sets score and status (see the module comment) and commits. Call it after each answer. */
  reportScore(report: ScoreReport): boolean;
  /** Sets the session time and calls `LMSCommit`. */
  commit(): boolean;
  /** Sets the session time and calls `LMSFinish`, once; later calls do nothing. */
  finish(): void;
}

/** The name `saveState`/`loadState` use when none is given. */
export const DEFAULT_STATE_NAME = 'quiz';

/** `cmi.core.lesson_location` is a CMIString255. */
const MAX_BOOKMARK = 255;

const FINISHED: readonly LessonStatus[] = ['passed', 'failed', 'completed'];
const rank = (status: string) => (status == 'passed' ? 2 : status == 'failed' ? 1 : 0);

/** Rounds to the two decimals CMIDecimal values carry in every LMS we know. */
const percent = (score: number, max: number) =>
  max > 0 ? Math.round(Math.min(Math.max(score / max, 0), 1) * 10000) / 100 : 0;

/** Creates a session over `options.api`; call `start()` before anything else. */
export function createLmsSession(options: LmsSessionOptions): LmsSession {
  const { api, now, onNotice = () => {}, suspendLimit = SUSPEND_DATA_LIMIT, location } = options;
  let state: 'new' | 'running' | 'offline' | 'finished' = api ? 'new' : 'offline';
  let startedAt = 0;
  let entries: SuspendEntries = [];
  let status = '';
  let bestPercent = Number.NaN;
  let masteryPercent: number | undefined;
  let bookmark = '';
  let savedBookmark = '';

  /** The LMS's last error, or undefined when it says all is well. */
  function lastError(): { code: string; text: string } | undefined {
    try {
      const code = String(api!.LMSGetLastError() ?? '0');
      if (code == '0' || code == '') return undefined;
      let text = '';
      try {
        text = String(api!.LMSGetErrorString(code) ?? '');
      } catch {
        // The error number alone still helps whoever reads the notice.
      }
      return { code, text };
    } catch (error) {
      return { code: '', text: String(error) };
    }
  }

  function tell(topic: LmsNotice['topic'], lead: string, error = lastError()): void {
    const detail = error
      ? ` (LMS error ${error.code || '?'}${error.text ? `: ${error.text}` : ''})`
      : '';
    onNotice({
      level: 'error',
      topic,
      message: `${lead}${detail}`.replace(/\.?$/, '.'),
      ...(error?.code ? { code: error.code } : {}),
    });
  }

  /** Runs one API call; a `'false'` answer or an exception is reported and gives false. */
  function call(topic: LmsNotice['topic'], lead: string, run: () => unknown): boolean {
    try {
      if (String(run()) == 'true') return true;
      tell(topic, lead);
    } catch (error) {
      tell(topic, lead, { code: '', text: error instanceof Error ? error.message : String(error) });
    }
    return false;
  }

  /** Reads an element the LMS may not support; errors there are expected and stay quiet. */
  function read(element: string): string {
    try {
      const value = String(api!.LMSGetValue(element) ?? '');
      return lastError() ? '' : value;
    } catch {
      return '';
    }
  }

  const SAVE_LEAD =
    'Your LMS did not save your latest answer. It is kept in this browser, and the course tries again with your next answer';
  const set = (element: string, value: string) =>
    call('save', SAVE_LEAD, () => api!.LMSSetValue(element, value));
  const setTime = () => set('cmi.core.session_time', formatSessionTime(now() - startedAt));

  const session: LmsSession = {
    get connected() {
      return state == 'running';
    },

    get bookmark() {
      return bookmark;
    },

    start() {
      if (state != 'new') return state == 'running';
      const ok = call(
        'connect',
        'The course could not connect to your LMS, so this visit will not count there. Your answers are kept in this browser',
        () => api!.LMSInitialize(''),
      );
      if (!ok) {
        state = 'offline';
        return false;
      }
      state = 'running';
      startedAt = now();
      status = read('cmi.core.lesson_status');
      bestPercent = Number.parseFloat(read('cmi.core.score.raw'));
      const mastery = Number.parseFloat(read('cmi.student_data.mastery_score'));
      masteryPercent = Number.isFinite(mastery) ? mastery : undefined;
      entries = decodeEntries(read('cmi.suspend_data'));
      bookmark = savedBookmark = read('cmi.core.lesson_location');
      if (!FINISHED.includes(status as LessonStatus) && status != 'incomplete') {
        status = 'incomplete';
        set('cmi.core.lesson_status', status);
      }
      // Without `suspend` many LMSs start the next launch afresh and drop the resume data.
      set('cmi.core.exit', 'suspend');
      session.commit();
      return true;
    },

    loadState(name = DEFAULT_STATE_NAME) {
      return entries.find(([n]) => n === name)?.[1];
    },

    saveState(value, name = DEFAULT_STATE_NAME) {
      if (state != 'running') return false;
      let packed;
      try {
        packed = packEntry(entries, name, value, suspendLimit);
      } catch (error) {
        // Not JSON (a cycle, a BigInt): a bug in the caller, but the course must keep going.
        tell('save', 'The course could not prepare your answer for the LMS', {
          code: '',
          text: String(error),
        });
        return false;
      }
      if (!packed.ok) {
        onNotice({
          level: 'info',
          topic: 'too-long',
          message:
            'Your answer is too long for the LMS to keep between visits. It is kept in this browser, so finish here or shorten it.',
        });
        return false;
      }
      if (!set('cmi.suspend_data', packed.data)) return false;
      entries = packed.entries;
      return true;
    },

    reportScore({ score, maxScore, passMark, complete }) {
      if (state != 'running') return false;
      const raw = percent(score, maxScore);
      // The LMS's own mastery score (from the manifest or the instructor) wins over ours.
      const mark = masteryPercent ?? Math.round(passMark * 10000) / 100;
      const next = complete ? (raw >= mark ? 'passed' : 'failed') : 'incomplete';
      const better =
        !FINISHED.includes(status as LessonStatus) ||
        (complete &&
          (rank(next) > rank(status) || (rank(next) == rank(status) && !(raw <= bestPercent))));
      let ok = true;
      if (better) {
        ok = set('cmi.core.score.min', '0') && ok;
        ok = set('cmi.core.score.max', '100') && ok;
        ok = set('cmi.core.score.raw', String(raw)) && ok;
        ok = set('cmi.core.lesson_status', next) && ok;
        if (ok) {
          status = next;
          bestPercent = raw;
        }
      }
      return session.commit() && ok;
    },

    commit() {
      if (state != 'running') return false;
      const here = location?.();
      // An empty address is the bare launch page: keep the bookmark for the next launch.
      if (here && here !== savedBookmark && here.length <= MAX_BOOKMARK) {
        if (set('cmi.core.lesson_location', here)) savedBookmark = here;
      }
      setTime();
      return call('save', SAVE_LEAD, () => api!.LMSCommit(''));
    },

    finish() {
      if (state != 'running') {
        if (state == 'new') state = 'finished';
        return;
      }
      state = 'finished';
      setTime();
      call(
        'finish',
        'Your LMS did not confirm the end of this visit; it may not have recorded it all. Your answers are kept in this browser',
        () => api!.LMSFinish(''),
      );
    },
  };
  return session;
}
