import { describe, expect, test } from 'vitest';
import { around, excerpt } from '~/components/ui/highlight';

describe('around', () => {
  test('cuts a text around the first occurrence of the needle', () => {
    expect(around('Hi Betty, hi Betty', 'Betty')).toEqual(['Hi ', 'Betty', ', hi Betty']);
  });

  test('returns null when the needle is missing or empty', () => {
    expect(around('Hi Betty', 'Kwame')).toBeNull();
    expect(around('Hi Betty', '')).toBeNull();
  });
});

describe('excerpt', () => {
  test('keeps up to `context` characters either side, cut with an ellipsis', () => {
    expect(excerpt('aaaaa Betty bbbbb', 'Betty', 3)).toEqual(['…aa ', 'Betty', ' bb…']);
  });

  test('keeps the whole text when it is short, and only the evidence when it is absent', () => {
    expect(excerpt('Hi Betty!', 'Betty')).toEqual(['Hi ', 'Betty', '!']);
    expect(excerpt('Hi Betty!', 'Kwame')).toEqual(['', 'Kwame', '']);
    expect(excerpt('Hi Betty!', 'Betty', 0)).toEqual(['…', 'Betty', '…']);
  });
});
