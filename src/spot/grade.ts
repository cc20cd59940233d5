import type { GradeResult } from '~/grader/types';
import { scoreSpot } from './score';
import type { SpotPart, SpotTask } from './task';

/** Id of the criterion "nothing else marked"; the targets' criteria are `spot:1`, `spot:2`… */
export const NOTHING_ELSE = 'spot:nothing-else';

/** A part in words, for feedback: "the headline", "“Hi Priya,”". */
export function partInWords(part: Pick<SpotPart, 'place' | 'text'>): string {
  if (part.place == 'headline') return 'the headline';
  if (part.place == 'route') return 'the route line';
  return `“${part.text}”`;
}

const PLACE_WORDS = {
  headline: 'the profile',
  fact: 'the profile',
  route: 'the route line',
  note: 'the note',
  'no-note': 'the missing note',
};

/**
 * Grades a spot-it answer as the exercises' feedback shows it: one criterion per red flag of the
 * task (`spot:<n>`, found or not, with where to look again), and `spot:nothing-else`, met when
 * something was marked and every part marked shows a red flag. Passed when all are met.
 */
export function gradeSpot(task: SpotTask, selected: readonly string[]): GradeResult {
  const score = scoreSpot(task, selected);
  const partOf = (id: string) => task.parts.find((p) => p.id == id);
  const criteria = task.targets.map((target, i) => {
    const met = score.found.includes(i);
    const where = PLACE_WORDS[partOf(target.parts[0]!)?.place ?? 'note'];
    return {
      id: `spot:${i + 1}`,
      met,
      feedback: met ? `Found. ${target.explain}` : `Not marked yet: look again at ${where}.`,
    };
  });
  const alarms = score.falseAlarms.map((id) => partOf(id)).filter((p) => !!p);
  const nothingElse = selected.length > 0 && !alarms.length;
  criteria.push({
    id: NOTHING_ELSE,
    met: nothingElse,
    feedback: nothingElse
      ? 'Everything you marked shows a red flag.'
      : selected.length
        ? `Nothing wrong with ${alarms.map(partInWords).join(', ')}: ${alarms.length > 1 ? 'they are' : 'it is'} fine as ${alarms.length > 1 ? 'they are' : 'it is'}.`
        : 'Mark the parts of the card that make you suspicious, then check.',
  });
  const points = criteria.filter((c) => c.met).length;
  return { score: points, maxScore: criteria.length, passed: score.passed, criteria };
}
