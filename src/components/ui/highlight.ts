/**
 * The words around `evidence` in `text`: up to `context` characters either side, cut with "…".
 * Returns [before, evidence, after]; when the evidence is not in the text, only the evidence.
 */
export function excerpt(text: string, evidence: string, context = 40): [string, string, string] {
  const start = text.indexOf(evidence);
  if (start < 0 || !evidence) return ['', evidence, ''];
  const end = start + evidence.length;
  const from = Math.max(0, start - context);
  const to = Math.min(text.length, end + context);
  return [
    (from > 0 ? '…' : '') + text.slice(from, start),
    evidence,
    text.slice(end, to) + (to < text.length ? '…' : ''),
  ];
}
