import { isScorm12Api, type Scorm12Api } from './api';
import { isScorm2004Api, type Scorm2004Api } from './rte';

/** How many parents the standard search climbs before giving up (ADL's APIWrapper uses 7). */
export const MAX_PARENT_DEPTH = 7;

/** The parts of a window the search reads; tests pass plain objects. */
export interface WindowLike {
  API?: unknown;
  API_1484_11?: unknown;
  parent?: WindowLike | null;
  opener?: WindowLike | null;
}

/**
 * Reads `win[key]` where `win` may belong to another origin: the browser then throws a
 * SecurityError, which for the search simply means "no API there".
 */
function read<K extends keyof WindowLike>(win: WindowLike, key: K): WindowLike[K] | undefined {
  try {
    return win[key];
  } catch {
    return undefined;
  }
}

/** Climbs `win`'s parents (at most {@link MAX_PARENT_DEPTH} levels) to the first `key` that passes `is`. */
function searchParents<T>(
  start: WindowLike,
  key: 'API' | 'API_1484_11',
  is: (x: unknown) => x is T,
): T | undefined {
  let win: WindowLike = start;
  for (let depth = 0; ; depth++) {
    const api = read(win, key);
    if (is(api)) return api;
    const parent = read(win, 'parent');
    if (!parent || parent === win || depth >= MAX_PARENT_DEPTH) return undefined;
    win = parent;
  }
}

/** The standard search for one key: this window and its parents, then the opener and its parents. */
function search<T>(
  win: WindowLike,
  key: 'API' | 'API_1484_11',
  is: (x: unknown) => x is T,
): T | undefined {
  const found = searchParents(win, key, is);
  if (found) return found;
  const opener = read(win, 'opener');
  return opener ? searchParents(opener, key, is) : undefined;
}

/**
 * Finds the LMS's SCORM 1.2 API the standard way: this window and its parents, then the window
 * that opened it (LMSs that launch courses in a pop-up) and its parents. Returns undefined when
 * the course runs outside an LMS.
 */
export function findScorm12Api(win: WindowLike): Scorm12Api | undefined {
  return search(win, 'API', isScorm12Api);
}

/**
 * Finds the LMS's API, SCORM 2004 (`API_1484_11`) first, then SCORM 1.2 (`API`), each the
 * standard way. An LMS that offers both gets the edition of the newer standard.
 */
export function findLmsApi(win: WindowLike): Scorm2004Api | Scorm12Api | undefined {
  return search(win, 'API_1484_11', isScorm2004Api) ?? findScorm12Api(win);
}
