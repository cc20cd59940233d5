import type { ComponentChildren } from 'preact';
import type { Invitation, Mark, RedFlag, Sender } from '~/schemas/scenario';
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
  /** The route in words ("Classmate"), '' for none. */
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
 * An invitation as LinkedIn shows it: initials for a photo, name, headline, mutual connections,
 * the route ("Classmate · Duke University") and the note. The verdict island renders it with the
 * words it got as props, so that "Show me" can pass `marks`; elsewhere use ./Card.
 */
export function CardView({
  scenario: { sender, invitation },
  marks = [],
  level = 3,
  route,
  flags,
}: CardProps & CardWords) {
  const Heading = `h${level}` as 'h3';
  const numbered = marks.map((mark, i) => ({ ...mark, n: i + 1 }));
  const numbersOn = (place: Mark['on']) => numbered.filter((m) => m.on == place).map((m) => m.n);
  const noteMarks = numbered.filter((m) => m.on == 'note');
  const mutual = sender.mutualConnections;
  return (
    <article class="invitation-card">
      <div class="ic-head">
        <span class="ic-avatar" aria-hidden="true">
          {initials(sender.name)}
        </span>
        <div>
          <Heading class="ic-name">{sender.name}</Heading>
          <p class="ic-headline">
            <Marked numbers={numbersOn('profile')}>{sender.headline || 'No headline'}</Marked>
          </p>
          <p class="ic-meta">
            {mutual
              ? `${mutual} mutual connection${mutual > 1 ? 's' : ''}`
              : 'No mutual connections'}
            {sender.location && ` · ${sender.location}`}
          </p>
        </div>
      </div>
      {sender.profile.length > 0 && (
        <ul class="ic-profile">
          {sender.profile.map((fact) => (
            <li>{fact}</li>
          ))}
        </ul>
      )}
      {route && (
        <p class="ic-route">
          <span class="visually-hidden">How they say they know you: </span>
          <Marked numbers={numbersOn('route')}>
            {route}
            {invitation.claim && ` · ${invitation.claim}`}
          </Marked>
        </p>
      )}
      {invitation.note ? (
        <blockquote class="ic-note">
          {splitAtMarks(
            invitation.note,
            noteMarks.map((m) => m.text),
          ).map((segment) =>
            segment.mark < 0 ? (
              segment.text
            ) : (
              <Marked numbers={[noteMarks[segment.mark]!.n]}>{segment.text}</Marked>
            ),
          )}
        </blockquote>
      ) : (
        <p class="ic-note ic-no-note">No note</p>
      )}
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
