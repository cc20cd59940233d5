// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';

// Where the course is published, read at build time (README, "Publish the course"): SITE is the
// canonical address (https://courses.example.org; pages name it in <link rel="canonical">), BASE
// the folder under it (/course/), when any.
const site = process.env.SITE || undefined;
const base = process.env.BASE || undefined;

export default defineConfig({
  site,
  base,
  output: 'static',
  trailingSlash: 'always',
  integrations: [mdx(), preact()],
  // The course shows no code, and Shiki's inline styles would not fit the CSP.
  markdown: { syntaxHighlight: false },
  devToolbar: { enabled: false },
  vite: {
    build: {
      rolldownOptions: {
        output: {
          // Every page loads Preact, Astro's Preact renderer and the stores (the storage notice is
          // on every page), and every exercise the same few shared ui modules. Left to itself the
          // bundler cuts them into a dozen small files, and each costs its own compression
          // overhead and import lines: one chunk for each set weighs about 1.5 KB (gzip) less per
          // lesson page, and no page loads code it did not load before (the lesson budget in
          // scripts/check-site.mjs). Nothing else is grouped; the graders stay lazy chunks.
          // Mastery (src/mastery/mastery.ts, under 0.3 KB) joins the core: lesson pages, the home
          // page and the review page count it, and its own chunk would cost more than it weighs;
          // so does sitePath (src/components/ui/sitePath.ts, the folder the course lives in).
          codeSplitting: {
            groups: [
              {
                name: 'core',
                test: /node_modules[\\/](preact|nanostores[\\/](atom|lifecycle)|@nanostores[\\/]persistent|@astrojs[\\/]preact)[\\/]|preload-helper|src[\\/]stores[\\/](drafts|notices|progress|storage-engine|versioned-atom)\.ts|src[\\/]mastery[\\/]mastery\.ts|src[\\/]components[\\/]ui[\\/](hooks|sitePath)\.ts/,
              },
              {
                name: 'exercise',
                test: /src[\\/]components[\\/]ui[\\/](Exercise|format|highlight|lazyGrader|useCheck)\.tsx?$/,
              },
            ],
          },
        },
      },
    },
  },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind compiles its WebAssembly search index in the browser.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
