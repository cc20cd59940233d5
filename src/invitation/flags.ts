/**
 * The red flags an invitation shows, read from a scenario the way the bank's answer key reads
 * them: the route's claim against your facts, the note (with the grader's rules, see ./note), and
 * the signs of a fake profile you noticed. Each flag comes with what to notice, in the course's
 * words, and the lesson that explains it.
 */
import { CLAIMING_ROUTES, FALSE_CLAIM_FLAG, RED_FLAGS } from '../schemas/constants';
import type { Mark, RedFlag, Route, Scenario } from '../schemas/scenario';
import { FLAG_LESSONS, type LessonRef } from './lessons';
import { clip, firstName, sameName, sameOrg } from './names';
import { readNote, type NoteReading } from './note';
import { PROFILE_SIGN_TEXT, profileSigns } from './profile';

/** One red flag, where it shows on the card, what to notice and where the course explains it. */
export interface FlagFinding {
  flag: RedFlag;
  on: Mark['on'];
  /** Exact words of the note that show it, when `on` is note. */
  text?: string;
  explain: string;
  lesson: LessonRef;
}

/**
 * The route's claim against your facts: `none` the route claims nothing (other, group, none);
 * `true` you know the sender, so the shared past is real; `place-only` you were at the school or
 * company it names, but not with the sender; `false` you never were.
 */
export type ClaimStatus = 'none' | 'true' | 'place-only' | 'false';

/** Everything the course reads in an invitation. */
export interface InvitationReading {
  /** You know the sender personally, and the profile looks like theirs. */
  knowsSender: boolean;
  claim: ClaimStatus;
  note: NoteReading;
  /** The red flags, in the order of `RED_FLAGS`. */
  findings: FlagFinding[];
}

/** True when the sender's name is among the people the persona knows. */
const namesSomeoneYouKnow = (s: Pick<Scenario, 'you' | 'sender'>): boolean =>
  s.you.knows.some((person) => sameName(person, s.sender.name));

/**
 * True when the persona knows the sender: the relationship the route claims is real. A profile
 * with signs of a fake account is not the person you know, even under their name (impersonation).
 */
export const knowsSender = (s: Pick<Scenario, 'you' | 'sender'>): boolean =>
  namesSomeoneYouKnow(s) && profileSigns(s.sender.profile).length === 0;

/** The organisations of yours that a route's claim is about. */
const ownPlaces = (via: Route, you: Scenario['you']) =>
  via === 'classmate' ? you.schools : via === 'friend' ? [] : you.employers;

/** How the route's claim stands against your facts. */
export function claimStatus(s: Pick<Scenario, 'you' | 'sender' | 'invitation'>): ClaimStatus {
  const { via, claim } = s.invitation;
  if (!CLAIMING_ROUTES.includes(via)) return 'none';
  if (knowsSender(s)) return 'true';
  return claim && ownPlaces(via, s.you).some((place) => sameOrg(place, claim))
    ? 'place-only'
    : 'false';
}

/** What the route says, as the card's notes put it. */
function routeSays(via: Route, claim: string): string {
  const at = claim ? ` at ${claim}` : '';
  if (via === 'colleague') return `The route says you were colleagues${at}`;
  if (via === 'classmate') return `The route says you studied together${at}`;
  if (via === 'worked-together') return `The route says you worked together${at}`;
  return 'The route says you are friends';
}

/** What is untrue about a claiming route. */
function claimExplain(s: Scenario, status: ClaimStatus): string {
  const { via, claim } = s.invitation;
  const who = firstName(s.sender.name);
  const said = routeSays(via, claim);
  if (namesSomeoneYouKnow(s)) {
    return `${said}, but this profile shows signs of a fake account: it may not be the ${who} you know.`;
  }
  if (status === 'place-only') return `${said}. You were there, but not with ${who}.`;
  if (via === 'colleague') return `${said}, but you never worked there.`;
  if (via === 'classmate') return `${said}, but you never studied there.`;
  if (via === 'worked-together') return `${said}, but you have never worked with ${who}.`;
  return `${said}, but you have never met ${who}.`;
}

