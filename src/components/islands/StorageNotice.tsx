import { dismissStorageNotice, $storageNotices, type StorageNoticeKind } from '~/stores/notices';
import { useMounted, useStoreValue } from '../ui/hooks';
// Loading the stores reads and checks the saved data, so a problem shows on every page.
import '~/stores/drafts';
import '~/stores/progress';

const MESSAGES: Record<StorageNoticeKind, string> = {
  reset:
    'Your saved progress could not be read, so the course has started afresh. A copy of the old data is kept in this browser.',
  unsaved:
    'This browser is not letting the course save, so your progress and drafts will be lost when you close this page.',
};

/**
 * Island: a polite status region for problems with saved progress (unreadable data set aside,
 * storage refusing writes). Mount it once per page, in the layout.
 */
export default function StorageNotice() {
  const notices = useStoreValue($storageNotices);
  // Notices appear after hydration: the region must already exist, empty, to be announced.
  const shown = useMounted() ? notices : [];
  return (
    <div role="status" class="storage-notice">
      {shown.map((kind) => (
        <p class="storage-notice-item">
          {MESSAGES[kind]}{' '}
          <button
            type="button"
            class="ex-button secondary"
            onClick={() => dismissStorageNotice(kind)}
          >
            Dismiss
          </button>
        </p>
      ))}
    </div>
  );
}
