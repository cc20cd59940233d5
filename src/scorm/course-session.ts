/**
 * The package's one LMS session, as a pure core: the run-time (./rte.ts) and the clock are
 * injected, so tests drive it with scorm-again or a faulty fake, and the launch page
 * (./launch.ts) only wires it to the window.
 *
 * The launch page owns this session for the whole launch (SCORM allows one Initialize per
 * launch); the course's pages run in a frame and reach it through ./bridge.ts. Each `report`
 * writes only what changed since the last one (interactions, objectives, status, score,
 * bookmark, resume data), then sets the session time and commits. Nothing here throws: an LMS
 * that refuses a value or fails is told about once, politely, and the learner's work stays in
 * the browser (the course keeps its own progress there whatever the LMS does).
 */
import {
  interactionElements,
  interactionRecord,
  objectiveElements,
  objectiveRecords,
  type AnsweredItem,
  type ScormVersion,
} from './interactions';
import {
  displayName,
  ELEMENTS,
  LOCATION_LIMITS,
  sessionTime,
  standingElements,
  SUSPEND_LIMITS,
  type Rte,
  type Standing,
} from './rte';

/** Something about the LMS the learner should know. */
export interface LmsNotice {
  /** Always polite: nothing the LMS does stops the learner. */
  level: 'error' | 'info';
  /** A newer notice on the same topic replaces the older. */
  topic: 'connect' | 'save' | 'finish' | 'too-long';
  message: string;
  /** The LMS's error number, when it gave one. */
  code?: string;
}

/** Everything the course has to tell the LMS at one moment. */
export interface CourseReport extends Standing {
  /** Every answer so far (one interaction each, by `id`). */
  items: readonly AnsweredItem[];
  /** Where the learner is (a page of the package), for the next launch. */
  location?: string;
  /** The resume data, already within the edition's limit (see ./resume.ts). */
  suspendData?: string;
}

/** What reached the LMS, for the end screens ("what was sent"). */
export interface SentSummary {
  interactions: number;
  complete: boolean;
  result?: { percent: number; passed: boolean };
}

/** The launch's LMS session. */
export interface CourseSession {
  readonly version: ScormVersion;
  readonly connected: boolean;
  /** The learner as the LMS knows them (display form), '' when it does not say. */
  readonly learner: { name: string; id: string };
  /** The bookmark and resume data the LMS kept from earlier launches ('' when none). */
  readonly saved: { location: string; suspendData: string };
  /** The LMS's own pass mark in percent (`scaled_passing_score` / `mastery_score`), if any. */
  readonly lmsPassMark: number | undefined;
  /** What reached the LMS so far. */
  readonly sent: SentSummary;
  /** Interaction ids in index order (kept in the resume data so 1.2 can reuse the indexes). */
  readonly interactionIds: readonly string[];
  /** Initialize and read what the LMS kept; false outside an LMS or when it refuses. */
  start(): boolean;
  /** Reuses the interaction indexes an earlier launch wrote (from the resume data). */
  adoptInteractionIds(previous: readonly string[]): void;
  /** Writes what changed and commits; false when anything was refused. */
  report(report: CourseReport): boolean;
  /** Session time, then Terminate/LMSFinish, once. */
  finish(): void;
}

/** What the session needs from outside. */
export interface CourseSessionOptions {
  rte: Rte | undefined;
  now: () => number;
  onNotice?: (notice: LmsNotice) => void;
}

const SAVE_LEAD =
  'Your LMS did not accept part of your progress. Your work is kept in this browser and the course sends it again as you go on';

