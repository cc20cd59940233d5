// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

async function loadDrafts() {
  vi.resetModules();
  return import('~/stores/drafts');
}

beforeEach(() => {
  localStorage.clear();
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

describe('saveDraftSoon', () => {
  test('writes once typing pauses', async () => {
    const { saveDraftSoon, DRAFT_SAVE_DELAY_MS } = await loadDrafts();
    saveDraftSoon('reply:x', 'Hel');
    saveDraftSoon('reply:x', 'Hello');
    expect(localStorage.getItem('snty:drafts')).toBeNull();
    vi.advanceTimersByTime(DRAFT_SAVE_DELAY_MS);
    expect(JSON.parse(localStorage.getItem('snty:drafts')!).texts['reply:x'].text).toBe('Hello');
  });

  test('readDraft sees a draft still waiting to be written', async () => {
    const { saveDraftSoon, readDraft } = await loadDrafts();
    saveDraftSoon('reply:x', 'Hello');
    expect(readDraft('reply:x')).toBe('Hello');
  });

  test('the page hiding writes pending drafts at once', async () => {
    const { saveDraftSoon } = await loadDrafts();
    saveDraftSoon('reply:x', 'Hello');
    window.dispatchEvent(new Event('pagehide'));
    expect(localStorage.getItem('snty:drafts')).toContain('Hello');
  });
});

describe('saveDraft', () => {
  test('survives a reload', async () => {
    (await loadDrafts()).saveDraft('note:x', 'Hi Ana');
    expect((await loadDrafts()).readDraft('note:x')).toBe('Hi Ana');
  });

  test('an empty draft is removed', async () => {
    const { saveDraft, $drafts } = await loadDrafts();
    saveDraft('note:x', 'Hi');
    saveDraft('note:x', '');
    expect($drafts.get().texts).toEqual({});
  });

  test('keeps hostile text as plain data', async () => {
    const hostile = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    (await loadDrafts()).saveDraft('reply:x', hostile);
    expect((await loadDrafts()).readDraft('reply:x')).toBe(hostile);
  });
});

describe('unreadable drafts', () => {
  test('are set aside and the notice shows', async () => {
    localStorage.setItem('snty:drafts', '{"v":1,"texts":{"a":{"text":5}}}');
    const { $drafts } = await loadDrafts();
    const { $storageNotices } = await import('~/stores/notices');
    expect($drafts.get()).toEqual({ v: 1, texts: {} });
    expect($storageNotices.get()).toEqual(['reset']);
    expect(localStorage.getItem('snty:drafts:unreadable')).toContain('"text":5');
  });
});
