/**
 * The printables' choice of scenarios: `?id=a&id=b` in the address (the cards page's form sends
 * it, the guide links with it) keeps those scenarios and hides the rest. Elements carry their
 * scenario in `data-scenario`; without ids every one stays.
 */

/** The scenario ids chosen in a query string (`?id=a&id=b`, or `?id=a,b`), in order, once each. */
export function chosenIds(search: string): string[] {
  const ids = new URLSearchParams(search)
    .getAll('id')
    .flatMap((value) => value.split(','))
    .map((id) => id.trim())
    .filter(Boolean);
  return [...new Set(ids)];
}

/**
 * Hides the `[data-scenario]` elements under `root` that `search` does not choose, ticks the
 * chosen boxes of the page's form, and returns how many scenarios are shown (and of how many).
 */
export function applySelection(root: ParentNode, search: string): { shown: number; of: number } {
  const ids = new Set(chosenIds(search));
  const items = [...root.querySelectorAll<HTMLElement>('[data-scenario]')];
  const scenarios = new Set(items.map((el) => el.dataset.scenario));
  for (const el of items) el.hidden = ids.size > 0 && !ids.has(el.dataset.scenario!);
  for (const box of root.querySelectorAll<HTMLInputElement>('input[name="id"]')) {
    box.checked = ids.has(box.value);
  }
  const shown = ids.size ? [...scenarios].filter((id) => id && ids.has(id)).length : scenarios.size;
  return { shown, of: scenarios.size };
}
