import { CardView, firstName, type CardProps } from './CardView';
import { FLAG_LABELS, routeLine } from './labels';

export { initials, type CardProps } from './CardView';

/**
 * An invitation as LinkedIn's invitation view shows it (see ./CardView), with every label built
 * in. Rendered statically by InvitationCard.astro, the exercises' wrappers and the self-assessment.
 */
export function Card(props: CardProps) {
  const { sender, invitation } = props.scenario;
  return (
    <CardView
      {...props}
      route={routeLine(firstName(sender.name), invitation.via, invitation.claim)}
      flags={FLAG_LABELS}
    />
  );
}
