import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';

// Coverage thresholds (npm run test:coverage): the grader is covered line for line; each domain
// folder (pure logic the pages, the gradebook and the LMS adapters rely on) at least 90%.
const DOMAIN = ['src/tasks', 'src/quiz', 'src/assignment', 'src/gradebook', 'src/stores'];

export default defineConfig({
  plugins: [preact()],
  resolve: { alias: { '~': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/components/**/*.test.tsx'],
    coverage: {
      provider: 'v8',
      include: ['src/grader/**/*.ts', ...DOMAIN.map((d) => `${d}/**/*.ts`)],
      reporter: ['text-summary', 'json-summary'],
      thresholds: {
        'src/grader/**/*.ts': { lines: 100 },
        ...Object.fromEntries(DOMAIN.map((d) => [`${d}/**/*.ts`, { lines: 90 }])),
      },
    },
  },
});
