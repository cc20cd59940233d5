import { dismissStorageNotice, $storageNotices, type StorageNoticeKind } from '~/stores/notices';
import { useStore } from '@nanostores/preact';
import { useMounted } from '../../ui/hooks';
// Loading the stores reads and checks the saved data, so a problem shows on every page.
import '~/stores/drafts';
import '~/stores/progress';

/**
 * Island: a polite status region for problems with saved progress (unreadable data set aside,
 * storage refusing writes). Mount it once per page, in the layout. `messages` is what each
 * notice says (../islandText's STORAGE_NOTICES), passed by the wrapper so it stays out of the JS.
 */
export default function StorageNotice({
  messages,
}: {
  messages: Record<StorageNoticeKind, string>;
}) {
  const notices = useStore($storageNotices);
  // Notices appear after hydration: the region must already exist, empty, to be announced.
  const shown = useMounted() ? notices : [];
  return (
    <div role="status" class="storage-notice">
      {shown.map((kind) => (
        <p class="storage-notice-item">
          {messages[kind]}{' '}
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
