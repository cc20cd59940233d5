/** The two colour themes; "system" is the absence of a saved choice. */
export type Theme = 'light' | 'dark';

/** Key in localStorage; the same key is read by public/theme-init.js before first paint. */
export const THEME_KEY = 'snty:theme';

/** The theme the page shows now: a pinned choice, else the system's. */
export function currentTheme(root: HTMLElement = document.documentElement): Theme {
  const pinned = root.getAttribute('data-theme');
  if (pinned === 'light' || pinned === 'dark') return pinned;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** Pins a theme on the page and remembers it when storage allows. */
export function saveTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  root.setAttribute('data-theme', theme);
  try {
    localStorage.setItem(THEME_KEY, theme);
  } catch {
    // Storage refused (private mode, quota): the theme still applies for this page view.
  }
}
