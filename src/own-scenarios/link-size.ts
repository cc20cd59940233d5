/**
 * How long an assignment link may be for a QR code. The builder draws the code at error
 * correction level M (it survives a smudged projector); past that it falls back to level L; past
 * level L's capacity there is no QR code, only the link. Figures measured with the builder's QR
 * library (uqr) on links whose payload is base64url (byte mode, one byte a character), and held by tests/unit/own-scenarios/link-size.test.ts.
 */
import { assignmentUrl } from '../assignment/link';
import type { Assignment } from '../schemas/assignment';
import { compactScenario } from '../schemas/custom-scenario';
import type { Scenario } from '../schemas/scenario';

/** Longest link a QR code holds at error correction M, in characters. */
export const QR_MAX_CHARS_M = 2331;
/** Longest link a QR code holds at all (error correction L), in characters. */
export const QR_MAX_CHARS = 2953;

/** Which QR code a link gets: level M, level L, or none (share the link only). */
export function qrLevelFor(link: string): 'M' | 'L' | null {
  if (link.length <= QR_MAX_CHARS_M) return 'M';
  if (link.length <= QR_MAX_CHARS) return 'L';
  return null;
}

/**
 * The link of an assignment whose own scenarios (`own`, in full) travel inline, compact. The ids
 * of the own scenarios chosen must be in `assignment.scenarios`.
 */
export function assignmentUrlWithOwn(
  origin: string,
  assignment: Assignment,
  own: readonly Scenario[],
): string {
  const custom = own
    .filter((s) => assignment.scenarios.includes(s.id))
    .map((s) => compactScenario(s)) as unknown as Assignment['custom'];
  return assignmentUrl(origin, custom?.length ? { ...assignment, custom } : assignment);
}
