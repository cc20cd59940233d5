/**
 * An instructor's own scenario as an assignment link carries it (`custom` in
 * src/schemas/assignment.ts). The same fields, limits, defaults and cross-field rules as the bank's
 * schema (src/schemas/scenario.ts), written with `zod/mini` so the student page, the gradebook and
 * workshop mode can check a link's scenarios without the full zod library.
 * `tests/unit/own-scenarios/custom-scenario.test.ts` proves the two agree on the whole bank.
 *
 * In a link a scenario is compact (src/own-scenarios/compact.ts): empty and default values are left
 * out, and this schema fills them back in, so the parsed value is a full `Scenario`.
 */
import * as z from 'zod/mini';
import {
  FOLLOW_UP_DECISIONS,
  MAX_SCENARIO_ID_CHARS,
  POOLS,
  RED_FLAGS,
  ROUTES,
  SCENARIO_ID_PATTERN,
  SITUATIONS,
  VERDICTS,
} from './constants';
import type { Scenario } from './scenario';

const text = (max: number) => z.string().check(z.trim(), z.maxLength(max));
const required = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));
const list = (max: number, each: number) =>
  z._default(z.array(text(each)).check(z.maxLength(max)), []);
const verdict = z.enum(VERDICTS);
const flag = z.enum(RED_FLAGS);

const persona = z.object({
  name: required(80),
  schools: list(20, 120),
  employers: list(20, 120),
  groups: list(20, 120),
  knows: list(20, 80),
});

const sender = z.object({
  name: required(80),
  headline: z._default(text(220), ''),
  mutualConnections: z._default(z.number().check(z.int(), z.gte(0), z.lte(30000)), 0),
  location: z.optional(text(120)),
  profile: list(20, 200),
});

const invitation = z.object({
  via: z.enum(ROUTES),
  claim: z._default(text(120), ''),
  note: z._default(text(300), ''),
});

const answer = z.object({
  verdict,
  partial: z._default(
    z
      .array(
        z.object({
          verdict,
          credit: z._default(z.number().check(z.gte(0), z.lte(1)), 0.5),
          reason: required(600),
        }),
      )
      .check(z.maxLength(2)),
    [],
  ),
  flags: z._default(z.array(flag).check(z.maxLength(RED_FLAGS.length)), []),
  why: required(1200),
  reply: z.optional(text(1500)),
  marks: z._default(
    z
      .array(
        z.object({
          flag,
          on: z._default(z.enum(['note', 'route', 'profile']), 'note'),
          text: z.optional(text(300)),
          explain: required(400),
        }),
      )
      .check(z.maxLength(20)),
    [],
  ),
});

/** One own scenario in a link (compact or full); parses to a full scenario. */
export const customScenarioSchema = z
  .object({
    id: z
      .string()
      .check(z.minLength(1), z.maxLength(MAX_SCENARIO_ID_CHARS), z.regex(SCENARIO_ID_PATTERN)),
    title: required(140),
    level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    industry: z.optional(text(80)),
    lessons: z._default(
      z.array(z.number().check(z.int(), z.gte(1), z.lte(20))).check(z.maxLength(20)),
      [],
    ),
    pool: z._default(z.enum(POOLS), 'lesson'),
    situation: z.optional(z.enum(SITUATIONS)),
    you: persona,
    sender,
    invitation,
    answer,
    followUp: z.optional(
      z.object({
        message: required(1000),
        decision: z.enum(FOLLOW_UP_DECISIONS),
        why: required(1200),
      }),
    ),
    consequences: z.optional(
      z.object({
        accept: z.optional(required(600)),
        reply: z.optional(required(600)),
        ignore: z.optional(required(600)),
      }),
    ),
  })
  .check(
    z.superRefine((s, ctx) => {
      const issue = (path: (string | number)[], message: string) =>
        ctx.addIssue({ code: 'custom', path, message, input: s });
      if (s.answer.verdict === 'reply' && !s.answer.reply)
        issue(['answer', 'reply'], 'a model reply is required when the verdict is reply');
      s.answer.partial.forEach((p, i) => {
        if (p.verdict === s.answer.verdict)
          issue(
            ['answer', 'partial', i, 'verdict'],
            'a partial-credit verdict must differ from the expected verdict',
          );
      });
      if (new Set(s.answer.flags).size !== s.answer.flags.length)
        issue(['answer', 'flags'], 'a flag is listed twice');
      s.answer.marks.forEach((m, i) => {
        if (m.on === 'note' && (!m.text || !s.invitation.note.includes(m.text)))
          issue(
            ['answer', 'marks', i, 'text'],
            'a note mark needs text that appears word for word in invitation.note',
          );
      });
      if (s.followUp && s.answer.verdict !== 'reply')
        issue(['followUp'], 'a follow-up only makes sense when the verdict is reply');
    }),
  );

/** The defaults the schema fills in, by field: a compact scenario leaves these values out. */
const DEFAULTS: Record<string, unknown> = {
  pool: 'lesson',
  mutualConnections: 0,
  credit: 0.5,
  on: 'note',
};

const isEmpty = (value: unknown) =>
  value === undefined || value === '' || (Array.isArray(value) && value.length === 0);

function compactValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(compactValue);
  if (!value || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  // Keys sorted: equal scenarios give equal text (the assignment fingerprint hashes it).
  for (const key of Object.keys(value).sort()) {
    const v = (value as Record<string, unknown>)[key];
    if (isEmpty(v) || (key in DEFAULTS && DEFAULTS[key] === v)) continue;
    out[key] = compactValue(v);
  }
  return out;
}

/**
 * A scenario as a link carries it: empty strings and lists and default values left out, keys in
 * a fixed order. {@link customScenarioSchema} turns it back into the full scenario.
 */
export function compactScenario(scenario: Scenario): Record<string, unknown> {
  return compactValue(scenario) as Record<string, unknown>;
}
