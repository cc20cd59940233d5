/**
 * One face for the two SCORM run-times: SCORM 2004's `API_1484_11` (`Initialize`, `SetValue`...)
 * and SCORM 1.2's `API` (`LMSInitialize`, `LMSSetValue`...). The course speaks in the neutral
 * names of {@link ELEMENTS}; this module turns them into each edition's data model.
 */
import { isScorm12Api, type Scorm12Api } from './api';
import type { ScormVersion } from './interactions';
import { formatSessionTime } from './session-time';

/** SCORM 2004's run-time API, as an LMS exposes it on `window.API_1484_11`. */
export interface Scorm2004Api {
  Initialize(arg: ''): unknown;
  Terminate(arg: ''): unknown;
  GetValue(element: string): unknown;
  SetValue(element: string, value: string): unknown;
  Commit(arg: ''): unknown;
  GetLastError(): unknown;
  GetErrorString(code: string): unknown;
  GetDiagnostic?(code: string): unknown;
}

/** True when `value` has every function of a SCORM 2004 API. */
export function isScorm2004Api(value: unknown): value is Scorm2004Api {
  if (typeof value != 'object' || value === null) return false;
  const api = value as Record<string, unknown>;
  return (
    [
      'Initialize',
      'Terminate',
      'GetValue',
      'SetValue',
      'Commit',
      'GetLastError',
      'GetErrorString',
    ] as const
  ).every((name) => typeof api[name] == 'function');
}

/** The run-time calls, edition-neutral. Every call may throw or answer loosely; callers guard. */
export interface Rte {
  version: ScormVersion;
  initialize(): unknown;
  terminate(): unknown;
  get(element: string): unknown;
  set(element: string, value: string): unknown;
  commit(): unknown;
  lastError(): unknown;
  errorString(code: string): unknown;
}

/** Wraps an LMS's API object, whichever edition it is; undefined when it is neither. */
export function rteOf(api: unknown): Rte | undefined {
  if (isScorm2004Api(api)) {
    return {
      version: '2004',
      initialize: () => api.Initialize(''),
      terminate: () => api.Terminate(''),
      get: (e) => api.GetValue(e),
      set: (e, v) => api.SetValue(e, v),
      commit: () => api.Commit(''),
      lastError: () => api.GetLastError(),
      errorString: (c) => api.GetErrorString(c),
    };
  }
  if (isScorm12Api(api)) {
    const a: Scorm12Api = api;
    return {
      version: '1.2',
      initialize: () => a.LMSInitialize(''),
      terminate: () => a.LMSFinish(''),
      get: (e) => a.LMSGetValue(e),
      set: (e, v) => a.LMSSetValue(e, v),
      commit: () => a.LMSCommit(''),
      lastError: () => a.LMSGetLastError(),
      errorString: (c) => a.LMSGetErrorString(c),
    };
  }
  return undefined;
}

/** The elements the course reads and writes, by edition. */
export const ELEMENTS = {
  '2004': {
    learnerName: 'cmi.learner_name',
    learnerId: 'cmi.learner_id',
    location: 'cmi.location',
    suspendData: 'cmi.suspend_data',
    exit: 'cmi.exit',
    sessionTime: 'cmi.session_time',
    scoreRaw: 'cmi.score.raw',
    scoreMin: 'cmi.score.min',
    scoreMax: 'cmi.score.max',
    passMark: 'cmi.scaled_passing_score',
    interactionCount: 'cmi.interactions._count',
  },
  '1.2': {
    learnerName: 'cmi.core.student_name',
    learnerId: 'cmi.core.student_id',
    location: 'cmi.core.lesson_location',
    suspendData: 'cmi.suspend_data',
    exit: 'cmi.core.exit',
    sessionTime: 'cmi.core.session_time',
    scoreRaw: 'cmi.core.score.raw',
    scoreMin: 'cmi.core.score.min',
    scoreMax: 'cmi.core.score.max',
    passMark: 'cmi.student_data.mastery_score',
    interactionCount: 'cmi.interactions._count',
  },
} as const satisfies Record<ScormVersion, Record<string, string>>;

/** Resume data room: CMIString64000 in 2004 (4th Edition), CMIString4096 in 1.2. */
export const SUSPEND_LIMITS: Record<ScormVersion, number> = { '2004': 64000, '1.2': 4096 };
/** Bookmark room: CMIString1000 in 2004, CMIString255 in 1.2. */
export const LOCATION_LIMITS: Record<ScormVersion, number> = { '2004': 1000, '1.2': 255 };

/**
 * A duration as 2004's ISO 8601 timeinterval (`PT1H4M7.25S`), to the hundredth of a second;
 * negative or non-finite input counts as zero.
 */
export function formatDuration(milliseconds: number): string {
  const cs = Number.isFinite(milliseconds) ? Math.max(0, Math.round(milliseconds / 10)) : 0;
  const hours = Math.floor(cs / 360000);
  const minutes = Math.floor(cs / 6000) % 60;
  const seconds = (cs % 6000) / 100;
  return `PT${hours}H${minutes}M${seconds}S`;
}

/** The session time in `version`'s format. */
export const sessionTime = (milliseconds: number, version: ScormVersion) =>
  version == '2004' ? formatDuration(milliseconds) : formatSessionTime(milliseconds);

/** Where the course stands, for the status elements. */
export interface Standing {
  /** The completion rule is met (every lesson's exercises passed, or the activity finished). */
  complete: boolean;
  /** How far along, from 0 to 1 (exercises passed of all). */
  progress: number;
  /** The scored activity's best finished result, when there is one. */
  result?: { percent: number; passed: boolean };
}

/**
 * The status and score writes for `standing`.
 * - 2004: `completion_status` from the completion rule, `progress_measure`, `success_status`
 *   passed/failed once the scored activity is finished (`unknown` before), and the score.
 * - 1.2 has one `lesson_status`: `incomplete` until the completion rule is met, then
 *   `passed`/`failed` when the scored activity is finished, else `completed`.
 */
export function standingElements(standing: Standing, version: ScormVersion): [string, string][] {
  const { complete, progress, result } = standing;
  const out: [string, string][] = [];
  const raw = result ? String(Math.round(result.percent * 100) / 100) : undefined;
  if (version == '2004') {
    out.push(['cmi.completion_status', complete ? 'completed' : 'incomplete']);
    out.push([
      'cmi.progress_measure',
      String(Math.round(Math.min(1, Math.max(0, progress || 0)) * 10000) / 10000),
    ]);
    out.push(['cmi.success_status', result ? (result.passed ? 'passed' : 'failed') : 'unknown']);
    if (result && raw !== undefined) {
      out.push(['cmi.score.min', '0'], ['cmi.score.max', '100'], ['cmi.score.raw', raw]);
      out.push(['cmi.score.scaled', String(Math.round(result.percent * 100) / 10000)]);
    }
  } else {
    const status = !complete
      ? 'incomplete'
      : result
        ? result.passed
          ? 'passed'
          : 'failed'
        : 'completed';
    if (result && raw !== undefined)
      out.push(
        ['cmi.core.score.min', '0'],
        ['cmi.core.score.max', '100'],
        ['cmi.core.score.raw', raw],
      );
    out.push(['cmi.core.lesson_status', status]);
  }
  return out;
}

/**
 * The learner's name for display: LMSs that follow SCORM 1.2's examples send "Last, First";
 * shown as "First Last".
 */
export function displayName(name: string): string {
  const parts = name.split(',').map((p) => p.trim());
  return parts.length == 2 && parts[0] && parts[1] ? `${parts[1]} ${parts[0]}` : name.trim();
}
