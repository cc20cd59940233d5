/**
 * The script of the package's launch page (bundled by scripts/package-scorm.mjs, not by Astro):
 * offers the course's frame a {@link createSessionKeeper} over the LMS's API, then loads the
 * course into the frame. Loading the frame only after `window.API` is set means the course's
 * API search always finds the keeper first.
 */
import { findScorm12Api, type WindowLike } from './discover';
import { createSessionKeeper } from './keeper';

const real = findScorm12Api(window as unknown as WindowLike);
if (real) {
  const keeper = createSessionKeeper(real, () => Date.now());
  (window as unknown as { API: unknown }).API = keeper.api;
  addEventListener('pagehide', () => keeper.close());
}
const frame = document.querySelector<HTMLIFrameElement>('iframe[data-src]');
if (frame) frame.src = frame.dataset.src!;
