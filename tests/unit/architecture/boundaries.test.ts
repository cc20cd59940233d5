import { describe, expect, test } from 'vitest';
import { folderOf, importsUnder } from './imports';

const all = importsUnder();

describe('src/grader/', () => {
  const grader = all.filter((i) => i.from.startsWith('src/grader/'));

  test('has imports to check (the scan sees the grader)', () => {
    expect(grader.length).toBeGreaterThan(20);
  });

  test('imports nothing outside itself at run time but the schema constants', () => {
    const outside = grader.filter(
      (i) =>
        !i.typeOnly &&
        !i.target.startsWith('src/grader/') &&
        i.target !== 'src/schemas/constants.ts',
    );
    expect(outside.map((i) => `${i.from} -> ${i.specifier}`)).toEqual([]);
  });

  test('takes only types from the schemas (erased at build: no zod in the browser grader)', () => {
    const typeImports = grader.filter((i) => i.typeOnly && !i.target.startsWith('src/grader/'));
    expect(typeImports.every((i) => i.target.startsWith('src/schemas/'))).toBe(true);
  });

  test('imports nothing from node:', () => {
    expect(grader.filter((i) => i.specifier.startsWith('node:'))).toEqual([]);
  });
});

describe('Node-only code', () => {
  test('only src/node/ and build-time config import node: modules', () => {
    const users = all.filter(
      (i) =>
        i.specifier.startsWith('node:') &&
        !i.from.startsWith('src/node/') &&
        // Astro pages and components run at build time in Node; none may reach an island.
        !/\.astro$/.test(i.from),
    );
    expect(users.map((i) => `${i.from} -> ${i.specifier}`)).toEqual([]);
  });

  test('no browser folder imports src/node/', () => {
    const users = all.filter(
      (i) => i.target.startsWith('src/node/') && !i.from.startsWith('src/node/'),
    );
    expect(users.map((i) => `${i.from} -> ${i.specifier}`)).toEqual([]);
  });
});

/** Folder-level edges: `a -> b` when a file in src/a imports a file in src/b. */
function folderGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const i of all) {
    const a = folderOf(i.from);
    const b = folderOf(i.target);
    if (!a || !b || a === b) continue;
    if (!graph.has(a)) graph.set(a, new Set());
    graph.get(a)!.add(b);
  }
  return graph;
}

/** One cycle of the graph as a path `a -> b -> ... -> a`, or null. */
export function findCycle(graph: Map<string, Set<string>>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): string[] | null => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') return [...stack.slice(stack.indexOf(next)), next];
      if (!state.has(next)) {
        const found = visit(next);
        if (found) return found;
      }
    }
    stack.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of [...graph.keys()].sort()) {
    if (!state.has(node)) {
      const found = visit(node);
      if (found) return found;
    }
  }
  return null;
}

describe('folders of src/', () => {
  test('form no cycle (type imports included)', () => {
    expect(findCycle(folderGraph())?.join(' -> ') ?? null).toBeNull();
  });

  test('the cycle check finds a cycle when there is one', () => {
    const graph = new Map([
      ['grader', new Set(['gradebook'])],
      ['gradebook', new Set(['quiz'])],
      ['quiz', new Set(['grader'])],
    ]);
    expect(findCycle(graph)).toEqual(['gradebook', 'quiz', 'grader', 'gradebook']);
  });
});
