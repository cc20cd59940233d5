import { describe, expect, test } from 'vitest';
import { findScorm12Api, MAX_PARENT_DEPTH, type WindowLike } from '~/scorm';
import { fakeApi } from './fake-api';

/** A chain of `depth` frames under a top window holding `api`; returns the innermost. */
function frames(depth: number, api: unknown): WindowLike {
  const top: WindowLike = { API: api };
  top.parent = top;
  let win = top;
  for (let i = 0; i < depth; i++) win = { parent: win };
  return win;
}

describe('findScorm12Api', () => {
  const { api } = fakeApi();

  test('returns the API of the window itself', () => {
    expect(findScorm12Api(frames(0, api))).toBe(api);
  });

  test('returns the API of a parent up to the maximum depth', () => {
    expect(findScorm12Api(frames(MAX_PARENT_DEPTH, api))).toBe(api);
  });

  test('returns undefined when the API is further up than the maximum depth', () => {
    expect(findScorm12Api(frames(MAX_PARENT_DEPTH + 1, api))).toBeUndefined();
  });

  test('returns the API of the opener and its parents when no frame holds one', () => {
    const win: WindowLike = { opener: frames(2, api) };
    win.parent = win;
    expect(findScorm12Api(win)).toBe(api);
  });

  test('returns undefined outside an LMS', () => {
    const win: WindowLike = {};
    win.parent = win;
    expect(findScorm12Api(win)).toBeUndefined();
  });

  test('ignores an API object that lacks SCORM 1.2 functions (a SCORM 2004 or stray one)', () => {
    expect(findScorm12Api(frames(1, { Initialize() {} }))).toBeUndefined();
  });

  test('skips a cross-origin parent that throws on access', () => {
    const top: WindowLike = { API: api };
    const foreign = new Proxy({} as WindowLike, {
      get() {
        throw new DOMException('Blocked a frame', 'SecurityError');
      },
    });
    expect(findScorm12Api({ parent: foreign })).toBeUndefined();
    const withOpener: WindowLike = { parent: foreign, opener: top };
    expect(findScorm12Api(withOpener)).toBe(api);
  });
});
