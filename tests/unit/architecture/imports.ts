/**
 * The import graph of src/, read from the source text: which file imports which, resolved to a
 * path under src/ (or kept as a bare specifier such as `node:fs` or `zod`).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const SRC = join(ROOT, 'src');

/** One import of a file: the specifier as written and what it resolves to. */
export interface Import {
  from: string;
  specifier: string;
  /** A path relative to the repo root (e.g. `src/grader/text.ts`), or the bare specifier. */
  target: string;
  typeOnly: boolean;
}

const CODE = /\.(ts|tsx|astro|mjs|js)$/;
// `import x from '…'`, `import '…'`, `export … from '…'`, `import('…')`.
const IMPORT =
  /(?:^|[\n;])\s*(import\s+type\s|import\s|export\s+type\s|export\s)[^'"`;]*?from\s*['"]([^'"]+)['"]|(?:^|[\n;])\s*import\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : CODE.test(name) ? [path] : [];
  });
}

function resolve(fromFile: string, specifier: string): string {
  let base: string;
  if (specifier.startsWith('~/')) base = join(SRC, specifier.slice(2));
  else if (specifier.startsWith('.')) base = normalize(join(dirname(fromFile), specifier));
  else return specifier;
  for (const ext of ['', '.ts', '.tsx', '.astro', '.mjs', '.js', '/index.ts']) {
    const p = base + ext;
    if (existsSync(p) && statSync(p).isFile()) return relative(ROOT, p);
  }
  return relative(ROOT, base);
}

/** Every import of every code file under `dir` (default: src/). */
export function importsUnder(dir = SRC): Import[] {
  return walk(dir).flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    const out: Import[] = [];
    for (const m of text.matchAll(IMPORT)) {
      const specifier = m[2] ?? m[3] ?? m[4]!;
      out.push({
        from: relative(ROOT, file),
        specifier,
        target: resolve(file, specifier),
        typeOnly: !!m[1] && /type\s$/.test(m[1]),
      });
    }
    return out;
  });
}

/** The top folder of a path under src/ (`src/grader/rules/x.ts` -> `grader`), else null. */
export function folderOf(path: string): string | null {
  const m = /^src\/([^/]+)\//.exec(path);
  return m ? m[1]! : null;
}
