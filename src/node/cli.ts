/**
 * Command line grading: `npm run --silent grade -- FILE` (FILE `-` reads stdin).
 *
 * Reads JSON Lines requests and writes one JSON line per non-blank input line, in order:
 *   request  { id, kind: reply|note|verdict|followup, scenario: "<bank id>" | {inline scenario},
 *              target?, text?, verdict?, flags?, decision? }
 *   result   { id, kind, score, maxScore, passed, criteria }
 *   error    { id, error } for a request that cannot be graded, { line: N, error } for bad JSON.
 * Exit status: 0 every line graded, 1 any line was an error, 2 wrong usage.
 *
 * `npm run --silent grade -- --results DIR --assignment LINK` regrades every results file in DIR,
 * its subfolders and the zips there (the files students download from an assignment) against the assignment of LINK, with this
 * grader, and prints the gradebook as CSV; files that could not be imported (a file made for
 * another assignment or edited among them, with what differs) are named on stderr, and the exit
 * status is then 1. Without --assignment every file must carry the same assignment; when they
 * differ, nothing is graded and stderr lists the assignments found (exit 1). When DIR holds no
 * results file at all, stderr says so and the exit status is 1.
 */
import { readFileSync } from 'node:fs';
import { loadBank, parseScenario } from './bank';
import { gradeFollowUp, gradeNote, gradeReply, gradeVerdict, type GradeResult } from '../grader';
import { FOLLOW_UP_DECISIONS, RED_FLAGS, VERDICTS } from '../schemas/constants';
import {
  formatIssues,
  noteFactsSchema,
  noteTargetSchema,
  type Scenario,
} from '../schemas/scenario';

const USAGE = `usage: npm run --silent grade -- FILE
       npm run --silent grade -- --results DIR [--assignment LINK]
  FILE  JSON Lines of grading requests, or - for stdin
  DIR   a folder of assignment results files (*.json, in subfolders and .zip files too, such
        as an LMS's "Download all submissions"): prints the regraded gradebook as CSV
  LINK  the assignment link you gave students: files for another assignment are set aside
        (without it, every file must be for the same assignment)
  Each line: {"id", "kind": "reply"|"note"|"verdict"|"followup", "scenario": "<id>" or {...},
              "target"?, "you"?, "context"?, "text"?, "verdict"?, "flags"?, "decision"?}
  A note with "you" ({name, schools, employers, groups}) and "context" ({via: met|introduced|
  their-work|group|school|employer|none, detail, introducer?}) is checked against those facts.
  Output: one JSON line per request. Exit 0 all graded, 1 some errors, 2 wrong usage.`;

/** Parsed command line: one mode per entry, so later options (e.g. `--results DIR`) slot in here. */
type Command =
  | { mode: 'grade'; file: string }
  | { mode: 'results'; dir: string; assignment: string | null }
  | { mode: 'help' }
  | { mode: 'usage-error'; message: string };

/** Parses argv (without node and script). Add new flags as new `Command` modes. */
export function parseArgs(argv: readonly string[]): Command {
  if (argv.includes('-h') || argv.includes('--help')) return { mode: 'help' };
  if (argv.includes('--results')) {
    const values = new Map<string, string>();
    for (let i = 0; i < argv.length; i++) {
      const flag = argv[i]!;
      if (flag !== '--results' && flag !== '--assignment') {
        return { mode: 'usage-error', message: `unexpected ${flag} with --results` };
      }
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('--') || values.has(flag)) {
        return {
          mode: 'usage-error',
          message:
            flag === '--results'
              ? '--results takes exactly one DIR'
              : '--assignment takes exactly one LINK',
        };
      }
      values.set(flag, value);
      i++;
    }
    return {
      mode: 'results',
      dir: values.get('--results')!,
      assignment: values.get('--assignment') ?? null,
    };
  }
  const unknown = argv.find((a) => a.startsWith('--'));
  if (unknown) return { mode: 'usage-error', message: `unknown option ${unknown}` };
  if (argv.length !== 1) return { mode: 'usage-error', message: 'expected exactly one FILE' };
  return { mode: 'grade', file: argv[0]! };
}

type Line = Record<string, unknown>;
type Outcome = ({ id: unknown; kind: string } & GradeResult) | { id: unknown; error: string };

