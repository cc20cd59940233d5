/** Budget test: the grader's browser bundle, minified and gzipped, must fit in 8 KB. */
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

describe('grader bundle', () => {
  test('returns at most 8192 gzipped bytes and no zod', async () => {
    const out = await build({
      entryPoints: [fileURLToPath(new URL('../../../src/grader/index.ts', import.meta.url))],
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      write: false,
    });
    const code = out.outputFiles[0]!.contents;
    const gz = gzipSync(code).length;
    console.log(`grader bundle: ${code.length} bytes minified, ${gz} bytes gzipped (budget 8192)`);
    expect(new TextDecoder().decode(code)).not.toMatch(/ZodError|zod/i);
    expect(gz).toBeLessThanOrEqual(8192);
  });
});
