import type { Scorm12Api } from '~/scorm';

/** How a fake LMS misbehaves. */
export interface FakeFaults {
  /** LMSInitialize answers 'false' with this error code. */
  initialize?: string;
  /** LMSSetValue refuses these elements (a regex), with error 405 or `code`. */
  refuseWrites?: RegExp;
  refuseCode?: string;
  /** LMSCommit answers 'false' with error 391 (General commit failure). */
  commit?: boolean;
  /** LMSFinish throws, as a broken LMS script might. */
  finishThrows?: boolean;
  /** Elements LMSGetValue does not implement (error 401). */
  unsupported?: RegExp;
}

const ERRORS: Record<string, string> = {
  '0': 'No error',
  '101': 'General exception',
  '201': 'Invalid argument error',
  '301': 'Not initialized',
  '391': 'General commit failure',
  '401': 'Not implemented error',
  '405': 'Incorrect data type',
};

/** An in-memory SCORM 1.2 LMS that records every call. */
export function fakeApi(initial: Record<string, string> = {}, faults: FakeFaults = {}) {
  const data: Record<string, string> = {
    'cmi.core.lesson_status': 'not attempted',
    'cmi.suspend_data': '',
    ...initial,
  };
  const calls: string[] = [];
  let error = '0';
  const answer = (ok: boolean, code = '101') => {
    error = ok ? '0' : code;
    return ok ? 'true' : 'false';
  };
  const api: Scorm12Api = {
    LMSInitialize() {
      calls.push('LMSInitialize');
      return answer(!faults.initialize, faults.initialize);
    },
    LMSFinish() {
      calls.push('LMSFinish');
      if (faults.finishThrows) throw new Error('LMS script crashed');
      return answer(true);
    },
    LMSGetValue(element) {
      calls.push(`LMSGetValue ${element}`);
      if (faults.unsupported?.test(element)) {
        error = '401';
        return '';
      }
      error = '0';
      return data[element] ?? '';
    },
    LMSSetValue(element, value) {
      calls.push(`LMSSetValue ${element}`);
      if (faults.refuseWrites?.test(element)) return answer(false, faults.refuseCode ?? '405');
      data[element] = value;
      return answer(true);
    },
    LMSCommit() {
      calls.push('LMSCommit');
      return answer(!faults.commit, '391');
    },
    LMSGetLastError: () => error,
    LMSGetErrorString: (code) => ERRORS[code] ?? '',
  };
  return { api, data, calls };
}
