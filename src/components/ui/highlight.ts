/** `text` cut around the first `needle`: [before, needle, after], or null when it is not there. */
export function around(text: string, needle: string): [string, string, string] | null {
  const start = needle ? text.indexOf(needle) : -1;
  return start < 0 ? null : [text.slice(0, start), needle, text.slice(start + needle.length)];
}

/**
 * The words around `evidence` in `text`: up to `context` characters either side, cut with "…".
 * Returns [before, evidence, after]; when the evidence is not in the text, only the evidence.
 */
export function excerpt(text: string, evidence: string, context = 40): [string, string, string] {
  const [before, , after] = around(text, evidence) ?? ['', evidence, ''];
  const from = Math.max(0, before.length - context);
  return [
    (from > 0 ? '…' : '') + before.slice(from),
    evidence,
    after.slice(0, context) + (after.length > context ? '…' : ''),
  ];
}
