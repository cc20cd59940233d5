/**
 * The course pages' side of a package: the bridge of the launch page around this frame (see
 * ./bridge.ts), and what reached the LMS as a store the end screens show. Outside a package
 * (the public site) there is no bridge and nothing here does anything.
 */
import { atom } from 'nanostores';
import { findBridge, type CourseBridge } from './bridge';
import type { SentSummary } from './course-session';

/** This page's bridge to the LMS, or undefined outside a package. */
export const lmsBridge: CourseBridge | undefined =
  typeof window == 'undefined' ? undefined : findBridge(window as never);

/** What reached the LMS so far; undefined outside a package (or before the LMS connected). */
export const $lmsSent = atom<SentSummary | undefined>(
  lmsBridge?.connected ? lmsBridge.sent() : undefined,
);
if (lmsBridge?.connected) lmsBridge.listen((sent) => $lmsSent.set({ ...sent }));

/** The learner's name as the LMS gives it, or '' outside an LMS (or when it does not say). */
export const lmsLearnerName = (bridge = lmsBridge): string =>
  bridge?.connected ? bridge.learner.name : '';

/**
 * One sentence for an end screen: what the LMS was sent ("Sent to your LMS: 12 answers, a score
 * of 80% (passed)."). Undefined outside an LMS.
 */
export function sentSentence(sent: SentSummary | undefined): string | undefined {
  if (!sent) return undefined;
  const parts = [`${sent.interactions} ${sent.interactions == 1 ? 'answer' : 'answers'}`];
  if (sent.result)
    parts.push(
      `a score of ${sent.result.percent}% (${sent.result.passed ? 'passed' : 'not passed'})`,
    );
  if (sent.complete) parts.push('the course as complete');
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts[0];
  return `Sent to your LMS: ${list}. Your instructor sees it in the LMS.`;
}
