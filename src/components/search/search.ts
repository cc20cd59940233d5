import { sitePath } from '../ui/sitePath';

/** The part of Pagefind's browser API the search page uses. */
interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  search(query: string): Promise<{ results: PagefindResult[] }>;
}

let pagefind: Promise<Pagefind> | undefined;

/** Loads the index Pagefind wrote at build time, once. */
function loadPagefind(): Promise<Pagefind> {
  // The file only exists after `pagefind --site dist`, so the bundler must not try to resolve it.
  const url = new URL(sitePath('/pagefind/pagefind.js'), location.href).href;
  pagefind ??= import(/* @vite-ignore */ url) as Promise<Pagefind>;
  return pagefind;
}

/**
 * Pagefind's excerpt is HTML with <mark> around the matched words. Rebuild it as text nodes and
 * <mark> elements so nothing in an excerpt is ever parsed as markup.
 */
export function excerptNodes(excerpt: string, doc: Document = document): Node[] {
  const decode = (s: string) =>
    new DOMParser().parseFromString(s, 'text/html').body.textContent ?? '';
  return excerpt.split(/(<mark>[^<]*<\/mark>)/).map((part) => {
    const marked = /^<mark>([^<]*)<\/mark>$/.exec(part);
    if (!marked) return doc.createTextNode(decode(part));
    const mark = doc.createElement('mark');
    mark.textContent = decode(marked[1]!);
    return mark;
  });
}

/** Searches the lessons, fills `list` with links and excerpts, and returns a sentence to announce. */
export async function runSearch(query: string, list: HTMLElement): Promise<string> {
  list.replaceChildren();
  let found: PagefindResult[];
  try {
    found = (await (await loadPagefind()).search(query)).results;
  } catch {
    return 'Search is not available right now. Try again after reloading the page.';
  }
  const pages = await Promise.all(found.slice(0, 20).map((r) => r.data()));
  for (const page of pages) {
    const item = document.createElement('li');
    const heading = document.createElement('h2');
    const link = document.createElement('a');
    link.href = page.url;
    link.textContent = page.meta.title ?? page.url;
    heading.append(link);
    const excerpt = document.createElement('p');
    excerpt.append(...excerptNodes(page.excerpt));
    item.append(heading, excerpt);
    list.append(item);
  }
  if (pages.length === 0) return `No lesson mentions “${query}”.`;
  return `${pages.length} ${pages.length === 1 ? 'lesson matches' : 'lessons match'} “${query}”.`;
}
