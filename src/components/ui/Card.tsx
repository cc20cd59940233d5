import { CardView, type CardProps } from './CardView';
import { FLAG_LABELS, ROUTE_LABELS } from './labels';

export { initials, type CardProps } from './CardView';

/**
 * An invitation as LinkedIn shows it: initials for a photo, name, headline, mutual connections,
 * the route ("Classmate · Duke University") and the note, with every label built in. Rendered
 * statically by InvitationCard.astro and by the self-assessment; see ./CardView.
 */
export function Card(props: CardProps) {
  return (
    <CardView {...props} route={ROUTE_LABELS[props.scenario.invitation.via]} flags={FLAG_LABELS} />
  );
}
