// Checks shared by the packager's unit test and the SCORM browser test: what a SCORM zip holds,
// whether every URL its pages, styles and scripts reference is inside it, and its manifest.
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';

/** The zip's files as { path: text-or-bytes }. */
export function readZip(bytes) {
  const files = unzipSync(new Uint8Array(bytes));
  return Object.fromEntries(
    Object.entries(files).map(([name, data]) => [
      name,
      /\.(html|js|css|xml|json|svg|txt)$/.test(name) ? strFromU8(data) : data,
    ]),
  );
}

const ATTRS =
  /\s(href|src|data-src|component-url|renderer-url|before-hydration-url|action)\s*=\s*"([^"]*)"/g;

/** Every URL a packaged file references, with the package path it resolves to. */
export function references(name, text) {
  const urls = [];
  if (name.endsWith('.html')) {
    for (const [, attr, url] of text.matchAll(ATTRS)) urls.push({ url, attr });
  }
  if (name.endsWith('.css'))
    for (const [, , url] of text.matchAll(/url\(\s*(["']?)([^"')]+)\1\s*\)/g))
      urls.push({ url, attr: 'url()' });
  if (name.endsWith('.js') || name.endsWith('.html')) {
    for (const [, , url] of text.matchAll(
      /(?:\bfrom\s*|\bimport\s*\(?\s*)(["'`])((?:\/|\.{1,2}\/)[^"'`\s]+)\1/g,
    ))
      urls.push({ url, attr: 'import' });
    for (const [, , p] of text.matchAll(/(["'`])(_astro\/[^"'`\s]+)\1/g))
      urls.push({ url: '/' + p, attr: 'preload', fromRoot: true });
  }
  return urls
    .filter(({ url }) => url && !url.startsWith('#') && !/^[a-z][a-z0-9+.-]*:/i.test(url))
    .map((ref) => {
      const clean = ref.url.replace(/[?#].*$/, '');
      const target = ref.fromRoot
        ? clean.slice(1)
        : path.posix.normalize(path.posix.join(path.posix.dirname(name), clean));
      return { ...ref, target };
    });
}

/** Problems with the package's references: absolute URLs left, or files missing from the zip. */
export function referenceProblems(files) {
  const problems = [];
  for (const [name, text] of Object.entries(files)) {
    if (typeof text != 'string') continue;
    for (const ref of references(name, text)) {
      if (ref.url.startsWith('/') && !ref.fromRoot)
        problems.push(`${name}: absolute URL ${ref.url} (${ref.attr})`);
      else if (!(ref.target in files))
        problems.push(`${name}: ${ref.url} (${ref.attr}) -> ${ref.target} is not in the zip`);
    }
  }
  return problems;
}

/**
 * A strict well-formedness check of XML as the manifest uses it (no DTD, no CDATA): every tag
 * closes in order, attributes are quoted, entities are the five XML ones. Returns problems.
 */
export function xmlProblems(text) {
  const problems = [];
  if (!text.startsWith('<?xml version="1.0" encoding="UTF-8"?>'))
    problems.push('no XML declaration');
  const body = text.replace(/^<\?xml[^>]*\?>/, '');
  const stack = [];
  const tag =
    /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[A-Za-z_][\w:.-]*="[^"<]*")*)\s*(\/?)>|<!--[\s\S]*?-->|(<)|&(?!(?:amp|lt|gt|quot|apos);)/g;
  let roots = 0;
  for (const m of body.matchAll(tag)) {
    if (m[0].startsWith('<!--')) continue;
    if (m[5]) problems.push(`stray "<" at ${m.index}`);
    else if (m[0].startsWith('&')) problems.push(`bad entity at ${m.index}`);
    else if (m[1]) {
      if (stack.pop() !== m[2]) problems.push(`</${m[2]}> closes the wrong element`);
    } else {
      if (stack.length === 0) roots++;
      if (!m[4]) stack.push(m[2]);
    }
  }
  if (stack.length) problems.push(`unclosed: ${stack.join(', ')}`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return problems;
}

/** The facts of a SCORM 1.2 or 2004 manifest the LMSs check. */
export function manifestFacts(text) {
  const attr = (el, name) => new RegExp(`\\s${name}="([^"]*)"`).exec(el)?.[1];
  const resources = [...text.matchAll(/<resource\s[^>]*>/g)].map((m) => m[0]);
  return {
    namespaces: {
      imscp: text.includes('xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"'),
      adlcp: text.includes('xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"'),
      imscp2004: text.includes('xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"'),
      adlcp2004: text.includes('xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"'),
      imsss: text.includes('xmlns:imsss="http://www.imsglobal.org/xsd/imsss"'),
    },
    schema: /<schema>ADL SCORM<\/schema>/.test(text),
    schemaversion: /<schemaversion>([^<]*)<\/schemaversion>/.exec(text)?.[1],
    organizations: (text.match(/<organization\s/g) ?? []).length,
    items: (text.match(/<item\s/g) ?? []).length,
    resources: resources.map((r) => ({
      type: attr(r, 'type'),
      scormtype: attr(r, 'adlcp:scormtype') ?? attr(r, 'adlcp:scormType'),
      href: attr(r, 'href'),
    })),
    files: [...text.matchAll(/<file href="([^"]*)"/g)].map((m) =>
      m[1]
        .replace(/&amp;/g, '&')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'"),
    ),
    masteryscore: /<adlcp:masteryscore>([^<]*)</.exec(text)?.[1],
    minNormalizedMeasure: /<imsss:minNormalizedMeasure>([^<]*)</.exec(text)?.[1],
    deliveryControls:
      /<imsss:deliveryControls completionSetByContent="true" objectiveSetByContent="true"\/>/.test(
        text,
      ),
  };
}
