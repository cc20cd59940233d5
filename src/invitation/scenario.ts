/**
 * A described invitation becomes a scenario of the bank's shape (pool `practice`), so that the
 * course's rules, the card and the grader read it exactly as they read the bank's. The answer
 * key is filled from the rules: the flags and their marks, the recommended verdict and why, and
 * a model reply.
 */
import type { InvitationDescription } from '../schemas/invitation-description';
import { CLAIMING_ROUTES } from '../schemas/constants';
import type { Persona, Scenario } from '../schemas/scenario';
import { readInvitation } from './flags';
import { clip, NAMELESS } from './names';
import { PROFILE_SIGN_TEXT } from './profile';
import { recommend } from './recommend';
import { draftReply } from './reply';

/** The id every described invitation gets: there is only ever one on the page. */
export const MY_INVITATION_ID = 'my-invitation';

/** The learner's facts as a persona: where they were, and whether they know the sender. */
function persona(d: InvitationDescription): Persona {
  const via = d.via ?? 'none';
  const claiming = CLAIMING_ROUTES.includes(via);
  const knows = claiming ? d.claimHolds === 'yes' : d.knowThem === 'yes';
  // Where you were: the claimed place when you were there, else the place you named.
  const there = claiming && d.claimHolds !== 'no' && d.claim.trim() ? [d.claim.trim()] : [];
  const places = there.length ? there : d.you.place.trim() ? [d.you.place.trim()] : [];
  return {
    name: d.you.name.trim() || NAMELESS,
    schools: via === 'classmate' ? places : [],
    employers: via === 'colleague' || via === 'worked-together' ? places : [],
    groups: via === 'group' && d.claim.trim() ? [d.claim.trim()] : [],
    knows: knows ? [d.sender.name.trim()] : [],
  };
}

/**
 * Turns a description into a scenario. Fields the learner has not filled yet get neutral values
 * (no route, no note), and the verdict waits for the benefit answer as "not sure" would: reply.
 */
export function toScenario(d: InvitationDescription): Scenario {
  const via = d.via ?? 'none';
  const base: Scenario = {
    id: MY_INVITATION_ID,
    title: clip(`${d.sender.name.trim() || 'Someone'}'s invitation`, 140),
    level: 1,
    lessons: [],
    pool: 'practice',
    you: persona(d),
    sender: {
      name: d.sender.name.trim() || 'Someone',
      headline: d.sender.headline.trim(),
      mutualConnections: d.sender.mutualConnections,
      profile: [
        ...d.profileSigns.map((sign) => PROFILE_SIGN_TEXT[sign]),
        ...(d.profileOther.trim() ? [d.profileOther.trim()] : []),
      ],
    },
    invitation: {
      via,
      claim: via === 'friend' || via === 'other' || via === 'none' ? '' : d.claim.trim(),
      note: d.note.trim(),
    },
    answer: { verdict: 'reply', partial: [], flags: [], why: '', marks: [] },
  };
  const reading = readInvitation(base);
  const { findings } = reading;
  const advice = recommend(base, d.benefit ?? 'unsure', reading);
  const verdict = advice.verdict ?? 'reply';
  return {
    ...base,
    answer: {
      verdict,
      partial: [],
      flags: findings.map((f) => f.flag),
      why: advice.why,
      reply: verdict === 'reply' ? draftReply(base) : undefined,
      marks: findings.map(({ flag, on, text, explain }) => ({ flag, on, text, explain })),
    },
  };
}
