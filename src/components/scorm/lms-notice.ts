import { $lmsNotices, dismissLmsNotice } from '~/scorm/notices';
// Importing the bootstrap connects this page to the LMS (if any) before any island hydrates.
import '~/scorm/browser';

/**
 * Renders `$lmsNotices` into the `[data-lms-notice]` regions of `root` and keeps them current.
 * Plain DOM rather than an island: it must run on every launch page at once, and it is tiny.
 * Messages are set as text, never HTML (the LMS's error strings are not ours to trust).
 */
export function mountLmsNotice(root: ParentNode): void {
  const regions = {
    error: root.querySelector<HTMLElement>('[data-lms-notice] [data-lms-level="error"]'),
    info: root.querySelector<HTMLElement>('[data-lms-notice] [data-lms-level="info"]'),
  };
  $lmsNotices.subscribe((notices) => {
    for (const [level, region] of Object.entries(regions)) {
      if (!region) continue;
      region.replaceChildren(
        ...notices
          .filter((n) => n.level === level)
          .map((notice) => {
            const p = document.createElement('p');
            const button = document.createElement('button');
            button.type = 'button';
            button.className = 'secondary';
            button.textContent = 'Dismiss';
            button.addEventListener('click', () => dismissLmsNotice(notice.topic));
            p.append(notice.message, ' ', button);
            return p;
          }),
      );
    }
  });
}
