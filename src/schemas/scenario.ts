import { z } from 'zod';
import {
  CLAIMING_ROUTES,
  FOLLOW_UP_DECISIONS,
  MAX_SCENARIO_ID_CHARS,
  NOTE_CONTEXTS,
  POOLS,
  RED_FLAGS,
  ROUTES,
  SCENARIO_ID_PATTERN,
  SITUATIONS,
  VERDICTS,
} from './constants';

export {
  CLAIMING_ROUTES,
  FOLLOW_UP_DECISIONS,
  NOTE_CONTEXTS,
  POOLS,
  RED_FLAGS,
  ROUTES,
  SITUATIONS,
  VERDICTS,
};

/**
 * An invitation scenario: one YAML file in `src/content/scenarios/`. The field names are a public
 * contract: instructors write these files and the grader CLI accepts the same object inline.
 * See docs/scenario-format.md for the author's guide.
 */

/** Zod enum of the fixed red-flag ids. */
export const redFlagSchema = z.enum(RED_FLAGS);
export type RedFlag = z.infer<typeof redFlagSchema>;

/** Zod enum of the verdicts. */
export const verdictSchema = z.enum(VERDICTS);
export type Verdict = z.infer<typeof verdictSchema>;

/** Zod enum of the routes. */
export const routeSchema = z.enum(ROUTES);
export type Route = z.infer<typeof routeSchema>;

/** Zod enum of the follow-up decisions. */
export const followUpDecisionSchema = z.enum(FOLLOW_UP_DECISIONS);
export type FollowUpDecision = z.infer<typeof followUpDecisionSchema>;

/** Zod enum of the pools a scenario can belong to. */
export const poolSchema = z.enum(POOLS);
export type Pool = z.infer<typeof poolSchema>;

/** Zod enum of the answer-key situations. */
export const situationSchema = z.enum(SITUATIONS);
export type Situation = z.infer<typeof situationSchema>;

/** A kebab-case id, safe in file names, URLs and CSV. */
export const scenarioIdSchema = z
  .string()
  .min(1)
  .max(MAX_SCENARIO_ID_CHARS)
  .regex(SCENARIO_ID_PATTERN, 'use lowercase letters, digits and single hyphens');

const text = (max: number) => z.string().trim().max(max);

/** The learner's persona: what is true about "you" in this scenario. */
export const personaSchema = z.object({
  /** Full name of the learner's persona (fictional). */
  name: text(80).min(1),
  /** Schools the persona attended. */
  schools: z.array(text(120)).default([]),
  /** Employers, current and past. */
  employers: z.array(text(120)).default([]),
  /** LinkedIn groups the persona belongs to. */
  groups: z.array(text(120)).default([]),
  /** People the persona really knows (used by friend/introduction scenarios). */
  knows: z.array(text(80)).default([]),
});
export type Persona = z.infer<typeof personaSchema>;
/** A persona as an author writes it: the lists may be left out. */
export type PersonaInput = z.input<typeof personaSchema>;

/** The person sending the invitation, as their profile shows them. */
export const senderSchema = z.object({
  /** Full name as shown on the profile (fictional). */
  name: text(80).min(1),
  /** The profile headline under the name. */
  headline: text(220).default(''),
  /** Mutual connections LinkedIn shows. */
  mutualConnections: z.number().int().min(0).max(30000).default(0),
  /** Optional location line. */
  location: text(120).optional(),
  /** Short facts a careful reader would notice on the profile (age of account, photo, activity). */
  profile: z.array(text(200)).default([]),
});
export type Sender = z.infer<typeof senderSchema>;

/** The invitation as the recipient sees it. */
export const invitationSchema = z.object({
  /** The route the sender picked. */
  via: routeSchema,
  /** The school, company or group the route names ('' if none). */
  claim: text(120).default(''),
  /** The personal note ('' if none). LinkedIn cuts notes at 300 characters. */
  note: text(300).default(''),
});
export type Invitation = z.infer<typeof invitationSchema>;

/** Another verdict that earns part of the credit, and why. */
export const partialCreditSchema = z.object({
  verdict: verdictSchema,
  /** Share of the verdict's credit, from 0 to 1 (default one half). */
  credit: z.number().min(0).max(1).default(0.5),
  /** Why this choice is defensible but not the best one. */
  reason: text(600).min(1),
});
export type PartialCredit = z.infer<typeof partialCreditSchema>;

/**
 * A red flag marked on the card by "Show me": either words in the note (`text`, an exact substring
 * of the note), the route (`on: route`) or the profile (`on: profile`).
 */
export const markSchema = z.object({
  flag: redFlagSchema,
  on: z.enum(['note', 'route', 'profile']).default('note'),
  /** Exact words of the note to highlight; required when `on` is note. */
  text: text(300).optional(),
  /** What a careful reader should notice here. */
  explain: text(400).min(1),
});
export type Mark = z.infer<typeof markSchema>;

