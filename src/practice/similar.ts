/**
 * "Another one like this": practice items that train the same skill as a scenario the learner
 * has just met. Pure: the lesson island, the review page and the tests call the same functions.
 */
import type { RedFlag, Scenario, Verdict } from '../schemas/scenario';

/** What a practice item must share with the scenario it stands in for. */
export interface Skill {
  /** The expected verdict. */
  verdict: Verdict;
  /** The red flags it shows. */
  flags: readonly RedFlag[];
}

/** The kinds of practice item: judge the invitation, or write the clarifying reply. */
export type PracticeKind = 'verdict' | 'reply';

/** The skill a scenario trains: its expected verdict and its red flags. */
export function skillOf(scenario: Pick<Scenario, 'answer'>): Skill {
  return { verdict: scenario.answer.verdict, flags: scenario.answer.flags };
}

/** The id a practice item's result is saved under: `practice:<scenario id>:<kind>`. */
export const practiceExerciseId = (scenarioId: string, kind: PracticeKind = 'verdict') =>
  `practice:${scenarioId}:${kind}`;

/** True when a scenario can be practised as `kind` (a reply needs a model reply). */
const fits = (scenario: Scenario, kind: PracticeKind) =>
  kind === 'verdict' || (scenario.answer.verdict === 'reply' && !!scenario.answer.reply);

/**
 * The practice-pool scenarios with the same skill as `skill`, best first: those sharing a red
 * flag (more shared flags first, then those with the same verdict too), then those with the same
 * verdict (for a flagless skill, flagless ones first).
 * Scenarios of the other pools and the ids in `exclude` (the one just solved) never come back.
 * Ties keep the bank's order, so the result is the same on every call.
 */
export function similarItems(
  skill: Skill,
  bank: readonly Scenario[],
  exclude: Iterable<string> = [],
  kind: PracticeKind = 'verdict',
): Scenario[] {
  const excluded = new Set(exclude);
  const rank = (s: Scenario) => {
    const shared = s.answer.flags.filter((flag) => skill.flags.includes(flag)).length;
    const sameVerdict = s.answer.verdict === skill.verdict ? 1 : 0;
    if (shared) return 100 + 10 * shared + sameVerdict;
    if (!sameVerdict) return 0;
    // Same verdict: an item as clean as the original (both flagless) is the closer match.
    return !skill.flags.length && !s.answer.flags.length ? 2 : 1;
  };
  return bank
    .filter((s) => s.pool === 'practice' && !excluded.has(s.id) && fits(s, kind))
    .map((s, index) => ({ s, index, rank: rank(s) }))
    .filter((x) => x.rank > 0)
    .sort((a, b) => b.rank - a.rank || a.index - b.index)
    .map((x) => x.s);
}

/**
 * The next practice item to offer: the best similar item the learner has neither seen nor
 * passed, else the best one not just solved. `exclude` is what must never come back (the
 * scenario just solved, the practice item on screen); `done` what the learner has already met.
 */
export function nextPracticeItem(
  skill: Skill,
  bank: readonly Scenario[],
  { exclude = [], done = [], kind = 'verdict' }: NextItemOptions = {},
): Scenario | undefined {
  const candidates = similarItems(skill, bank, exclude, kind);
  const met = new Set(done);
  return candidates.find((s) => !met.has(s.id)) ?? candidates[0];
}

/** Options of {@link nextPracticeItem}. */
export interface NextItemOptions {
  exclude?: Iterable<string>;
  done?: Iterable<string>;
  kind?: PracticeKind;
}
