/**
 * How the course's pages reach the package's LMS session. The launch page owns the session
 * (./course-session.ts) and hosts the course in a frame; it offers the pages this bridge as
 * `window.__sntyLms`. Pages find it in a parent window of the same origin; outside a package
 * there is none, and the course runs on the progress it keeps in the browser.
 */
import type { LmsNotice, SentSummary } from './course-session';
import type { AnsweredItem, ScormVersion } from './interactions';

/** The property of the launch page's window that holds the bridge. */
export const BRIDGE_KEY = '__sntyLms';

/** A scored activity's state, as its island reports it. */
export interface ActivityReport {
  activity: 'quiz' | 'assignment';
  /** The run (`<seed>:<n>` for the self-assessment, the title for a package's assignment). */
  key: string;
  /** The score so far (unanswered questions count zero), in percent. */
  percent: number;
  /** The activity's own pass mark, in percent (the LMS's, when it sets one, wins). */
  passMark: number;
  /** True once the learner asked for the results (the attempt counts from then on). */
  finished: boolean;
  /** Each answered question. */
  items: AnsweredItem[];
  /** How many questions the activity asks (for the LMS's progress measure). */
  questions: number;
}

/** What the launch page offers the course's pages. */
export interface CourseBridge {
  readonly version: ScormVersion;
  /** True while the LMS session runs. */
  readonly connected: boolean;
  /** The learner as the LMS knows them; '' when it does not say. */
  readonly learner: { name: string; id: string };
  /** The activity's pass mark as it applies (the LMS's own when it sets one). */
  passMark(own: number): number;
  /** Sends an activity's answers and score now; gives what reached the LMS. */
  report(activity: ActivityReport): SentSummary;
  /** What reached the LMS so far. */
  sent(): SentSummary;
  /** Calls `listener` with every new summary; returns a function that stops it. */
  listen(listener: (sent: SentSummary) => void): () => void;
  /** Notices about the LMS, shown by the launch page. */
  notices(): readonly LmsNotice[];
}

/** The parts of a window the search reads. */
interface WindowWithParent {
  parent?: unknown;
  [BRIDGE_KEY]?: unknown;
}

const looksLikeBridge = (x: unknown): x is CourseBridge =>
  typeof x == 'object' && x !== null && typeof (x as CourseBridge).report == 'function';

/**
 * The bridge of the launch page around `win` (its parent, or higher), or undefined. A parent of
 * another origin throws on access: that simply means "no package here".
 */
export function findBridge(win: WindowWithParent, depth = 3): CourseBridge | undefined {
  let current: WindowWithParent | undefined = win;
  for (let i = 0; i <= depth && current; i++) {
    try {
      const bridge = current[BRIDGE_KEY];
      if (looksLikeBridge(bridge)) return bridge;
      const parent = current.parent as WindowWithParent | undefined;
      if (!parent || parent === current) return undefined;
      current = parent;
    } catch {
      return undefined;
    }
  }
  return undefined;
}
