/**
 * A real invitation as a learner describes it on `/my-invitation/`: what the card shows (the
 * sender, the route and its claim, the note, anything odd on the profile) and the learner's own
 * facts (is the claim true? do they know the sender? is there any possible mutual benefit?).
 * `src/invitation/` turns it into a scenario of the bank's shape and reads it with the course's
 * rules.
 *
 * Written with `zod/mini` rather than `zod`: the page validates a description kept on the device
 * before it uses it, and the mini build keeps the page light. Every string and array has a
 * maximum, so stored data cannot make the page hold or render huge values. While the learner is
 * still answering, fields are empty (`''`) or absent; the page asks for what it needs.
 */
import * as z from 'zod/mini';
import { ROUTES } from './constants';

/** Routes as LinkedIn names them; re-exported so the page needs one import. */
export { ROUTES };

/**
 * What the learner says about the claim of a claiming route (colleague, classmate, worked
 * together, friend): `yes` it is true; `place-only` they were at that school or company, but not
 * with the sender (or not at the same time); `no` they never were. A friend claim is `yes` or `no`.
 */
export const CLAIM_ANSWERS = ['yes', 'place-only', 'no'] as const;
/** One of {@link CLAIM_ANSWERS}. */
export type ClaimAnswer = (typeof CLAIM_ANSWERS)[number];

/** Lesson 5's central question, "is there any possible mutual benefit?", as the learner answers it. */
export const BENEFIT_ANSWERS = ['yes', 'no', 'unsure'] as const;
/** One of {@link BENEFIT_ANSWERS}. */
export type BenefitAnswer = (typeof BENEFIT_ANSWERS)[number];

/** Yes or no, for "do you know this person?" on the quiet routes (other, group, none). */
export const YES_NO = ['yes', 'no'] as const;
/** One of {@link YES_NO}. */
export type YesNo = (typeof YES_NO)[number];

/** The signs of a fake or suspicious profile that lesson 4 lists, as the learner ticks them. */
export const PROFILE_SIGNS = [
  'stock-photo',
  'new-account',
  'grand-headline',
  'misspellings',
  'flattery',
  'asks-for-details',
  'copies-someone',
] as const;
/** One of {@link PROFILE_SIGNS}. */
export type ProfileSign = (typeof PROFILE_SIGNS)[number];

const text = (max: number) => z.string().check(z.maxLength(max));

/** The sender as their profile shows them. */
export const describedSenderSchema = z.object({
  /** Full name as the invitation shows it; required before the page moves on. */
  name: text(80),
  /** The headline under the name ('' if the learner leaves it out). */
  headline: text(220),
  /** Mutual connections LinkedIn shows. */
  mutualConnections: z.number().check(z.int(), z.gte(0), z.lte(30000)),
});

/** The learner's own facts that the draft reply may use. */
export const describedYouSchema = z.object({
  /** The learner's first name, for the reply's way out ("Maybe you clicked on the wrong Owen?"); optional. */
  name: text(80),
  /**
   * The learner's own school (classmate route) or employer (colleague, worked together), for the
   * correction ("I studied at NC State, not Duke"); optional.
   */
  place: text(120),
});

/** A described invitation, version 1 of the shape. */
export const invitationDescriptionSchema = z.object({
  sender: describedSenderSchema,
  /** The route the invitation shows; `none` when LinkedIn shows no route. Absent until answered. */
  via: z.optional(z.enum(ROUTES)),
  /** The school, company or group the route names ('' if none). */
  claim: text(120),
  /** The note as pasted ('' if there was none). LinkedIn cuts notes at 300 characters. */
  note: text(300),
  /** Claiming routes only: is the claim true? Absent until answered. */
  claimHolds: z.optional(z.enum(CLAIM_ANSWERS)),
  /** Quiet routes only (other, group, none): do you know the sender personally? */
  knowThem: z.optional(z.enum(YES_NO)),
  you: describedYouSchema,
  /** Signs of a fake or suspicious profile the learner noticed. */
  profileSigns: z.array(z.enum(PROFILE_SIGNS)).check(z.maxLength(PROFILE_SIGNS.length)),
  /** Anything else odd on the profile, in the learner's words (shown on the card, no flag by itself). */
  profileOther: text(200),
  /** "Is there any possible mutual benefit?" Absent until the flow needs it and the learner answers. */
  benefit: z.optional(z.enum(BENEFIT_ANSWERS)),
});

/** A described invitation. */
export type InvitationDescription = z.infer<typeof invitationDescriptionSchema>;

/** A description with nothing filled in yet: where the page starts, and what "Forget" returns to. */
export function emptyDescription(): InvitationDescription {
  return {
    sender: { name: '', headline: '', mutualConnections: 0 },
    claim: '',
    note: '',
    you: { name: '', place: '' },
    profileSigns: [],
    profileOther: '',
  };
}