/** Why a quiet route's note gives no honest reason. */
function missingReason(note: NoteReading, who: string, fake: boolean): string {
  if (note.kind === 'empty') return 'There is no note';
  if (note.kind === 'default') return "The note is LinkedIn's default text";
  if (note.pitch) return 'The note sells instead';
  if (note.honest && fake) return 'The profile looks fake, so its reason cannot be trusted';
  if (!note.how && !note.reason) return `The note does not say how ${who} knows of you, or why`;
  return note.how
    ? `The note does not say why ${who} wants to connect`
    : `The note does not say how ${who} knows of you`;
}

/**
 * Reads an invitation: the claim against your facts, the note and the profile, and the red flags
 * they show.
 *
 * - A claiming route (colleague, classmate, worked together, friend) is false unless you know the
 *   sender: being at the same school or company is not the shared past it claims.
 * - An empty note or LinkedIn's default note gives no reason (`no-reason`), on any route, unless
 *   you know the sender: from your former manager, an empty note is no warning sign.
 * - The Other and Group routes need a clear, honest reason in the note: how they know of you and
 *   why they write, with no pitch and from a profile that looks real.
 * - A pitch is what `gradeNote`'s `no-pitch` criterion finds in the note.
 * - A suspicious profile is one where you ticked a sign of a fake account.
 */
export function readInvitation(s: Scenario): InvitationReading {
  const { via, claim: claimed, note: text } = s.invitation;
  const who = firstName(s.sender.name);
  const knows = knowsSender(s);
  const claim = claimStatus(s);
  const note = readNote(text, s.you);
  const signs = profileSigns(s.sender.profile);
  const found = new Map<RedFlag, Omit<FlagFinding, 'flag' | 'lesson'>>();

  if (claim === 'place-only' || claim === 'false') {
    found.set(FALSE_CLAIM_FLAG[via]!, { on: 'route', explain: claimExplain(s, claim) });
  }
  if (!knows && note.kind !== 'written') {
    found.set(
      'no-reason',
      note.kind === 'default'
        ? {
            on: 'note',
            text,
            explain: "This is LinkedIn's default note: it gives no reason to connect.",
          }
        : {
            on: 'route',
            explain: `There is no note, so nothing says why ${who} wants to connect.`,
          },
    );
  }
  if ((via === 'other' || via === 'group') && !knows && !(note.honest && !signs.length)) {
    const because = missingReason(note, who, signs.length > 0);
    found.set(
      via === 'other' ? 'unexplained-other' : 'unexplained-group',
      via === 'other'
        ? { on: 'route', explain: `It came through "Other", with your email address. ${because}.` }
        : {
            on: 'route',
            explain: `A shared group${claimed ? ` (${claimed})` : ''} is its only reason. ${because}.`,
          },
    );
  }
  if (note.pitch) {
    found.set('sales-pitch', {
      on: 'note',
      text: note.pitch,
      explain: `The note sells ("${note.pitch}"): a first message that exists to make a sale starts a sales process, not a relationship.`,
    });
  }
  if (signs.length) {
    found.set('suspicious-profile', {
      on: 'profile',
      explain: `Signs of a fake account: ${signs.map((sign) => PROFILE_SIGN_TEXT[sign].replace(/\.$/, '')).join('; ')}.`,
    });
  }
  const findings = RED_FLAGS.flatMap((flag) => {
    const f = found.get(flag);
    return f ? [{ flag, ...f, explain: clip(f.explain, 400), lesson: FLAG_LESSONS[flag] }] : [];
  });
  return { knowsSender: knows, claim, note, findings };
}

/** The red flags an invitation shows, in the order of `RED_FLAGS`; see `readInvitation`. */
export const detectFlags = (scenario: Scenario): RedFlag[] =>
  readInvitation(scenario).findings.map((f) => f.flag);
