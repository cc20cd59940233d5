import type { ComponentChildren } from 'preact';
import type { Invitation, Mark, RedFlag, Sender } from '~/schemas/scenario';
import { markPlace } from '~/spot/place';
import { CardActions } from './CardActions';
import { splitAtMarks } from './marks';

/** What the card shows of a scenario. */
export interface CardProps {
  scenario: { sender: Sender; invitation: Invitation };
  /** Red flags to mark on the card, each explained in a numbered list under it. */
  marks?: readonly Mark[];
  /** Heading level of the sender's name: 3 on its own, 4 inside an exercise. */
  level?: 3 | 4;
}

/** The words a card needs besides the scenario; ./Card fills them in from ./labels. */
export interface CardWords {
  /** The route line ("Betty says you were classmates at Duke University"), '' for none. */
  route: string;
  /** Names of the red flags that `marks` may explain. */
  flags: Partial<Record<RedFlag, string>>;
}

/** "BC" for Betty Carter: the first letters of the first and last words. */
export function initials(name: string): string {
  const words = name.split(/\s+/).filter(Boolean);
  const first = (word?: string) => (word ? [...word][0]!.toUpperCase() : '');
  return first(words[0]) + (words.length > 1 ? first(words[words.length - 1]) : '');
}

/** The sender's first name, as LinkedIn uses it in "Reply to Betty". */
export const firstName = (name: string): string => name.trim().split(/\s+/)[0] ?? name;

/** "2 mutual connections · Raleigh, NC": the line under the headline. */
export function mutualLine(sender: Pick<Sender, 'mutualConnections' | 'location'>): string {
  const n = sender.mutualConnections;
  const mutual = n ? `${n} mutual connection${n > 1 ? 's' : ''}` : 'No mutual connections';
  return sender.location ? `${mutual} · ${sender.location}` : mutual;
}

function Marked({ numbers, children }: { numbers: number[]; children: ComponentChildren }) {
  if (!numbers.length) return <>{children}</>;
  return (
    <>
      <mark class="ic-mark">
        <span class="visually-hidden">Red flag {numbers.join(' and ')}: </span>
        {children}
      </mark>
      <sup class="ic-ref" aria-hidden="true">
        {numbers.join(',')}
      </sup>
    </>
  );
}

/**
 * An invitation as LinkedIn's invitation view shows it: initials in a circle for a photo, name,
 * headline, mutual connections, the route line, the note, then the Reply link and the Ignore and
 * Accept buttons, drawn but inert (see CardActions). No logo or trademark. Profile facts a careful
 * reader would notice follow the headline. Rendered statically (./Card fills in the words).
 */
export function CardView({
  scenario: { sender, invitation },
  marks = [],
  level = 3,
  route,
  flags,
}: CardProps & CardWords) {
  const Heading = `h${level}` as 'h3';
  const numbered = marks.map((mark, i) => ({
    ...mark,
    n: i + 1,
    place: markPlace(mark, !!route, !!invitation.note),
  }));
  const numbersOn = (place: string) => numbered.filter((m) => m.place == place).map((m) => m.n);
  const noteMarks = numbered.filter((m) => m.on == 'note');
  // Two flags on the same words share one mark: "Red flag 2 and 3".
  const noteTexts = [...new Set(noteMarks.map((m) => m.text))];
  const first = firstName(sender.name);
  return (
    <article class="invitation-card">
      <div class="ic-head">
        <span class="ic-avatar" aria-hidden="true">
          {initials(sender.name)}
        </span>
        <div class="ic-who">
          <Heading class="ic-name">{sender.name}</Heading>
          <p class="ic-headline">
            <Marked numbers={numbersOn('profile')}>{sender.headline || 'No headline'}</Marked>
          </p>
          <p class="ic-meta">{mutualLine(sender)}</p>
        </div>
      </div>
      {sender.profile.length > 0 && (
        <div class="ic-profile">
          <p class="ic-profile-title">On the profile</p>
          <ul>
            {sender.profile.map((fact) => (
              <li>{fact}</li>
            ))}
          </ul>
        </div>
      )}
      {route && (
        <p class="ic-route">
          <Marked numbers={numbersOn('route')}>{route}</Marked>
        </p>
      )}
      {invitation.note ? (
        <blockquote class="ic-note">
          {splitAtMarks(invitation.note, noteTexts).map((segment) =>
            segment.mark < 0 ? (
              segment.text
            ) : (
              <Marked
                numbers={noteMarks.filter((m) => m.text == noteTexts[segment.mark]).map((m) => m.n)}
              >
                {segment.text}
              </Marked>
            ),
          )}
        </blockquote>
      ) : (
        <p class="ic-note ic-no-note">
          <Marked numbers={numbersOn('no-note')}>No note</Marked>
        </p>
      )}
      <CardActions first={first} hasNote={!!invitation.note} />
      {numbered.length > 0 && (
        <div class="ic-notes">
          <p class="ic-notes-title">What to notice</p>
          <ol>
            {numbered.map((m) => (
              <li>
                <strong>{flags[m.flag]}:</strong> {m.explain}
              </li>
            ))}
          </ol>
        </div>
      )}
    </article>
  );
}
