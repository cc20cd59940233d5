/**
 * An assignment's own scenarios (the instructor's, carried inline in the link) added to the bank:
 * the student page, the gradebook and workshop mode call these so a link with own scenarios works
 * wherever a bank-only one does.
 */
import type { Assignment } from '../schemas/assignment';
import type { Scenario } from '../schemas/scenario';

/** The own scenarios an assignment carries, as full scenarios (the link's schema filled them in). */
export function ownScenariosOf(
  assignment: Pick<Assignment, 'custom'> | null | undefined,
): Scenario[] {
  // The link's schema mirrors the bank's and fills in every default (custom-scenario.ts).
  return (assignment?.custom ?? []) as Scenario[];
}

/**
 * The bank with an assignment's own scenarios added; an own scenario replaces a bank one of the
 * same id (the editor refuses bank ids, so only a hand-made link can do that).
 */
export function withOwnScenarios<T extends { id: string }>(
  bank: ReadonlyMap<string, T>,
  assignment: Pick<Assignment, 'custom'> | null | undefined,
  convert: (s: Scenario) => T,
): Map<string, T> {
  const own = ownScenariosOf(assignment);
  if (!own.length) return bank as Map<string, T>;
  const merged = new Map(bank);
  for (const s of own) merged.set(s.id, convert(s));
  return merged;
}