/** Creates the session; call `start()` first. */
export function createCourseSession({
  rte,
  now,
  onNotice = () => {},
}: CourseSessionOptions): CourseSession {
  const version: ScormVersion = rte?.version ?? '2004';
  const names = ELEMENTS[version];
  let state: 'new' | 'running' | 'offline' | 'finished' = rte ? 'new' : 'offline';
  let startedAt = 0;
  const learner = { name: '', id: '' };
  const saved = { location: '', suspendData: '' };
  let lmsPassMark: number | undefined;
  const written = new Map<string, string>();
  let ids: string[] = [];
  let firstFree = 0;
  const told = new Set<string>();
  let sent: SentSummary = { interactions: 0, complete: false };

  function lastError(): { code: string; text: string } | undefined {
    try {
      const code = String(rte!.lastError() ?? '0');
      if (code == '0' || code == '') return undefined;
      let text = '';
      try {
        text = String(rte!.errorString(code) ?? '');
      } catch {
        // The number alone still helps whoever supports the LMS.
      }
      return { code, text };
    } catch (error) {
      return { code: '', text: String(error) };
    }
  }

  /** Tells the learner once per topic: a refusing LMS refuses again, and repeating helps no one. */
  function tell(topic: LmsNotice['topic'], lead: string, error = lastError()): void {
    if (told.has(topic)) return;
    told.add(topic);
    const detail = error
      ? ` (LMS error ${error.code || '?'}${error.text ? `: ${error.text}` : ''})`
      : '';
    onNotice({
      level: 'info',
      topic,
      message: `${lead}${detail}`.replace(/\.?$/, '.'),
      ...(error?.code ? { code: error.code } : {}),
    });
  }

  function call(topic: LmsNotice['topic'], lead: string, run: () => unknown): boolean {
    try {
      const answer = String(run());
      // 1.2 and 2004 both answer the string "true"; a few LMSs answer a boolean.
      if (answer == 'true') return true;
      tell(topic, lead);
    } catch (error) {
      tell(topic, lead, { code: '', text: error instanceof Error ? error.message : String(error) });
    }
    return false;
  }

  function read(element: string): string {
    try {
      const value = String(rte!.get(element) ?? '');
      return lastError() ? '' : value;
    } catch {
      return '';
    }
  }

  /** Sets `element` unless the LMS already has that value from us. */
  function set(element: string, value: string): boolean {
    if (written.get(element) === value) return true;
    const ok = call('save', SAVE_LEAD, () => rte!.set(element, value));
    if (ok) written.set(element, value);
    return ok;
  }

  const setTime = () => {
    written.delete(names.sessionTime);
    return set(names.sessionTime, sessionTime(now() - startedAt, version));
  };

  function indexOf(id: string): number {
    const at = ids.indexOf(id);
    if (at >= 0) return at;
    // Never reuse an index another launch wrote that we do not know about.
    const index = Math.max(ids.length, firstFree);
    ids[index] = id;
    return index;
  }

  const session: CourseSession = {
    version,
    get connected() {
      return state == 'running';
    },
    learner,
    saved,
    get lmsPassMark() {
      return lmsPassMark;
    },
    get sent() {
      return sent;
    },
    get interactionIds() {
      return Array.from(ids, (id) => id ?? '');
    },

    start() {
      if (state != 'new') return state == 'running';
      const ok = call(
        'connect',
        'The course could not connect to your LMS, so this visit may not count there. Your work is kept in this browser',
        () => rte!.initialize(),
      );
      if (!ok) {
        state = 'offline';
        return false;
      }
      state = 'running';
      startedAt = now();
      learner.name = displayName(read(names.learnerName));
      learner.id = read(names.learnerId);
      saved.location = read(names.location);
      saved.suspendData = read(names.suspendData);
      const mark = Number.parseFloat(read(names.passMark));
      // 2004's scaled_passing_score is from -1 to 1; 1.2's mastery_score is 0-100.
      if (Number.isFinite(mark)) lmsPassMark = version == '2004' ? mark * 100 : mark;
      const count = Number.parseInt(read(names.interactionCount), 10);
      firstFree = Number.isFinite(count) ? count : 0;
      // Without `suspend` many LMSs start the next launch afresh and drop the resume data.
      set(names.exit, 'suspend');
      return true;
    },

    adoptInteractionIds(previous) {
      if (!ids.length) ids = [...previous];
    },

    report(report) {
      if (state != 'running') return false;
      let ok = true;
      for (const item of report.items) {
        const index = indexOf(item.id);
        const record = interactionRecord(item, version);
        const key = `interaction:${index}`;
        const signature = JSON.stringify(record);
        if (written.get(key) === signature) continue;
        let all = true;
        for (const [element, value] of interactionElements(record, index, version)) {
          // Each interaction is written whole: 1.2 keeps interactions as a journal.
          written.delete(element);
          all = set(element, value) && all;
        }
        if (all) written.set(key, signature);
        ok = all && ok;
      }
      objectiveRecords(report.items).forEach((objective, index) => {
        for (const [element, value] of objectiveElements(objective, index, version))
          ok = set(element, value) && ok;
      });
      for (const [element, value] of standingElements(report, version))
        ok = set(element, value) && ok;
      if (report.location && report.location.length <= LOCATION_LIMITS[version])
        ok = set(names.location, report.location) && ok;
      if (report.suspendData !== undefined) {
        if (report.suspendData.length <= SUSPEND_LIMITS[version])
          ok = set(names.suspendData, report.suspendData) && ok;
        else
          tell(
            'too-long',
            'Your LMS cannot keep all of your progress between visits; it is kept in this browser',
            {
              code: '',
              text: '',
            },
          );
      }
      setTime();
      ok = call('save', SAVE_LEAD, () => rte!.commit()) && ok;
      const reported = report.items.filter((item) =>
        written.has(`interaction:${ids.indexOf(item.id)}`),
      );
      const standing = standingElements(report, version);
      sent = {
        interactions: reported.length,
        complete: report.complete && standing.every(([e, v]) => written.get(e) === v),
        ...(report.result && written.get(names.scoreRaw) !== undefined
          ? { result: report.result }
          : {}),
      };
      return ok;
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
        'Your LMS did not confirm the end of this visit, so it may not have recorded all of it. Your work is kept in this browser',
        () => rte!.terminate(),
      );
    },
  };
  return session;
}
