/**
 * The scenario bank and the lessons that use it: every YAML file in src/content/scenarios/ must
 * pass the scenario schema, and the bank as a whole must keep the variety the course needs (a
 * bank of only bad invitations would teach "decline everything", which is wrong).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { markProblems, modelReplyProblems, whyProblems } from '~/own-scenarios/rules';
import { lessonSchema } from '~/schemas/lesson';
import {
  POOLS,
  RED_FLAGS,
  VERDICTS,
  formatIssues,
  scenarioSchema,
  type Pool,
  type Scenario,
} from '~/schemas/scenario';

const root = fileURLToPath(new URL('../../', import.meta.url));
const scenarioDir = join(root, 'src/content/scenarios');
const lessonDir = join(root, 'src/content/lessons');

/** The minimum counts the course promises (issue 4, with a margin). */
const MIN = {
  scenarios: 52,
  perFlag: 4,
  accept: 9,
  ignore: 9,
  reply: 18,
  followUps: 9,
} as const;

/**
 * Reads and validates one scenario file. Throws an error naming the file and the failing field,
 * for example `bad.yaml: answer.verdict: Invalid option ...`.
 */
function loadScenarioFile(path: string): Scenario {
  const file = basename(path);
  let raw: unknown;
  try {
    raw = parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${file}: not valid YAML: ${(error as Error).message}`, { cause: error });
  }
  const result = scenarioSchema.safeParse(raw);
  if (!result.success) {
    throw new Error(`${file}: ${formatIssues(result.error)}`);
  }
  return result.data;
}

const files = readdirSync(scenarioDir)
  .filter((f) => f.endsWith('.yaml'))
  .sort();
const bank = files.map((f) => ({ file: f, scenario: loadScenarioFile(join(scenarioDir, f)) }));
const scenarios = bank.map((b) => b.scenario);
const byId = new Map(scenarios.map((s) => [s.id, s]));

describe('scenario bank', () => {
  test.each(files)('%s passes the scenario schema', (file) => {
    expect(() => loadScenarioFile(join(scenarioDir, file))).not.toThrow();
  });

  test.each(bank.map((b) => [b.file, b.scenario.id]))(
    '%s has the id of its file name',
    (file, id) => {
      expect(`${id}.yaml`).toBe(file);
    },
  );

  test(`holds at least ${MIN.scenarios} scenarios`, () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(MIN.scenarios);
  });

  test.each(RED_FLAGS)(`shows the red flag %s in at least ${MIN.perFlag} scenarios`, (flag) => {
    const count = scenarios.filter((s) => s.answer.flags.includes(flag)).length;
    expect(count, `${flag} appears in ${count} scenarios`).toBeGreaterThanOrEqual(MIN.perFlag);
  });

  test.each([
    ['accept', MIN.accept],
    ['ignore', MIN.ignore],
    ['reply', MIN.reply],
  ] as const)('has at least enough scenarios whose verdict is %s', (verdict, min) => {
    const count = scenarios.filter((s) => s.answer.verdict === verdict).length;
    expect(count, `${verdict}: ${count}`).toBeGreaterThanOrEqual(min);
  });

  test(`has at least ${MIN.followUps} follow-ups, with both decisions`, () => {
    const followUps = scenarios.flatMap((s) => (s.followUp ? [s.followUp] : []));
    expect(followUps.length).toBeGreaterThanOrEqual(MIN.followUps);
    expect(new Set(followUps.map((f) => f.decision))).toEqual(
      new Set(['accept-with-caution', 'decline']),
    );
  });

  test('covers all three levels and every route', () => {
    expect(new Set(scenarios.map((s) => s.level))).toEqual(new Set([1, 2, 3]));
    const routes = new Set(scenarios.map((s) => s.invitation.via));
    for (const via of ['colleague', 'classmate', 'worked-together', 'friend', 'other', 'group']) {
      expect(routes, via).toContain(via);
    }
  });

  test('includes the default notes and empty notes', () => {
    const notes = scenarios.map((s) => s.invitation.note);
    expect(notes).toContain("I'd like to add you to my professional network.");
    expect(notes).toContain("I'd like to join your LinkedIn network.");
    expect(notes).toContain('');
  });

  test('uses distinct fictional names, never the article author', () => {
    for (const s of scenarios) {
      expect(s.sender.name, s.id).not.toBe(s.you.name);
      expect(`${s.sender.name} ${s.you.name}`, s.id).not.toMatch(/burriss/i);
    }
  });

  // Marks are optional (the scenario editor applies the same rule): with marks, each flag has one.
  test.each(bank.map((b) => [b.file, b.scenario] as const))(
    '%s marks each of its flags on the card when it has marks',
    (_file, s) => {
      expect(markProblems(s)).toEqual([]);
    },
  );

  test.each(
    bank
      .filter((b) => b.scenario.answer.verdict === 'reply')
      .map((b) => [b.file, b.scenario] as const),
  )('%s has a model reply shaped like the rubric', (_file, s) => {
    // Greeting, 40 to 110 words, a question, no contact details: ~/own-scenarios/rules.ts.
    expect(modelReplyProblems(s)).toEqual([]);
  });

  test('keeps the reasoning in every why', () => {
    for (const s of scenarios) expect(whyProblems(s), s.id).toEqual([]);
  });

  test('rejects a malformed scenario with the file name and the field', () => {
    const bad = join(root, 'tests/fixtures/bad-scenario.yaml');
    expect(() => loadScenarioFile(bad)).toThrow(/^bad-scenario\.yaml: answer\.verdict: /);
  });

  test('rejects a model-less reply scenario naming answer.reply', () => {
    const betty = byId.get('betty-same-school');
    expect(betty).toBeDefined();
    const result = scenarioSchema.safeParse({
      ...betty,
      answer: { ...betty!.answer, reply: undefined },
    });
    expect(result.success).toBe(false);
    expect(formatIssues(result.error!)).toMatch(/^answer\.reply: /m);
  });
});

/**
 * The pools kept apart (issue 13): the self-assessment asks only invitations no lesson or
 * practice round has shown. Quiz scenarios are named `q-*` and the practice scenarios written for
 * the practice pool `p-*` (older scenarios moved to practice keep their names).
 */
const POOL_MIN = {
  quiz: { scenarios: 40, perFlag: 3, perVerdict: 8 },
  practice: { written: 30, perFlag: 3 },
} as const;
const inPool = (pool: Pool) => scenarios.filter((s) => s.pool === pool);

describe('pools', () => {
  test.each(files)('%s names its pool explicitly', (file) => {
    const raw = parse(readFileSync(join(scenarioDir, file), 'utf8')) as Record<string, unknown>;
    expect(POOLS, 'pool: lesson, practice or quiz').toContain(raw.pool);
  });

  test('quiz scenarios, and only they, have ids starting with q-', () => {
    for (const s of scenarios) expect(s.id.startsWith('q-'), s.id).toBe(s.pool === 'quiz');
  });

  test(`the quiz pool holds at least ${POOL_MIN.quiz.scenarios} scenarios`, () => {
    expect(inPool('quiz').length).toBeGreaterThanOrEqual(POOL_MIN.quiz.scenarios);
  });

  test.each(RED_FLAGS)(
    `the quiz pool shows the red flag %s in at least ${POOL_MIN.quiz.perFlag} scenarios`,
    (flag) => {
      const count = inPool('quiz').filter((s) => s.answer.flags.includes(flag)).length;
      expect(count, `${flag}: ${count}`).toBeGreaterThanOrEqual(POOL_MIN.quiz.perFlag);
    },
  );

  test.each(VERDICTS)(
    `the quiz pool has at least ${POOL_MIN.quiz.perVerdict} scenarios whose verdict is %s`,
    (verdict) => {
      const count = inPool('quiz').filter((s) => s.answer.verdict === verdict).length;
      expect(count, `${verdict}: ${count}`).toBeGreaterThanOrEqual(POOL_MIN.quiz.perVerdict);
    },
  );

  test(`the practice pool holds at least ${POOL_MIN.practice.written} scenarios written for it (p-*)`, () => {
    const written = inPool('practice').filter((s) => s.id.startsWith('p-'));
    expect(written.length).toBeGreaterThanOrEqual(POOL_MIN.practice.written);
    for (const s of scenarios) {
      if (s.id.startsWith('p-')) expect(s.pool, s.id).toBe('practice');
    }
  });

  test.each(RED_FLAGS)(
    `the practice pool shows the red flag %s in at least ${POOL_MIN.practice.perFlag} scenarios`,
    (flag) => {
      const count = inPool('practice').filter((s) => s.answer.flags.includes(flag)).length;
      expect(count, `${flag}: ${count}`).toBeGreaterThanOrEqual(POOL_MIN.practice.perFlag);
    },
  );
});

/** Components a lesson embeds with a scenario id, and what each needs from the scenario. */
const COMPONENT_NEEDS: Record<string, (s: Scenario) => boolean> = {
  InvitationCard: () => true,
  WorkedExample: () => true,
  VerdictExercise: () => true,
  ReplyExercise: (s) => s.answer.verdict === 'reply',
  FollowUpExercise: (s) => s.followUp !== undefined,
  ConversationExercise: (s) =>
    s.followUp !== undefined && s.answer.verdict === 'reply' && !!s.answer.reply,
  SpotItExercise: (s) => s.answer.marks.length > 0,
};
const EXERCISES = new Set([
  'VerdictExercise',
  'ReplyExercise',
  'FollowUpExercise',
  'ConversationExercise',
  'SpotItExercise',
]);

const lessonFiles = readdirSync(lessonDir)
  .filter((f) => /^\d\d-.+\.mdx$/.test(f))
  .sort();

describe('lessons', () => {
  test('there are eight numbered lessons', () => {
    expect(lessonFiles.map((f) => f.slice(0, 2))).toEqual([
      '01',
      '02',
      '03',
      '04',
      '05',
      '06',
      '07',
      '08',
    ]);
  });

  test.each(lessonFiles)('%s embeds real scenarios in the right exercises', (file) => {
    const source = readFileSync(join(lessonDir, file), 'utf8');
    const front = /^---\n([\s\S]*?)\n---\n/.exec(source);
    expect(front, 'frontmatter').not.toBeNull();
    const meta = lessonSchema.safeParse(parse(front![1]));
    expect(meta.success, meta.success ? '' : formatIssues(meta.error)).toBe(true);
    expect(meta.data?.order).toBe(Number(file.slice(0, 2)));

    const uses = [...source.matchAll(/<(\w+)\s+id="([^"]+)"/g)].map((m) => ({
      component: m[1]!,
      id: m[2]!,
    }));
    expect(
      uses.some((u) => u.component === 'WorkedExample'),
      'a worked example',
    ).toBe(true);
    const exerciseIds: string[] = [];
    for (const { component, id } of uses) {
      const needs = COMPONENT_NEEDS[component];
      if (!needs) continue;
      const scenario = byId.get(id);
      expect(scenario, `<${component} id="${id}"> names a scenario in the bank`).toBeDefined();
      expect(needs(scenario!), `<${component} id="${id}"> suits this scenario`).toBe(true);
      expect(scenario!.pool, `<${component} id="${id}"> shows a lesson-pool scenario`).toBe(
        'lesson',
      );
      expect(
        scenario!.lessons,
        `${id} lists lesson ${meta.data?.order} (the guide groups scenarios by it)`,
      ).toContain(meta.data?.order);
      if (EXERCISES.has(component)) exerciseIds.push(id);
    }
    expect(new Set(exerciseIds).size, 'no scenario in two exercises').toBe(exerciseIds.length);
    expect(source, 'no inline style attributes').not.toMatch(/\sstyle=/);
    expect(source, 'no code blocks').not.toMatch(/^```/m);
  });
});
