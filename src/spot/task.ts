import type { RedFlag, Scenario } from '~/schemas/scenario';
import { notePhrases, phrasesOver } from './phrases';
import { markPlace } from './place';

/** Where on the card a markable part sits. */
export type SpotPlace = 'headline' | 'fact' | 'route' | 'note' | 'no-note';

/** One part of the card the learner can mark: the headline, a profile fact, the route line, a phrase of the note or "No note". */
export interface SpotPart {
  /** `headline`, `fact-<i>`, `route`, `note-<i>` or `no-note`. */
  id: string;
  place: SpotPlace;
  /** The words shown. */
  text: string;
  /** The whitespace after a phrase of the note, before the next one. */
  after?: string;
}

/** A red flag of the scenario (one of its `answer.marks`), found by marking any of `parts`. */
export interface SpotTarget {
  flag: RedFlag;
  explain: string;
  /** Ids of the parts that show it: marking any of them finds it. */
  parts: string[];
  /** Ids of the parts "Show me" marks it on, as the static card draws it (see ./place). */
  shown: string[];
}

/** What the spot-it exercise needs: the card's markable parts in reading order and the flags to find. */
export interface SpotTask {
  parts: SpotPart[];
  targets: SpotTarget[];
}

/**
 * The spot-it task of a scenario: the card's markable parts (the headline, each profile fact,
 * the route line `route` as the card words it, each phrase of the note, or "No note") and one
 * target per mark of `answer.marks`. A profile mark is found on the headline or any profile
 * fact (and shown on the facts, or the headline when there are none); a route mark on the route
 * line, or on "No note" when the note is empty and the flag is about a missing reason (or the
 * card shows no route line), and shown where the static card draws it; a note mark on the phrase
 * that holds its text. A mark no part can show is left out.
 */
export function spotTask(
  scenario: Pick<Scenario, 'sender' | 'invitation' | 'answer'>,
  route: string,
): SpotTask {
  const { sender, invitation, answer } = scenario;
  const note = invitation.note;
  const ranges = notePhrases(
    note,
    answer.marks.map((m) => (m.on == 'note' ? m.text : undefined)),
  );
  const parts: SpotPart[] = [
    { id: 'headline', place: 'headline', text: sender.headline || 'No headline' },
    ...sender.profile.map((text, i) => ({ id: `fact-${i}`, place: 'fact' as const, text })),
  ];
  if (route) parts.push({ id: 'route', place: 'route', text: route });
  if (!note) parts.push({ id: 'no-note', place: 'no-note', text: 'No note' });
  ranges.forEach(([start, end], i) => {
    const after = note.slice(end, ranges[i + 1]?.[0] ?? end);
    parts.push({
      id: `note-${i}`,
      place: 'note',
      text: note.slice(start, end),
      ...(after && { after }),
    });
  });
  const profile = parts.filter((p) => p.place == 'headline' || p.place == 'fact').map((p) => p.id);
  const facts = profile.filter((id) => id != 'headline');
  const targets = answer.marks
    .map((mark): SpotTarget => {
      let ids: string[] = [];
      let shown: string[] = [];
      const place = markPlace(mark, !!route, !!note);
      if (mark.on == 'profile') {
        ids = profile;
        shown = facts.length ? facts : ['headline'];
      } else if (mark.on == 'route') {
        if (route) ids.push('route');
        if (place == 'no-note') ids.push('no-note');
        shown = [place == 'no-note' ? 'no-note' : 'route'];
      } else {
        const start = mark.text ? note.indexOf(mark.text) : -1;
        if (start >= 0)
          ids = phrasesOver(ranges, start, start + mark.text!.length).map((i) => `note-${i}`);
        shown = ids;
      }
      return { flag: mark.flag, explain: mark.explain, parts: ids, shown };
    })
    .filter((target) => target.parts.length > 0);
  return { parts, targets };
}
