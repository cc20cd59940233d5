import { describe, expect, test } from 'vitest';
import { replyMet as met } from '../helpers';

describe('keeps-private', () => {
  test.each([
    ['Email me at omar.h@example.org.', false],
    ['call 555-0100', false],
    ['My cell is +1 (415) 555-0199.', false],
    ["I'm at 12 Oak Lane.", false],
    ['Write to PO Box 44.', false],
    ['We met at 5 Market Square.', false],
    ['Passez au 14 rue Mercière.', false],
    ['Drop by 27 rue des Petites-Écuries.', false],
    ['Our studio is at Via Tortona 27.', false],
    ['Our office is at Industriestraße 14.', false],
    ['I sent 3 via email.', true],
    ['I worked there 2019-2020.', true],
    ['It is a 5 minute drive.', true],
    ['Ping me on LinkedIn @omar.', true],
  ])('returns %s -> %s', (text, want) => {
    expect(met(text, 'keeps-private')).toBe(want);
  });
});
