import { useState } from 'preact/hooks';
import { LinkField } from '../ui/LinkField';
import { chosenFromDrop, chosenFromInput, type ChosenFile } from './pick';

/**
 * The gradebook's "Import results": the assignment link to grade against, then results files,
 * a zip of them (an LMS's "Download all submissions") or a folder of them, picked or dropped.
 */
export function ImportPanel(props: {
  linkText: string;
  linkError: string;
  onLinkInput: (text: string) => void;
  onUseLink: () => void;
  /** False until an assignment link is pinned. */
  enabled: boolean;
  onChosen: (chosen: ChosenFile[]) => void;
  status: string;
  canClear: boolean;
  onClear: () => void;
}) {
  const [dragging, setDragging] = useState(false);
  const describedBy = props.enabled ? undefined : 'gb-link-first';
  const fromInput = (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    props.onChosen(chosenFromInput(input.files ?? []));
    input.value = '';
  };
  return (
    <section aria-labelledby="gb-import">
      <h2 id="gb-import">Import results</h2>
      <LinkField
        id="gb-link"
        label="Assignment link (the link you gave students: every file is graded against it)"
        action="Grade against this assignment"
        value={props.linkText}
        error={props.linkError}
        onInput={props.onLinkInput}
        onUse={props.onUseLink}
      />
      {!props.enabled && (
        <p id="gb-link-first" class="gb-link-first">
          Paste the assignment link first. The gradebook grades every file against it and sets aside
          a file made for another assignment or edited, saying what differs (for example its pass
          mark).
        </p>
      )}
      <div
        class={`drop-zone${dragging ? ' is-dragging' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          if (props.enabled) void chosenFromDrop(e.dataTransfer).then(props.onChosen);
        }}
      >
        <p class="gb-drop-hint">
          Results files (.json), your LMS&apos;s zip of all submissions (Moodle&apos;s
          &quot;Download all submissions&quot; included), or the folder it unpacks to: choose them
          below or drop them here. Subfolders and zips are searched; other files are passed over.
        </p>
        <label class="ex-label" for="gb-files">
          Choose results files or a zip
        </label>
        <input
          id="gb-files"
          type="file"
          multiple
          accept=".json,application/json,.zip,application/zip"
          disabled={!props.enabled}
          aria-describedby={describedBy}
          onChange={fromInput}
        />
        <label class="ex-label" for="gb-folder">
          Or choose a folder
        </label>
        <input
          id="gb-folder"
          type="file"
          // A folder picker: every file under the folder, with its path.
          {...{ webkitdirectory: true }}
          disabled={!props.enabled}
          aria-describedby={describedBy}
          onChange={fromInput}
        />
      </div>
      <p role="status" class="gb-status">
        {props.status}
      </p>
      {props.canClear && (
        <p>
          <button type="button" class="ex-button secondary" onClick={props.onClear}>
            Clear all files
          </button>
        </p>
      )}
    </section>
  );
}
