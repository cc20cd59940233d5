/**
 * A clarifying reply to start from (lesson 6), built from the facts: the greeting, what the
 * invitation claimed, the correction, a graceful way out, and the two questions. On a quiet route
 * there is nothing to correct: the draft says what is missing instead, and asks the same questions.
 */
import type { Scenario } from '../schemas/scenario';
import { claimStatus, type ClaimStatus } from './flags';
import { bareOrg, firstName, NAMELESS } from './names';
import { noteKind } from './note';

/** The sentence that says what the route claimed. */
function claimSentence(s: Scenario): string {
  const claim = s.invitation.claim;
  const at = claim ? ` at ${claim}` : '';
  switch (s.invitation.via) {
    case 'colleague':
      return `It says we were colleagues${at}.`;
    case 'classmate':
      return `It says we studied together${at}.`;
    case 'worked-together':
      return `It says we worked together${at}.`;
    default:
      return 'It says we are friends.';
  }
}

/** The sentence that states the true fact, from your own school or employer when you gave it. */
function correction(s: Scenario, status: ClaimStatus): string {
  const { via, claim } = s.invitation;
  const own = (via === 'classmate' ? s.you.schools : s.you.employers).map(bareOrg).find(Boolean);
  const there = claim || 'there';
  if (via === 'friend') return "I don't believe we have met, though.";
  if (via === 'worked-together') {
    return status === 'place-only'
      ? `I know ${claim} well, but I don't believe we have worked together.`
      : "I don't believe we have ever worked together.";
  }
  if (status === 'place-only') {
    return `I did ${via === 'classmate' ? 'study' : 'work'} at ${claim}, but I don't believe we have met.`;
  }
  if (via === 'classmate') {
    return own ? `I actually studied at ${own}, not ${there}.` : `I never studied at ${there}.`;
  }
  return own
    ? `I work at ${own} and have never worked at ${there}.`
    : `I have never worked at ${there}.`;
}

/** On a quiet route: what the invitation leaves out. */
function missing(s: Scenario): string {
  const { via, claim, note } = s.invitation;
  const kind = noteKind(note);
  const why =
    kind === 'empty'
      ? "there was no note, so I'm not sure why you would like to connect."
      : kind === 'default'
        ? "the note is LinkedIn's standard one, so I'm not sure why you would like to connect."
        : "your note doesn't say why you would like to connect.";
  if (via === 'other') return `It came through my email address, but ${why}`;
  if (via === 'group')
    return `It says we're both members of ${claim || 'the same group'}, but ${why}`;
  return `${why.charAt(0).toUpperCase()}${why.slice(1)}`;
}

/**
 * Drafts a clarifying reply to the scenario's invitation, about 40 to 110 words. It is written for
 * a sender you do not know: when you know them, there is nothing to clarify (the flow says accept).
 */
export function draftReply(s: Scenario): string {
  const status = claimStatus(s);
  const greeting = `Hello ${firstName(s.sender.name)}, thank you for the invitation.`;
  if (status === 'none' || status === 'true') {
    return [
      greeting,
      missing(s),
      "I like to know the people I connect with, so I'd like to ask before I decide.",
      'How do we know each other? And how do you think I can help you?',
    ].join(' ');
  }
  return [
    greeting,
    claimSentence(s),
    correction(s, status),
    s.you.name !== NAMELESS
      ? `Maybe you clicked on the wrong ${firstName(s.you.name)}?`
      : 'Perhaps you have me mixed up with someone else?',
    'If not, how do we know each other? And how do you think I can help you?',
  ].join(' ');
}
