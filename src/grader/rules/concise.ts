/** concise: a reply of 15 to 150 words (whitespace-separated tokens holding a letter or digit). */
import { countWords } from '../text';
import type { Finding, ReplyRule } from './types';

/** Word-count bounds of a concise reply. */
export const MIN_WORDS = 15;
export const MAX_WORDS = 150;

const words = (count: number) =>
  `${count} words: ${count < MIN_WORDS ? 'too short, aim for' : count > MAX_WORDS ? 'trim it to' : 'within'} ${MIN_WORDS} to ${MAX_WORDS}.`;

/** The reply has 15 to 150 words. */
export const concise: ReplyRule<'concise', Finding & { count: number }> = {
  id: 'concise',
  check({ text }) {
    const count = countWords(text);
    return { met: count >= MIN_WORDS && count <= MAX_WORDS, count };
  },
  feedback: { met: ({ count }) => words(count), unmet: ({ count }) => words(count) },
};
