import { useStore } from '@nanostores/preact';
import { atom } from 'nanostores';
import { useState } from 'preact/hooks';
import {
  emptySession,
  parseSessionFile,
  sessionFileText,
  sessionToKeep,
  type GradebookSession,
} from '~/gradebook/session';
import { fileSlug } from '~/assignment/results';
import { $gradebookSession } from '~/stores/gradebook';
import { downloadText } from '../assignment/download';
import type { ImportedFile } from './pick';

/** Texts already read, so saving after each comment does not read every file again. */
const texts = new WeakMap<Blob, string>();
/** True when the last save left the files out (too large for the browser's storage). */
const $filesNotKept = atom(false);
let saves = 0;

/** Changes the link or the overrides of the session kept in this browser, at once. */
export function updateSession(patch: Partial<Pick<GradebookSession, 'link' | 'overrides'>>): void {
  $gradebookSession.set({ ...$gradebookSession.get(), ...patch });
}

/**
 * Keeps the files' text in the session (left out past the size browsers store; the panel then
 * says so). Reading is asynchronous: a later call wins over an earlier one still reading.
 */
export async function saveFiles(files: readonly ImportedFile[]): Promise<void> {
  const id = ++saves;
  const read = await Promise.all(
    files.map(async (f) => {
      let text = texts.get(f.blob);
      if (text === undefined) {
        text = await f.blob.text().catch(() => '');
        texts.set(f.blob, text);
      }
      return { name: f.name, text };
    }),
  );
  if (id !== saves) return;
  const { kept, filesDropped } = sessionToKeep({ ...$gradebookSession.get(), files: read });
  $filesNotKept.set(filesDropped);
  $gradebookSession.set(kept);
}

/** A file name for an exported session: "gradebook-session-week-3.json". */
const sessionFileName = (title: string | undefined) =>
  `gradebook-session-${fileSlug(title ?? '', 'class')}.json`;

/**
 * "Your session": says that it is kept in this browser, exports it as a file and imports one
 * (to move to another computer, or keep a copy with the course's records).
 */
export function SessionPanel(props: {
  session: GradebookSession;
  title?: string;
  onImported: (session: GradebookSession) => void;
}) {
  const filesNotKept = useStore($filesNotKept);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const overrides = Object.values(props.session.overrides).reduce(
    (n, o) => n + Object.keys(o).length,
    0,
  );
  return (
    <section aria-labelledby="gb-session" class="gb-session gb-no-print">
      <h2 id="gb-session">Your session</h2>
      <p>
        This browser keeps your link, the files you imported and your scores and comments (
        {overrides} so far), so a reload loses nothing. Nothing is sent anywhere. To move to another
        computer or keep a copy, export the session and import it there.
      </p>
      {filesNotKept && (
        <p role="alert">
          The files are too large for the browser to keep: after a reload, import them again (your
          scores and comments are kept), or export the session, which holds everything.
        </p>
      )}
      <p>
        <button
          type="button"
          class="ex-button secondary"
          onClick={() =>
            downloadText(
              sessionFileName(props.title),
              sessionFileText(props.session),
              'application/json',
            )
          }
        >
          Export session
        </button>{' '}
        <button
          type="button"
          class="ex-button secondary"
          onClick={() => {
            if (
              confirm(
                'Forget this session? The link, the files and your scores and comments are deleted from this browser (an exported session file is not affected).',
              )
            ) {
              props.onImported(emptySession());
              setMessage({ ok: true, text: 'The session was deleted from this browser.' });
            }
          }}
        >
          Forget this session
        </button>
      </p>
      <label class="ex-label" for="gb-session-file">
        Import a session (replaces the one on this page)
      </label>
      <input
        id="gb-session-file"
        type="file"
        accept=".json,application/json"
        onChange={async (e) => {
          const input = e.currentTarget as HTMLInputElement;
          const file = input.files?.[0];
          input.value = '';
          if (!file) return;
          const parsed = parseSessionFile(await file.text().catch(() => ''));
          if (!parsed.ok) {
            setMessage({ ok: false, text: parsed.reason });
            return;
          }
          props.onImported(parsed.session);
          setMessage({
            ok: true,
            text: `Imported the session from ${file.name}: ${parsed.session.files.length} files.`,
          });
        }}
      />
      {message && <p role={message.ok ? 'status' : 'alert'}>{message.text}</p>}
    </section>
  );
}
