// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { renderToString } from 'preact-render-to-string';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { STORAGE_NOTICES } from '~/components/lesson/islandText';

/** Loads the island and the stores afresh, as a page load over the current localStorage would. */
async function loadPage() {
  vi.resetModules();
  const { default: StorageNotice } = await import('~/components/shell/islands/StorageNotice');
  const stores = await import('~/stores');
  return { StorageNotice, ...stores };
}

beforeEach(() => localStorage.clear());
afterEach(cleanup);

describe('StorageNotice', () => {
  test('renders an empty polite status region on the server', async () => {
    const { StorageNotice } = await loadPage();
    expect(renderToString(<StorageNotice messages={STORAGE_NOTICES} />)).toBe(
      '<div role="status" class="storage-notice"></div>',
    );
  });

  test('says so when saved progress could not be read, and can be dismissed', async () => {
    localStorage.setItem('snty:progress', '{not json');
    const { StorageNotice } = await loadPage();
    render(<StorageNotice messages={STORAGE_NOTICES} />);
    await act(() => {});
    const region = screen.getByRole('status');
    expect(region.textContent).toContain('could not be read, so the course has started afresh');
    await act(() => void fireEvent.click(screen.getByRole('button', { name: 'Dismiss' })));
    // useStore batches a store's changes into one render on the next task.
    await act(() => new Promise((resolve) => setTimeout(resolve)));
    expect(region.textContent).toBe('');
  });

  test('says so when the browser refuses to save, and the course keeps working', async () => {
    const { StorageNotice, swapStorageBackend, recordAttempt, $progress } = await loadPage();
    swapStorageBackend({
      getItem: () => null,
      setItem() {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
      removeItem() {},
    });
    render(<StorageNotice messages={STORAGE_NOTICES} />);
    await act(async () => {
      recordAttempt('verdict:x', { score: 1, maxScore: 1, passed: true }, null);
      await new Promise((r) => setTimeout(r));
    });
    expect(screen.getByRole('status').textContent).toContain('not letting the course save');
    expect($progress.get().exercises['verdict:x']?.attempts).toBe(1);
  });
});
