import { assignmentFingerprint } from '~/assignment/fingerprint';
import { decodeAssignment } from '~/assignment/link';
import type { Assignment } from '~/schemas/assignment';

/** The assignment of the page's link: opening, broken (with why), or ready. */
export type Opened =
  | { state: 'loading' }
  | { state: 'error'; message: string }
  | { state: 'ready'; assignment: Assignment; fingerprint: string };

/**
 * Opens the assignment in the URL's hash, checking it against the schema and the bank's ids (and
 * the own scenarios the link carries).
 */
export function openAssignment(hash: string, known: ReadonlySet<string>): Opened {
  const decoded = decodeAssignment(hash);
  if (!decoded.ok) return { state: 'error', message: decoded.message };
  const own = new Set((decoded.assignment.custom ?? []).map((s) => s.id));
  const unknown = decoded.assignment.scenarios.filter((id) => !known.has(id) && !own.has(id));
  if (unknown.length) {
    return {
      state: 'error',
      message: `This assignment asks about ${unknown.length === 1 ? 'a scenario' : 'scenarios'} this version of the course does not have (${unknown.slice(0, 5).join(', ')}). Ask your instructor for a new link.`,
    };
  }
  return {
    state: 'ready',
    assignment: decoded.assignment,
    fingerprint: assignmentFingerprint(decoded.assignment),
  };
}
