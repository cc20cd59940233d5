/**
 * Shared test scenarios, built through the schema so defaults are filled like in the bank, and
 * the hand-labelled drafts of tests/fixtures/ (read by the agreement test and the benchmark).
 */
import { readFileSync } from 'node:fs';
import { gradeNote, gradeReply } from '../../../src/grader/index';
import type { NoteCriterionId, ReplyCriterionId } from '../../../src/grader/types';
import { scenarioSchema, type Scenario, type ScenarioInput } from '../../../src/schemas/scenario';

/** A valid scenario; `over` replaces top-level parts. */
export function makeScenario(over: Partial<ScenarioInput> = {}): Scenario {
  return scenarioSchema.parse({
    id: 'lena-classmate',
    title: 'Lena says we studied together',
    level: 1,
    you: { name: 'Omar Haddad', schools: ['Northeastern University'], employers: ['Brightwave'] },
    sender: { name: 'Lena Park', headline: 'Analyst' },
    invitation: { via: 'classmate', claim: 'Boston University', note: '' },
    answer: {
      verdict: 'reply',
      partial: [{ verdict: 'ignore', credit: 0.5, reason: 'Ignoring is safe.' }],
      flags: ['false-classmate'],
      why: 'Ask before you decide.',
      reply: 'Hi Lena, I went to Northeastern, not BU.',
    },
    ...over,
  });
}

let standard: Scenario | undefined;

/** Whether `text`, graded as a reply to `scenario` (default `makeScenario()`), meets `id`. */
export const replyMet = (text: string, id: ReplyCriterionId, scenario?: Scenario) =>
  gradeReply(scenario ?? (standard ??= makeScenario()), text).criteria.find((c) => c.id === id)!
    .met;

/** The person the note tests invite. */
export const NOTE_TARGET = { name: 'Maria Gonzalez', headline: 'Auditor' };

/** Whether `text`, graded as a note to `NOTE_TARGET`, meets `id`. */
export const noteMet = (text: string, id: NoteCriterionId) =>
  gradeNote(NOTE_TARGET, text).criteria.find((c) => c.id === id)!.met;

/** The same scenario through another route. */
export function withRoute(via: ScenarioInput['invitation']['via'], claim = ''): Scenario {
  return makeScenario({ invitation: { via, claim, note: '' } });
}

/** One line of a labelled fixture: a draft, what it answers, and the label per criterion. */
export interface LabelledDraft {
  id: string;
  /** The scenario a reply answers (replies.jsonl). */
  scenario?: unknown;
  /** The person a note invites (notes.jsonl). */
  target?: unknown;
  /** A note's facts, when the exercise gives them: who you are and how you know the target. */
  you?: unknown;
  context?: unknown;
  text: string;
  expect: Record<string, boolean | null>;
}

/** The drafts of a JSON Lines fixture in tests/fixtures/, such as `replies.jsonl`. */
export const labelledDrafts = (file: string): LabelledDraft[] =>
  readFileSync(new URL(`../../fixtures/${file}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as LabelledDraft);
