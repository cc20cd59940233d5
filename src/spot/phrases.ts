/** A run of the note, as [start, end) offsets. */
export type Range = readonly [number, number];

// Where a note may be cut: after a sentence's end, a comma, colon or semicolon, or a dash set
// between spaces; the cut keeps the punctuation with the phrase before it.
const CUT = /([.!?…]+["'”’)\]]*|[,;:]|\s[-–—])(\s+)/g;

/**
 * Splits a note into the phrases a learner can mark one by one: sentences, cut again after a
 * comma, colon, semicolon or spaced dash outside brackets. A cut inside the text of a mark is
 * dropped, so every mark lies within a single phrase and is found by marking that phrase. The
 * whitespace between two phrases belongs to neither; joining the phrases with it gives the note.
 */
export function notePhrases(note: string, markTexts: readonly (string | undefined)[]): Range[] {
  const spans = markTexts
    .map((text) => (text ? [note.indexOf(text), text.length] : [-1, 0]))
    .filter(([start]) => start! >= 0)
    .map(([start, length]) => [start!, start! + length!] as const);
  const phrases: Range[] = [];
  let from = 0;
  for (const match of note.matchAll(CUT)) {
    const cut = match.index + match[1]!.length;
    const next = match.index + match[0].length;
    const bracketsOpen =
      note.slice(0, cut).split('(').length - note.slice(0, cut).split(')').length;
    if (bracketsOpen > 0 || spans.some(([start, end]) => start < cut && cut < end)) continue;
    if (next >= note.length) break;
    phrases.push([from, cut]);
    from = next;
  }
  if (from < note.length) phrases.push([from, note.trimEnd().length]);
  return phrases;
}

/** The phrases whose text overlaps [start, end) of the note. */
export function phrasesOver(phrases: readonly Range[], start: number, end: number): number[] {
  return phrases.flatMap(([from, to], i) => (from < end && start < to ? [i] : []));
}
