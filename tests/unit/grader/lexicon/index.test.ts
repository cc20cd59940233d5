import { describe, expect, test } from 'vitest';
import { noteWords, replyWords, sharedWords } from '../../../../src/grader/lexicon';
import * as en from '../../../../src/grader/lexicon/en';
import * as es from '../../../../src/grader/lexicon/es';

const merged = { shared: sharedWords, reply: replyWords, note: noteWords };

describe('lexicon/index.ts', () => {
  test('returns a list per key of the English file, English first', () => {
    expect(Object.keys(replyWords)).toEqual(Object.keys(en.reply));
    expect(replyWords.knowing[0]).toBe(en.reply.knowing);
    expect(replyWords.knowing).toContain(es.reply.knowing);
  });

  test('returns no empty list for a language without words for the key', () => {
    expect(replyWords.knowUs).not.toContain('');
    expect(replyWords.knowUs[0]).toBe(es.reply.knowUs);
  });

  test('returns each word under one language only', () => {
    const twice = Object.entries(merged).flatMap(([group, lists]) =>
      Object.entries(lists).flatMap(([key, langs]: [string, readonly string[]]) => {
        const all = langs.flatMap((list) => list.split(list.includes('|') ? '|' : ' '));
        return all.filter((w, i) => all.indexOf(w) !== i).map((w) => `${group}.${key}: ${w}`);
      }),
    );
    expect(twice).toEqual([]);
  });
});
