/**
 * The SCORM 1.2 run-time API as an LMS exposes it on `window.API`, and the few data model
 * values the course uses. Every method returns strings: `'true'`/`'false'` for the calls,
 * an error number such as `'405'` for `LMSGetLastError`. Real LMSs are loose about this
 * (some return booleans or numbers), so callers compare with `String(x)`.
 */
export interface Scorm12Api {
  LMSInitialize(arg: ''): unknown;
  LMSFinish(arg: ''): unknown;
  LMSGetValue(element: string): unknown;
  LMSSetValue(element: string, value: string): unknown;
  LMSCommit(arg: ''): unknown;
  LMSGetLastError(): unknown;
  LMSGetErrorString(code: string): unknown;
  LMSGetDiagnostic?(code: string): unknown;
}

/** `cmi.core.lesson_status` values (SCORM 1.2 RTE 3.4.2.1.6). */
export type LessonStatus =
  'passed' | 'completed' | 'failed' | 'incomplete' | 'browsed' | 'not attempted';

/** True when `value` has every function of a SCORM 1.2 API (what the standard search accepts). */
export function isScorm12Api(value: unknown): value is Scorm12Api {
  if (typeof value != 'object' || value === null) return false;
  const api = value as Record<string, unknown>;
  return (
    [
      'LMSInitialize',
      'LMSFinish',
      'LMSGetValue',
      'LMSSetValue',
      'LMSCommit',
      'LMSGetLastError',
      'LMSGetErrorString',
    ] as const
  ).every((name) => typeof api[name] == 'function');
}