/** Grades one request object; returns a result or an error naming the field. */
export function gradeRequest(req: Line, bank: () => Map<string, Scenario>): Outcome {
  const id = req.id ?? null;
  const fail = (error: string) => ({ id, error });
  const kind = req.kind;
  if (kind !== 'reply' && kind !== 'note' && kind !== 'verdict' && kind !== 'followup') {
    return fail(`kind: must be reply, note, verdict or followup (got ${JSON.stringify(kind)})`);
  }
  if (kind === 'note') {
    const target = noteTargetSchema.safeParse(req.target);
    if (!target.success) return fail(`target: ${formatIssues(target.error).replace(/\n/g, '; ')}`);
    if (typeof req.text !== 'string') return fail('text: must be a string');
    // With "you" and "context" the note is checked against the facts (`honest`); without, null.
    if (req.you === undefined && req.context === undefined) {
      return { id, kind, ...gradeNote(target.data, req.text) };
    }
    const facts = noteFactsSchema.safeParse({ you: req.you, context: req.context });
    if (!facts.success) return fail(formatIssues(facts.error).replace(/\n/g, '; '));
    return { id, kind, ...gradeNote(target.data, req.text, facts.data) };
  }
  let scenario: Scenario;
  if (typeof req.scenario === 'string') {
    const found = bank().get(req.scenario);
    if (!found) return fail(`scenario: no scenario "${req.scenario}" in src/content/scenarios/`);
    scenario = found;
  } else if (req.scenario && typeof req.scenario === 'object') {
    const r = parseScenario(req.scenario);
    if ('error' in r) return fail(`scenario: invalid: ${r.error.replace(/\n/g, '; ')}`);
    scenario = r.scenario;
  } else {
    return fail('scenario: give a bank id or an inline scenario object');
  }
  if (kind === 'reply') {
    if (typeof req.text !== 'string') return fail('text: must be a string');
    return { id, kind, ...gradeReply(scenario, req.text) };
  }
  if (kind === 'verdict') {
    const v = req.verdict ?? null;
    if (v !== null && !(VERDICTS as readonly unknown[]).includes(v)) {
      return fail(`verdict: must be one of ${VERDICTS.join(', ')} or null`);
    }
    const flags = req.flags ?? [];
    if (
      !Array.isArray(flags) ||
      flags.some((f) => !(RED_FLAGS as readonly unknown[]).includes(f))
    ) {
      return fail(`flags: must be an array of ${RED_FLAGS.join(', ')}`);
    }
    return { id, kind, ...gradeVerdict(scenario, { verdict: v as never, flags }) };
  }
  const d = req.decision ?? null;
  if (d !== null && !(FOLLOW_UP_DECISIONS as readonly unknown[]).includes(d)) {
    return fail(`decision: must be one of ${FOLLOW_UP_DECISIONS.join(', ')} or null`);
  }
  return { id, kind, ...gradeFollowUp(scenario, d as never) };
}

/** `--results DIR [--assignment LINK]`: the gradebook's own regrading (src/gradebook/), as CSV. */
async function regradeResults(dir: string, link: string | null): Promise<number> {
  // Loaded only in this mode: the gradebook pulls in the results-file schema.
  const { resultsToCsv } = await import('./results-dir');
  const { decodeAssignment } = await import('../assignment/link');
  let assignment = null;
  if (link !== null) {
    const decoded = decodeAssignment(link);
    if (!decoded.ok) {
      process.stderr.write(`grade: --assignment: ${decoded.message.replace(/\n/g, ' ')}\n`);
      return 2;
    }
    assignment = decoded.assignment;
  }
  let report: Awaited<ReturnType<typeof resultsToCsv>>;
  try {
    report = await resultsToCsv(dir, assignment);
  } catch (e) {
    process.stderr.write(`grade: cannot read ${dir}: ${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  // Nothing found: no CSV at all, so a header alone is never mistaken for an empty class.
  if (report.csv) process.stdout.write(report.csv.endsWith('\n') ? report.csv : report.csv + '\n');
  for (const error of report.errors) process.stderr.write(`grade: ${error}\n`);
  return report.errors.length ? 1 : 0;
}

async function main(argv: readonly string[]): Promise<number> {
  const cmd = parseArgs(argv);
  if (cmd.mode === 'help') {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  if (cmd.mode === 'usage-error') {
    process.stderr.write(`grade: ${cmd.message}\n${USAGE}\n`);
    return 2;
  }
  if (cmd.mode === 'results') return regradeResults(cmd.dir, cmd.assignment);
  let input: string;
  try {
    input = readFileSync(cmd.file === '-' ? 0 : cmd.file, 'utf8');
  } catch (e) {
    process.stderr.write(`grade: cannot read ${cmd.file}: ${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  // The bank is read only when a request names a scenario by id.
  let cache: Map<string, Scenario> | undefined;
  const bank = () => (cache ??= loadBank().scenarios);
  let errors = 0;
  const out: string[] = [];
  input.split(/\r?\n/).forEach((raw, i) => {
    if (!raw.trim()) return;
    let req: unknown;
    try {
      req = JSON.parse(raw);
    } catch (e) {
      errors++;
      out.push(JSON.stringify({ line: i + 1, error: `not valid JSON: ${(e as Error).message}` }));
      return;
    }
    if (!req || typeof req !== 'object' || Array.isArray(req)) {
      errors++;
      out.push(JSON.stringify({ line: i + 1, error: 'each line must be a JSON object' }));
      return;
    }
    const r = gradeRequest(req as Line, bank);
    if ('error' in r) errors++;
    out.push(JSON.stringify(r));
  });
  process.stdout.write(out.length ? out.join('\n') + '\n' : '');
  return errors ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
