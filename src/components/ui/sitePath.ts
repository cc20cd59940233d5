/**
 * The course's own addresses under the folder it is published in. Astro builds with BASE (README,
 * "Publish the course"): "/" at a domain root, "/course/" in a subfolder. Astro moves its own
 * assets there, but a link written "/quiz/" still means the domain's root, so every address the
 * course writes for itself goes through here.
 */

/** The folder, without its trailing slash: "" at a domain root, "/course" in a subfolder. */
const BASE = import.meta.env.BASE_URL.replace(/\/+$/, '');

/** A course path ("/quiz/", "/lessons/01-x/#top") as the browser must ask for it. */
export function sitePath(path: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  return BASE + path;
}

/** The course path of a page's pathname ("/course/quiz/" → "/quiz/"), to compare with links. */
export function coursePath(pathname: string): string {
  if (!BASE) return pathname;
  if (pathname === BASE) return '/';
  return pathname.startsWith(BASE + '/') ? pathname.slice(BASE.length) : pathname;
}

/**
 * A course path written relative to the page at `pathname` ("/practice/pool.json" from
 * "/course/lessons/x/" → "../../practice/pool.json"): it then also resolves inside an LMS package,
 * which serves the course from a folder of its own choosing.
 */
export function pageRelative(pathname: string, path: string): string {
  const depth = coursePath(pathname).split('/').filter(Boolean).length;
  return '../'.repeat(depth) + path.replace(/^\/+/, '');
}
