/** The longest span SCORM 1.2's CMITimespan can hold (four digits of hours). */
const MAX_CENTISECONDS = (9999 * 3600 + 59 * 60 + 59) * 100 + 99;

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * Formats a duration as a SCORM 1.2 CMITimespan, `HHHH:MM:SS.SS` (e.g. `0000:04:07.25`).
 * Negative or non-finite input counts as zero (a clock that went backwards must not make the
 * LMS reject the value); longer than 9999 hours is capped rather than overflowing the format.
 */
export function formatSessionTime(milliseconds: number): string {
  const raw = Number.isFinite(milliseconds) ? Math.round(milliseconds / 10) : 0;
  const cs = Math.min(Math.max(raw, 0), MAX_CENTISECONDS);
  const hours = Math.floor(cs / 360000);
  const minutes = Math.floor(cs / 6000) % 60;
  const seconds = Math.floor(cs / 100) % 60;
  return `${pad(hours, 4)}:${pad(minutes, 2)}:${pad(seconds, 2)}.${pad(cs % 100, 2)}`;
}
