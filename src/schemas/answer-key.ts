/**
 * The answer-key policy: one table that says, for each kind of situation an invitation puts the
 * learner in, which verdict is best and what every other verdict earns, with the reason the
 * learner is shown. Every scenario names its `situation`; the bank's test derives each key from
 * this table, so the same situation is marked the same way across the bank (docs/scenario-format.md,
 * "Answer-key policy").
 *
 * Plain data (no zod): the instructor guide, the scenario editor and tests read it.
 */
import type { SITUATIONS, VERDICTS } from './constants';

export { DEFAULT_NOTES, isEmptyOrDefaultNote } from './constants';

type Situation = (typeof SITUATIONS)[number];
type Verdict = (typeof VERDICTS)[number];

/** A verdict that earns part of the credit, and the reason shown when a file gives none. */
export interface PolicyCredit {
  credit: number;
  reason: string;
}

/** One row of the policy. */
export interface SituationPolicy {
  /** What the situation is, in the course's words. */
  meaning: string;
  /** The best verdict. */
  best: Verdict;
  /** The other verdicts: credit (0 = no credit) and the reason shown. */
  others: Partial<Record<Verdict, PolicyCredit>>;
}

/** The table, one row per situation. */
export const ANSWER_KEY_POLICY: Record<Situation, SituationPolicy> = {
  'real-relationship': {
    meaning:
      'The claim is true: you really know them (a real classmate, teammate, friend, manager).',
    best: 'accept',
    others: {
      reply: {
        credit: 0.25,
        reason: 'A reply is polite, but you already know this person: there is nothing to clarify.',
      },
      ignore: {
        credit: 0,
        reason: 'Ignoring turns away someone you really know, with a true reason to connect.',
      },
    },
  },
  'honest-stranger': {
    meaning:
      'You have not met, but the note says so honestly and gives a clear reason (a talk, an article, a named introduction, a real question).',
    best: 'accept',
    others: {
      reply: {
        credit: 0.5,
        reason:
          'A question is never rude, but this sender has already told you who they are and why.',
      },
      ignore: {
        credit: 0.25,
        reason:
          'Ignoring is your right with a stranger, but you miss an honest start and a real chance of mutual benefit.',
      },
    },
  },
  'likely-slip': {
    meaning:
      'They probably do know you but picked the wrong route or detail by mistake (met at an event but chose "friend", dates that do not match, the wrong project).',
    best: 'reply',
    others: {
      accept: {
        credit: 0.5,
        reason:
          'They are probably genuine, but accepting builds the connection on a detail that is not true; one friendly question sets it right.',
      },
      ignore: {
        credit: 0.5,
        reason: 'Ignoring is safe, but a likely honest mistake deserves one friendly question.',
      },
    },
  },
  'false-claim-worth-asking': {
    meaning:
      'A false claim (colleague, classmate, worked together, friend) from a stranger whose work could plausibly help you both.',
    best: 'reply',
    others: {
      accept: {
        credit: 0,
        reason: 'Accepting lets a relationship start on something untrue.',
      },
      ignore: {
        credit: 0.5,
        reason:
          'Ignoring is safe, but a short question costs little and this sender could be worth knowing.',
      },
    },
  },
  'unexplained-worth-asking': {
    meaning:
      'The "Other" (email), group or no route, with an empty, default or vague note, from someone whose work could plausibly help you both.',
    best: 'reply',
    others: {
      accept: {
        credit: 0.25,
        reason:
          'They may well be genuine, but accepting without a reason skips the honest start the course asks for.',
      },
      ignore: {
        credit: 0.5,
        reason:
          'Ignoring is reasonable when nothing explains an invitation, but a question could show a real benefit.',
      },
    },
  },
  'no-benefit': {
    meaning: 'No reason and no plausible mutual benefit (an unrelated field, a mass networker).',
    best: 'ignore',
    others: {
      accept: {
        credit: 0,
        reason: 'A connection with no honest reason and no benefit moves neither of you forward.',
      },
      reply: {
        credit: 0.25,
        reason:
          'Replying is polite, but with no possible mutual benefit there is nothing to clarify.',
      },
    },
  },
  pitch: {
    meaning: 'The invitation is a sales pitch, with or without a false claim.',
    best: 'ignore',
    others: {
      accept: {
        credit: 0,
        reason: 'Accepting a pitch invites more pitches; it is not the start of a relationship.',
      },
      reply: {
        credit: 0.25,
        reason: 'A reply is polite, but it opens a sales conversation you did not ask for.',
      },
    },
  },
  scam: {
    meaning: 'A fake or throwaway profile, or the signs of an investment, romance or job scam.',
    best: 'ignore',
    others: {
      accept: {
        credit: 0,
        reason: 'Accepting gives a likely scammer access to you and your network.',
      },
      reply: {
        credit: 0,
        reason: 'Replying to a likely scam tells it that your account is active; ignore it.',
      },
    },
  },
};

/** The partial credit a situation's policy gives, as `answer.partial` lists it (credit > 0). */
export function policyPartials(
  situation: Situation,
): { verdict: Verdict; credit: number; reason: string }[] {
  return Object.entries(ANSWER_KEY_POLICY[situation].others)
    .filter(([, c]) => c.credit > 0)
    .map(([verdict, c]) => ({ verdict: verdict as Verdict, credit: c.credit, reason: c.reason }));
}
