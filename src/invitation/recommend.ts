/**
 * Lesson 5's decision flow, walked for one invitation: know them and all true, accept; a pitch or
 * a fake, ignore; a clear, honest reason, accept; no possible mutual benefit, ignore; otherwise
 * reply without accepting. Every step says why, in the course's words.
 */
import type { BenefitAnswer } from '../schemas/invitation-description';
import type { Scenario, Verdict } from '../schemas/scenario';
import { readInvitation, type InvitationReading } from './flags';
import { firstName } from './names';

/** The questions of the flow, as lesson 5 asks them. */
export const FLOW_QUESTIONS = {
  1: 'Do you really know this person, and is everything the invitation says true?',
  2: 'Is it a sales pitch, or does the profile look fake?',
  3: 'Does the note give a clear, honest reason: how they know of you, and why they write?',
  4: 'Is there any possible mutual benefit?',
} as const;
/** A step of the flow that asks a question. */
export type FlowStep = keyof typeof FLOW_QUESTIONS;

/** One question of the flow, answered for this invitation. */
export interface FlowAnswer {
  step: FlowStep;
  question: string;
  answer: BenefitAnswer;
  /** Why the answer is what it is: your facts, or what the note and the profile show. */
  because: string;
}

/** Where the flow ends for this invitation. */
export interface Recommendation {
  /** The action; null while the flow waits for the learner's answer to question 4. */
  verdict: Verdict | null;
  /** The questions walked, in order, up to the one that decided. */
  walked: FlowAnswer[];
  /** Why this action, in the course's words ('' while waiting). */
  why: string;
  /** True when the flow reached question 4, so the learner's own answer decides. */
  asksBenefit: boolean;
}

/** Why each action, once the flow has reached it (the action itself is named apart). */
export const VERDICT_WHY = {
  known:
    'The relationship is real, and that is reason enough. An empty or default note from someone you know is not a warning sign.',
  pitch:
    'A first message that exists to get a meeting or a sale starts a sales process, not a relationship of mutual benefit. If you ever need what they sell, you can find them.',
  fake: 'Share nothing, and report the profile if you wish. LinkedIn does not tell the sender that you ignored the invitation.',
  honest:
    'This is an honest stranger: the note says how they know of you and why they are writing, which is exactly what an invitation should do.',
  noBenefit:
    'There is no honest reason and no possible benefit, and you owe a stranger no explanation. Ignoring is polite: LinkedIn does not tell the sender, and your network stays meaningful.',
  reply:
    'Something is unclear or untrue, but there might be a benefit worth one question. Correct what is false, ask how you know each other, and ask how they think you can help. A reply leaves the invitation pending.',
} as const;

function step(n: FlowStep, answer: BenefitAnswer, because: string): FlowAnswer {
  return { step: n, question: FLOW_QUESTIONS[n], answer, because };
}

/** Why question 1 is answered no: the false claim's explanation, or that you do not know them. */
function notKnown(reading: InvitationReading, who: string): string {
  const falseClaim = reading.findings.find((f) => f.flag.startsWith('false-'));
  return falseClaim ? falseClaim.explain : `You do not know ${who} personally.`;
}

/** Why question 3 is answered no. */
function noHonestReason(reading: InvitationReading, who: string): string {
  const falseClaim = reading.findings.find((f) => f.flag.startsWith('false-'));
  if (falseClaim)
    return 'Something in it is false: the route claims a shared past you do not have.';
  const { note } = reading;
  if (note.kind === 'empty') return 'There is no note, so there is no reason.';
  if (note.kind === 'default') return "The note is LinkedIn's default text: no reason given.";
  if (!note.how && !note.reason)
    return `The note says neither how ${who} knows of you nor why they write.`;
  return note.how
    ? `The note says how ${who} knows of you ("${note.how}"), but not why they write.`
    : `The note gives a reason ("${note.reason}"), but not how ${who} knows of you.`;
}

/**
 * Walks lesson 5's flow for an invitation. `benefit` is the learner's answer to "is there any
 * possible mutual benefit?"; it only counts when the flow reaches that question, and without it
 * the flow stops there (`verdict: null`). "Not sure" counts as a possible benefit: one question
 * costs little. `reading` is the caller's reading of the same invitation, when it has one
 * (reading grades the note, so it is worth doing once).
 */
export function recommend(
  scenario: Scenario,
  benefit?: BenefitAnswer,
  reading: InvitationReading = readInvitation(scenario),
): Recommendation {
  const who = firstName(scenario.sender.name);
  const walked: FlowAnswer[] = [];
  const done = (verdict: Verdict, why: string): Recommendation => ({
    verdict,
    walked,
    why,
    asksBenefit: walked.length === 4,
  });

  if (reading.knowsSender) {
    walked.push(
      step(
        1,
        'yes',
        `You know ${who}${reading.claim === 'true' ? ', and what the route says is true' : ''}.`,
      ),
    );
    return done('accept', VERDICT_WHY.known);
  }
  walked.push(step(1, 'no', notKnown(reading, who)));

  const pitch = reading.findings.find((f) => f.flag === 'sales-pitch');
  const fake = reading.findings.find((f) => f.flag === 'suspicious-profile');
  if (pitch || fake) {
    walked.push(step(2, 'yes', (pitch ?? fake)!.explain));
    return done('ignore', pitch ? VERDICT_WHY.pitch : VERDICT_WHY.fake);
  }
  walked.push(
    step(2, 'no', 'No sales pitch in the note, and you noticed no sign of a fake profile.'),
  );

  const honest = reading.note.honest && reading.findings.length === 0;
  if (honest) {
    walked.push(
      step(
        3,
        'yes',
        `It says how ${who} knows of you ("${reading.note.how}") and why they write ("${reading.note.reason}").`,
      ),
    );
    return done('accept', VERDICT_WHY.honest);
  }
  walked.push(step(3, 'no', noHonestReason(reading, who)));

  if (!benefit) return { verdict: null, walked, why: '', asksBenefit: true };
  walked.push(
    step(
      4,
      benefit,
      benefit === 'yes'
        ? `You see a possible benefit in knowing ${who}.`
        : benefit === 'no'
          ? `You see no possible benefit in knowing ${who}.`
          : 'You are not sure, and one question costs little.',
    ),
  );
  return benefit === 'no'
    ? done('ignore', VERDICT_WHY.noBenefit)
    : done('reply', VERDICT_WHY.reply);
}
