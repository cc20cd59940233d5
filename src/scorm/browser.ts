/**
 * The thin browser side of the SCORM adapter: finds the LMS's API around this window, starts
 * the session, routes its notices to `$lmsNotices` and finishes it when the page goes away.
 * Importing this module does all of that once; outside a browser it gives an offline session.
 */
import { findScorm12Api, type WindowLike } from './discover';
import { raiseLmsNotice } from './notices';
import { createLmsSession, type LmsSession } from './session';

/**
 * Connects `win` to the LMS around it (if any): `LMSInitialize` now, `LMSFinish` on the first
 * `pagehide` (closing the tab, leaving the page, or the LMS removing the course's frame).
 */
export function connectLms(win: Window): LmsSession {
  const session = createLmsSession({
    api: findScorm12Api(win as unknown as WindowLike),
    // Wall-clock time: session_time must include time the tab spent in the background.
    now: () => Date.now(),
    onNotice: raiseLmsNotice,
    location: () => win.location.search,
  });
  session.start();
  // A launch opens the bare launch page; reopen the set the learner was on (the quiz's seed is
  // in the query) before any island reads the address.
  if (!win.location.search && session.bookmark.startsWith('?'))
    win.history.replaceState(win.history.state, '', session.bookmark + win.location.hash);
  // `pagehide` is the last event every browser fires reliably (unload is not, and bfcache
  // skips it); `finish` ignores repeats.
  win.addEventListener('pagehide', () => session.finish());
  return session;
}

/** This page's LMS session, shared by everything that imports `~/scorm`. */
export const lms: LmsSession =
  typeof window == 'undefined'
    ? createLmsSession({ api: undefined, now: () => 0 })
    : connectLms(window);
