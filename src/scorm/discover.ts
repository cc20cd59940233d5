import { isScorm12Api, type Scorm12Api } from './api';

/** How many parents the standard search climbs before giving up (ADL's APIWrapper uses 7). */
export const MAX_PARENT_DEPTH = 7;

/** The parts of a window the search reads; tests pass plain objects. */
export interface WindowLike {
  API?: unknown;
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

/** Climbs `win`'s parents (at most {@link MAX_PARENT_DEPTH} levels) to the first `API`. */
function searchParents(start: WindowLike): Scorm12Api | undefined {
  let win: WindowLike = start;
  for (let depth = 0; ; depth++) {
    const api = read(win, 'API');
    if (isScorm12Api(api)) return api;
    const parent = read(win, 'parent');
    if (!parent || parent === win || depth >= MAX_PARENT_DEPTH) return undefined;
    win = parent;
  }
}

/**
 * Finds the LMS's SCORM 1.2 API the standard way: this window and its parents, then the window
 * that opened it (LMSs that launch courses in a pop-up) and its parents. Returns undefined when
 * the course runs outside an LMS.
 */
export function findScorm12Api(win: WindowLike): Scorm12Api | undefined {
  const found = searchParents(win);
  if (found) return found;
  const opener = read(win, 'opener');
  return opener ? searchParents(opener) : undefined;
}
