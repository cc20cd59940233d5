/**
 * One LMS session across page loads. SCORM 1.2 allows one `LMSInitialize` and one `LMSFinish`
 * per launch, but each page of the course finishes its session on `pagehide`: moving from the
 * quiz to its next set, or a reload, would end the LMS session for good (strict LMSs refuse a
 * second `LMSInitialize`). The package's launch page therefore hosts the course in a frame and
 * offers it this keeper as `window.API`: the first initialise and the real finish (when the
 * launch page itself goes away) reach the LMS; a page's own finish becomes a commit.
 */
import type { Scorm12Api } from './api';
import { formatSessionTime } from './session-time';

/** The API to offer the course's frame, and `close()` for when the launch page goes away. */
export interface SessionKeeper {
  api: Scorm12Api;
  /** Sets the session time of the whole launch and calls the LMS's `LMSFinish`, once. */
  close(): void;
}

/** Wraps the LMS's `real` API; `now` is a clock in milliseconds. */
export function createSessionKeeper(real: Scorm12Api, now: () => number): SessionKeeper {
  let state: 'new' | 'running' | 'closed' = 'new';
  let startedAt = 0;
  const time = () => formatSessionTime(now() - startedAt);

  const api: Scorm12Api = {
    LMSInitialize(arg) {
      if (state == 'running') return 'true';
      if (state == 'closed') return 'false';
      const result = real.LMSInitialize(arg);
      if (String(result) == 'true') {
        state = 'running';
        startedAt = now();
      }
      return result;
    },
    LMSFinish(arg) {
      // A page leaving is not the learner leaving: save, and keep the session open.
      if (state == 'running') return real.LMSCommit(arg);
      return state == 'closed' ? 'true' : real.LMSFinish(arg);
    },
    LMSGetValue: (element) => real.LMSGetValue(element),
    LMSSetValue(element, value) {
      // After close, pages still unloading may write; the session is over, drop it quietly.
      if (state == 'closed') return 'true';
      // Each page measures its own visit; the LMS wants the whole launch.
      return real.LMSSetValue(element, element == 'cmi.core.session_time' ? time() : value);
    },
    LMSCommit: (arg) => (state == 'closed' ? 'true' : real.LMSCommit(arg)),
    LMSGetLastError: () => real.LMSGetLastError(),
    LMSGetErrorString: (code) => real.LMSGetErrorString(code),
    LMSGetDiagnostic: (code) => real.LMSGetDiagnostic?.(code) ?? '',
  };

  return {
    api,
    close() {
      if (state != 'running') {
        state = 'closed';
        return;
      }
      state = 'closed';
      try {
        real.LMSSetValue('cmi.core.session_time', time());
        real.LMSFinish('');
      } catch {
        // The launch page is going away: there is no one left to tell.
      }
    },
  };
}
