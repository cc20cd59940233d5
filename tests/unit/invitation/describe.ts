/**
 * A learner describing a bank scenario on `/my-invitation/`: they copy what the card shows and
 * answer from their own facts, as the page asks. Only the card and `you` are read, never the
 * answer key, with one exception: lesson 5's "is there any possible mutual benefit?" is the
 * learner's own judgement, which no rule can make for them; here it is the instructor's, read from
 * the key (a possible benefit unless the key says ignore).
 */
import { CLAIMING_ROUTES } from '~/schemas/constants';
import type { InvitationDescription, ProfileSign } from '~/schemas/invitation-description';
import type { Scenario } from '~/schemas/scenario';

/** A place without its bracketed note, in lower case: "Helix Pharma (2019 to now)" is Helix Pharma. */
const place = (name: string) =>
  name
    .replace(/\s*\([^)]*\)\s*$/, '')
    .trim()
    .toLowerCase();

/**
 * What a reader of the card's profile facts ticks, by what each fact says. A brand-new account is
 * no sign of a fake when you know the person on it; a copy of someone you know always is.
 */
const SIGN_CUES: { sign: ProfileSign; cue: RegExp; strangersOnly?: boolean }[] = [
  {
    sign: 'stock-photo',
    cue: /\b(photo|image|portrait|headshot)\b.*\b(stock|model|magazine|studio|blurred)\b|\b(stock|model'?s|magazine)\b.*\b(photo|image|portrait|headshot)\b|same photo appears|appears in image searches/i,
  },
  {
    sign: 'new-account',
    cue: /\b(days?|weeks?|months?) old\b|\bcreated (last month|.* ago)\b|\bno work history\b/i,
    strangersOnly: true,
  },
  { sign: 'misspellings', cue: /\bmisspel/i },
  { sign: 'copies-someone', cue: /\balready connected to the real\b/i },
];

/** Fills the page's description of `s` the way its learner would. */
export function describeScenario(s: Scenario): InvitationDescription {
  const { via, claim, note } = s.invitation;
  const claiming = CLAIMING_ROUTES.includes(via);
  const knows = s.you.knows.includes(s.sender.name);
  const ownPlaces = via === 'classmate' ? s.you.schools : via === 'friend' ? [] : s.you.employers;
  const wasThere = !!claim && ownPlaces.some((p) => place(p) === place(claim));
  const cues = SIGN_CUES.filter((c) => !(c.strangersOnly && knows));
  const signs = cues.filter(({ cue }) => s.sender.profile.some((fact) => cue.test(fact)));
  const otherFacts = s.sender.profile.filter((fact) => !cues.some(({ cue }) => cue.test(fact)));
  return {
    sender: {
      name: s.sender.name,
      headline: s.sender.headline,
      mutualConnections: s.sender.mutualConnections,
    },
    via,
    claim,
    note,
    claimHolds: claiming ? (knows ? 'yes' : wasThere ? 'place-only' : 'no') : undefined,
    knowThem: claiming ? undefined : knows ? 'yes' : 'no',
    you: { name: s.you.name, place: ownPlaces[0]?.replace(/\s*\([^)]*\)\s*$/, '') ?? '' },
    profileSigns: signs.map(({ sign }) => sign),
    profileOther: otherFacts.join(' ').slice(0, 200),
    benefit: s.answer.verdict === 'ignore' ? 'no' : 'yes',
  };
}
