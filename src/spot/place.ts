import type { Mark, RedFlag } from '~/schemas/scenario';

/** The flags about a missing reason: on a card with no note, "No note" shows them. */
export const REASON_FLAGS: readonly RedFlag[] = [
  'no-reason',
  'unexplained-other',
  'unexplained-group',
];

/** Where on the card a mark is drawn. */
export type MarkPlace = 'profile' | 'route' | 'note' | 'no-note';

/**
 * Where a mark is drawn on the card: profile marks on the profile, note marks on their words,
 * route marks on the route line, except on "No note" when the note is empty and the flag is about
 * a missing reason, or the card has no route line to draw on (the `none` route).
 */
export function markPlace(
  mark: Pick<Mark, 'on' | 'flag'>,
  hasRoute: boolean,
  hasNote: boolean,
): MarkPlace {
  if (mark.on == 'route' && !hasNote && (!hasRoute || REASON_FLAGS.includes(mark.flag)))
    return 'no-note';
  return mark.on;
}
