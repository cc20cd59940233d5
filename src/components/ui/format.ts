/** "1.5", "2": scores with partial credit, without trailing zeros. */
export const formatScore = (n: number): string => String(Math.round(n * 10) / 10);

/**
 * Words as the grader counts them: whitespace-separated tokens holding a letter or digit. A copy
 * of the grader's `countWords` (src/grader/text.ts), so that islands showing a word count do not
 * load the grader's text module with the page.
 */
export const countWords = (text: string): number =>
  text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
