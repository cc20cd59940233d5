/**
 * Rewrites a built page, style or script so it runs from whatever folder an LMS unpacks the
 * package into (/pluginfile.php/12/mod_scorm/content/3/...): every absolute URL becomes relative,
 * links to pages left out of the package lose their href, and inline scripts and styles whose
 * text changed get their CSP hash recomputed in the page's policy.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';

/** Attributes whose value is a URL the browser loads or follows. */
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'action',
  'poster',
  'component-url',
  'renderer-url',
  'before-hydration-url',
]);

/** Files read as text (and rewritten); the others are copied as bytes. */
export const TEXT_FILES = /\.(html|js|mjs|css|json|svg|xml|txt|webmanifest)$/;

/** `sha256-...` of a script or style text, as CSP writes it. */
const cspHash = (text: string) =>
  `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

/** Splits `url` into path and suffix (`?query#hash`). */
function splitUrl(url: string): [string, string] {
  const at = url.search(/[?#]/);
  return at < 0 ? [url, ''] : [url.slice(0, at), url.slice(at)];
}

/** Relative URL from the folder of `fromFile` to `toFile` (both package paths). */
export function relativeUrl(fromFile: string, toFile: string): string {
  const from = path.posix.dirname(fromFile);
  let out = path.posix.relative(from, toFile);
  if (!out.startsWith('.')) out = './' + out;
  return out;
}

/**
 * The package path a site URL points at (`/quiz/` -> `quiz/index.html`), or undefined for a URL
 * that is not a file of the site (external, data:, a bare #anchor).
 */
export function sitePath(
  url: string,
  fromFile: string,
  files: ReadonlySet<string>,
): string | undefined {
  if (!url || url.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//'))
    return undefined;
  const [p] = splitUrl(url);
  if (!p) return undefined;
  let resolved = p.startsWith('/')
    ? p.slice(1)
    : path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), p));
  try {
    resolved = decodeURIComponent(resolved);
  } catch {
    // Keep it as written; the existence check reports it.
  }
  if (resolved === '' || resolved === '.' || resolved.endsWith('/'))
    resolved = (resolved === '.' ? '' : resolved) + 'index.html';
  else if (!files.has(resolved) && files.has(resolved + '/index.html')) resolved += '/index.html';
  return resolved;
}

/** What rewriting one file gives. */
export interface Rewritten {
  text: string;
  /** Package paths it references (to copy next). */
  refs: Set<string>;
  /** References to files the site does not have. */
  missing: string[];
}

type Asset = (url: string) => string;

/**
 * Rewrites one packaged file's URLs. `pages` is the set of packaged HTML pages: links to other
 * pages of the site lose their href.
 */
export function rewriteFile(
  file: string,
  text: string,
  { files, pages }: { files: ReadonlySet<string>; pages: ReadonlySet<string> },
): Rewritten {
  const refs = new Set<string>();
  const missing: string[] = [];
  /** A URL the browser loads as a file: must exist, becomes relative. */
  const asset: Asset = (url) => {
    const target = sitePath(url, file, files);
    if (target === undefined) return url;
    if (!files.has(target)) {
      missing.push(`${file} -> ${url}`);
      return url;
    }
    refs.add(target);
    return relativeUrl(file, target) + splitUrl(url)[1];
  };

  if (file.endsWith('.css')) return { text: rewriteCss(text, asset), refs, missing };
  if (/\.m?js$/.test(file)) return { text: rewriteJs(text, file, asset, files), refs, missing };
  if (!file.endsWith('.html')) return { text, refs, missing };

  const hashes = new Map<string, string>();
  let html = text.replace(
    /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/gi,
    (_whole, tag: string, attrs: string, body: string) => {
      const newAttrs = rewriteAttributes(tag, attrs, asset, file, files, pages);
      const inline = !/\ssrc=/i.test(attrs) && body.length > 0;
      let newBody = body;
      if (
        inline &&
        tag.toLowerCase() === 'script' &&
        !/type="application\/(ld\+)?json"/.test(attrs)
      )
        newBody = rewriteJsSpecifiers(body, asset);
      if (inline && tag.toLowerCase() === 'style') newBody = rewriteCss(body, asset);
      if (newBody !== body) hashes.set(cspHash(body), cspHash(newBody));
      return `<${tag}${newAttrs}>${newBody}</${tag}>`;
    },
  );
  // Other tags (outside scripts and styles, which the first pass rebuilt): attribute by attribute.
  html = html.replace(
    /(<script\b[^>]*>[\s\S]*?<\/script>|<style\b[^>]*>[\s\S]*?<\/style>)|<([a-zA-Z][\w-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)(\s*\/?)>/g,
    (_whole, raw: string | undefined, tag: string, attrs: string, end: string) =>
      raw ? raw : `<${tag}${rewriteAttributes(tag, attrs, asset, file, files, pages)}${end}>`,
  );
  for (const [before, after] of hashes) html = html.replaceAll(`'${before}'`, `'${after}'`);
  return { text: html, refs, missing };
}

/** Rewrites the URL attributes of one tag's attribute string. */
function rewriteAttributes(
  tag: string,
  attrs: string,
  asset: Asset,
  file: string,
  files: ReadonlySet<string>,
  pages: ReadonlySet<string>,
): string {
  const name = tag.toLowerCase();
  return attrs.replace(
    /(\s+)([^\s=>/]+)(\s*=\s*)("([^"]*)"|'([^']*)')/g,
    (whole, space: string, attr: string, eq: string, quoted: string, dq?: string, sq?: string) => {
      const key = attr.toLowerCase();
      const value = dq ?? sq ?? '';
      const q = quoted[0];
      if (key === 'srcset') {
        const out = value
          .split(',')
          .map((part) => part.trim().replace(/^\S+/, (u) => asset(u)))
          .join(', ');
        return `${space}${attr}${eq}${q}${out}${q}`;
      }
      if (!URL_ATTRIBUTES.has(key)) return whole;
      const isLink = (name === 'a' || name === 'area' || name === 'form') && key !== 'src';
      if (!isLink) return `${space}${attr}${eq}${q}${asset(value)}${q}`;
      const target = sitePath(value, file, files);
      if (target === undefined) return whole;
      // A page of the package: link it relatively, to its index.html (LMS file servers do not
      // map folders to index.html). Any other page of the site is not in the package: unlink.
      if (pages.has(target)) return `${space}${attr}${eq}${q}${asset(value)}${q}`;
      if (files.has(target) && !target.endsWith('.html'))
        return `${space}${attr}${eq}${q}${asset(value)}${q}`;
      return '';
    },
  );
}

