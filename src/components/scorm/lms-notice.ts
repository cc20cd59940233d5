import { lmsLearnerName, lmsBridge } from '~/scorm/browser';

/**
 * Inside a SCORM package, says who the LMS says the learner is and that answers go to the LMS
 * (the LMS is the source of truth there: no name to type, no file to download). Outside a
 * package the line stays hidden. Problems with the LMS are shown once by the package's launch
 * page, above the course.
 */
export function mountLmsNotice(root: ParentNode): void {
  const line = root.querySelector<HTMLElement>('[data-lms-notice]');
  if (!line || !lmsBridge?.connected) return;
  const name = lmsLearnerName();
  line.textContent = name
    ? `Signed in through your LMS as ${name}. Your answers are sent to it as you go.`
    : 'Your answers are sent to your LMS as you go.';
  line.hidden = false;
}