/** The instructor's answer: the verdict, the flags and the reasoning. */
export const answerSchema = z.object({
  verdict: verdictSchema,
  partial: z.array(partialCreditSchema).default([]),
  flags: z.array(redFlagSchema).default([]),
  /** Why this is the right call, in terms of the principle. */
  why: text(1200).min(1),
  /** A model clarifying reply; required when the verdict is reply. */
  reply: text(1500).optional(),
  /** Where "Show me" marks the flags on the card. */
  marks: z.array(markSchema).default([]),
});
export type Answer = z.infer<typeof answerSchema>;

/** The sender's answer to the clarifying reply, and what to make of it. */
export const followUpSchema = z.object({
  message: text(1000).min(1),
  decision: followUpDecisionSchema,
  why: text(1200).min(1),
});
export type FollowUp = z.infer<typeof followUpSchema>;

/**
 * What happens next if the learner makes this choice (the pitch that arrives the day after
 * accepting, the introduction missed by ignoring), shown before they choose again.
 */
export const consequencesSchema = z.object({
  accept: text(600).min(1).optional(),
  reply: text(600).min(1).optional(),
  ignore: text(600).min(1).optional(),
});
export type Consequences = z.infer<typeof consequencesSchema>;

/** One scenario. */
export const scenarioSchema = z
  .object({
    id: scenarioIdSchema,
    title: text(140).min(1),
    /** 1 easy .. 3 hard. */
    level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    /** Industry, for variety in the bank and filters. */
    industry: text(80).optional(),
    /** Lessons (by number) this scenario suits. */
    lessons: z.array(z.number().int().min(1).max(20)).default([]),
    /** Where the course may show it: lessons, practice or the self-assessment only. */
    pool: poolSchema.default('lesson'),
    /** The answer-key situation; the key's partial credit follows from it. */
    situation: situationSchema.optional(),
    you: personaSchema,
    sender: senderSchema,
    invitation: invitationSchema,
    answer: answerSchema,
    followUp: followUpSchema.optional(),
    consequences: consequencesSchema.optional(),
  })
  .superRefine((s, ctx) => {
    if (s.answer.verdict === 'reply' && !s.answer.reply) {
      ctx.addIssue({
        code: 'custom',
        path: ['answer', 'reply'],
        message: 'a model reply is required when the verdict is reply',
      });
    }
    s.answer.partial.forEach((p, i) => {
      if (p.verdict === s.answer.verdict) {
        ctx.addIssue({
          code: 'custom',
          path: ['answer', 'partial', i, 'verdict'],
          message: 'a partial-credit verdict must differ from the expected verdict',
        });
      }
    });
    const flags = new Set(s.answer.flags);
    if (flags.size !== s.answer.flags.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['answer', 'flags'],
        message: 'a flag is listed twice',
      });
    }
    s.answer.marks.forEach((m, i) => {
      if (m.on === 'note' && (!m.text || !s.invitation.note.includes(m.text))) {
        ctx.addIssue({
          code: 'custom',
          path: ['answer', 'marks', i, 'text'],
          message: 'a note mark needs text that appears word for word in invitation.note',
        });
      }
    });
    if (s.followUp && s.answer.verdict !== 'reply') {
      ctx.addIssue({
        code: 'custom',
        path: ['followUp'],
        message: 'a follow-up only makes sense when the verdict is reply',
      });
    }
  });

/** A scenario after parsing: defaults filled in. */
export type Scenario = z.output<typeof scenarioSchema>;
/** A scenario as an author writes it: optional fields may be missing. */
export type ScenarioInput = z.input<typeof scenarioSchema>;

/** The person a learner writes their own invitation to. */
export const noteTargetSchema = z.object({
  name: text(80).min(1),
  headline: text(220).default(''),
  /** How the learner really knows (or knows of) the target, shown as the task's context. */
  context: text(400).optional(),
});
export type NoteTarget = z.output<typeof noteTargetSchema>;

/** How the learner really knows the target of their note: the facts the note is checked against. */
export const noteContextSchema = z
  .object({
    via: z.enum(NOTE_CONTEXTS),
    /** Where you met, the work you know, the group, school or employer you share. */
    detail: text(200).default(''),
    /** Who introduced you (required when `via` is introduced). */
    introducer: text(80).optional(),
  })
  .superRefine((c, ctx) => {
    if (c.via === 'introduced' && !c.introducer) {
      ctx.addIssue({
        code: 'custom',
        path: ['introducer'],
        message: 'an introduction needs the name of the introducer',
      });
    }
  });
export type NoteContext = z.output<typeof noteContextSchema>;

/** The facts a note exercise gives: who "you" are and how you know the target. */
export const noteFactsSchema = z.object({ you: personaSchema, context: noteContextSchema });
export type NoteFacts = z.output<typeof noteFactsSchema>;

/** Formats a zod error as "field.path: message" lines, for build errors, the CLI and pages. */
export function formatIssues(error: z.ZodError): string {
  return error.issues
    .map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`)
    .join('\n');
}