/** Rewrites url(...) and @import in CSS. */
function rewriteCss(css: string, asset: Asset): string {
  return css
    .replace(
      /url\(\s*(["']?)([^"')]+)\1\s*\)/g,
      (_whole, q: string, url: string) => `url(${q}${asset(url)}${q})`,
    )
    .replace(
      /@import\s+(["'])([^"']+)\1/g,
      (_whole, q: string, url: string) => `@import ${q}${asset(url)}${q}`,
    );
}

/** Rewrites module specifiers (`from "/x"`, `import "/x"`, `import("/x")`) in JS text. */
function rewriteJsSpecifiers(js: string, asset: Asset): string {
  return js.replace(
    /(\bfrom\s*|\bimport\s*\(?\s*)(["'`])((?:\/|\.{1,2}\/)[^"'`\s]+)\2/g,
    (_whole, lead: string, q: string, url: string) => `${lead}${q}${asset(url)}${q}`,
  );
}

/**
 * Rewrites a JS chunk: module specifiers, absolute /_astro/ and /pagefind/ strings (relative to
 * the chunk, which is where import() resolves them), the `_astro/...` lists Vite's preload
 * helper reads, and the helper itself, whose `"/" + dep` assumes the site root. A string naming
 * another data file of the site (`"/quiz/pool.json"`, fetched by a page) becomes a URL computed
 * from the chunk's own address, since fetch resolves against the page, not the chunk.
 */
function rewriteJs(js: string, file: string, asset: Asset, files: ReadonlySet<string>): string {
  let out = rewriteJsSpecifiers(js, asset);
  out = out.replace(
    /(["'`])\/((?:_astro|pagefind)\/[^"'`\s]*)\1/g,
    (_whole, q: string, p: string) =>
      p.endsWith('/')
        ? `${q}${relativeUrl(file, p + 'x').slice(0, -1)}${q}`
        : `${q}${asset('/' + p)}${q}`,
  );
  out = out.replace(/(["'`])\/([\w\-./]+\.json)\1/g, (whole, _q: string, p: string) => {
    if (!files.has(p)) return whole;
    const relative = asset('/' + p);
    return `new URL(${JSON.stringify(relative)},import.meta.url).href`;
  });
  // Preload deps are root-relative paths ("_astro/x.js"); note them so they are copied.
  for (const [, , p] of out.matchAll(/(["'`])(_astro\/[^"'`\s]+)\1/g)) asset('/' + p);
  const back = path.posix.relative(path.posix.dirname(file), '') || '.';
  out = out.replace(
    /function\((\w+)\)\{return(["'`])\/\2\+\1\}/g,
    (_whole, v: string) =>
      `function(${v}){return new URL(${JSON.stringify(back + '/')}+${v},import.meta.url).href}`,
  );
  return out;
}
