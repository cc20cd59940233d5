/**
 * `npm run package:scorm`: SCORM packages of the course for any LMS (see ./package.ts).
 *
 *   npm run package:scorm                        the course (2004 and 1.2) and the self-assessment
 *   npm run package:scorm -- --assignment LINK   one assignment
 *
 * Flags: --scorm 2004|1.2 (with --assignment or --quiz), --quiz (the self-assessment alone),
 * --dist DIR (package another built site; never rebuilt unless --build), --out DIR,
 * --build / --no-build.
 */
import path from 'node:path';
import { packageDefaults, packageScorm, type PackageOptions, type PackageResult } from './package';

/** Reads `--flag value` / `--flag=value` / `--flag` arguments. */
export function parseArgs(argv: readonly string[]): PackageOptions & { quiz?: boolean } {
  const args: PackageOptions & { quiz?: boolean } = {};
  for (let i = 0; i < argv.length; i++) {
    const [key, inline] = argv[i]!.replace(/^--/, '').split(/=(.*)/s);
    const next = () => {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new Error(`${argv[i - 1]} needs a value`);
      return value;
    };
    if (key === 'assignment') args.assignment = next();
    else if (key === 'out') args.out = next();
    else if (key === 'dist') {
      args.dist = next();
      args.build ??= false;
    } else if (key === 'scorm') {
      const version = next();
      if (version !== '2004' && version !== '1.2') throw new Error('--scorm is 2004 or 1.2');
      args.version = version;
    } else if (key === 'quiz') args.quiz = true;
    else if (key === 'build') args.build = true;
    else if (key === 'no-build') args.build = false;
    else throw new Error(`unknown option ${argv[i]}`);
  }
  return args;
}

const EDITION = { '2004': 'SCORM 2004 4th Edition', '1.2': 'SCORM 1.2' } as const;
const WHAT = { course: 'the course', quiz: 'the self-assessment', assignment: 'the assignment' };

/** One line per package: what it is and its path. */
const describe = (r: PackageResult) =>
  `${EDITION[r.version]} package of ${WHAT[r.catalog.activity]} (${r.files.length} files): ${path.relative(process.cwd(), r.zip)}`;

try {
  const { quiz, ...args } = parseArgs(process.argv.slice(2));
  const results =
    args.assignment || quiz
      ? [
          await packageScorm({
            ...args,
            activity: quiz ? 'quiz' : 'assignment',
            version: args.version ?? '1.2',
          }),
        ]
      : await packageDefaults(args);
  for (const result of results) console.log(describe(result));
} catch (error) {
  console.error(`package:scorm: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
