// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { applySelection, chosenIds } from '~/components/guide/selection';

describe('chosenIds', () => {
  it('reads repeated and comma-separated ids, in order, once each', () => {
    expect(chosenIds('?id=b&id=a,c&id=b&id=')).toEqual(['b', 'a', 'c']);
    expect(chosenIds('')).toEqual([]);
  });
});

describe('applySelection', () => {
  const page = () => {
    document.body.innerHTML = `
      <form><input type="checkbox" name="id" value="a"><input type="checkbox" name="id" value="b"></form>
      <article data-scenario="a"></article><article data-scenario="b"></article>
      <table><tbody><tr data-scenario="b"></tr></tbody></table>`;
    return document.body;
  };

  it('hides the scenarios not chosen and ticks the chosen ones', () => {
    const root = page();
    expect(applySelection(root, '?id=b')).toEqual({ shown: 1, of: 2 });
    const hidden = [...root.querySelectorAll<HTMLElement>('[data-scenario]')].map((e) => e.hidden);
    expect(hidden).toEqual([true, false, false]);
    const ticked = [...root.querySelectorAll<HTMLInputElement>('input')].map((b) => b.checked);
    expect(ticked).toEqual([false, true]);
  });

  it('shows every scenario when none is chosen', () => {
    expect(applySelection(page(), '')).toEqual({ shown: 2, of: 2 });
  });
});
