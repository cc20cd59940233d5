/**
 * The checks every language file of the grader's lexicon passes (src/grader/lexicon/): adding a
 * language is adding its file and a test that calls `checkLanguage`.
 */
import { describe, expect, test } from 'vitest';
import * as en from '../../../../src/grader/lexicon/en';
import type { Lexicon, Translation } from '../../../../src/grader/lexicon/types';
import { words } from '../../../../src/grader/text';

const GROUPS = ['shared', 'reply', 'note'] as const;

/** The entries of one group: [key, list] pairs. */
const entries = (group: object) => Object.entries(group) as [string, string][];

/** The words or phrases of a list: keys described as "Phrases" hold `|`-separated sequences. */
const items = (list: string) => (list.includes('|') ? list.split('|') : list.split(' '));

/** Runs the checks on the language file `code` (its module namespace `lang`). */
export function checkLanguage(code: string, lang: Lexicon | Translation) {
  describe(`lexicon/${code}.ts`, () => {
    test('has the shared, reply and note groups and no other', () => {
      expect(Object.keys(lang).sort()).toEqual([...GROUPS].sort());
    });

    for (const group of GROUPS) {
      const listed = entries(lang[group]);

      test(`uses only keys the English ${group} group defines`, () => {
        const known = Object.keys(en[group]);
        expect(listed.map(([key]) => key).filter((key) => !known.includes(key))).toEqual([]);
      });

      test(`writes ${group} words as the grader normalises a draft (lowercase, no accents)`, () => {
        const odd = listed.flatMap(([key, list]) =>
          items(list)
            .filter((item) => item && words(item).join(' ') !== item)
            .map((item) => `${key}: ${item}`),
        );
        expect(odd).toEqual([]);
      });

      test(`lists no ${group} word twice under one key`, () => {
        const twice = listed.flatMap(([key, list]) => {
          const all = items(list);
          return all.filter((item, i) => all.indexOf(item) !== i).map((item) => `${key}: ${item}`);
        });
        expect(twice).toEqual([]);
      });

      if (code !== 'en') {
        test(`leaves out the ${group} keys it has no words for`, () => {
          expect(listed.filter(([, list]) => !list.trim()).map(([key]) => key)).toEqual([]);
        });
      }
    }
  });
}
