/** A run of text; `mark` is the index of the needle it matched, or -1 for plain text. */
export interface Segment {
  text: string;
  mark: number;
}

/**
 * Splits `text` where the needles occur (the first occurrence of each), so that the matches can
 * be rendered as `<mark>` elements around plain text, never as HTML. Overlapping needles keep the
 * one that starts first; needles not found are skipped.
 */
export function splitAtMarks(text: string, needles: readonly (string | undefined)[]): Segment[] {
  const hits = needles
    .map((needle, mark) => ({ mark, start: needle ? text.indexOf(needle) : -1, end: 0 }))
    .filter((hit) => hit.start >= 0)
    .map((hit) => ({ ...hit, end: hit.start + needles[hit.mark]!.length }))
    .sort((a, b) => a.start - b.start);
  const segments: Segment[] = [];
  let at = 0;
  for (const { mark, start, end } of hits) {
    if (start < at) continue;
    if (start > at) segments.push({ text: text.slice(at, start), mark: -1 });
    segments.push({ text: text.slice(start, end), mark });
    at = end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), mark: -1 });
  return segments;
}
