/**
 * Turning what the instructor chose (files, a folder, a zip, or a mix, picked or dropped) into
 * the results files to grade. Results files are not read here (the grading workers read them);
 * only zips are opened, on the page's thread, with the same code as the command line
 * (src/gradebook/archive.ts).
 */
import { expandPicked, isJsonPath, isZipPath, nothingFoundMessage } from '~/gradebook/archive';
import type { RejectedFile } from '~/gradebook/gradebook';

/** A results file to grade: its name (its path in a folder or zip) and its content. */
export interface ImportedFile {
  name: string;
  blob: Blob;
}

/** A file as chosen: its path inside the folder chosen (its name when a file was chosen). */
export interface ChosenFile {
  path: string;
  file: File;
}

/** What the chosen files hold. */
export interface Picked {
  files: ImportedFile[];
  /** Zips that could not be opened, results files in a zip too large to read. */
  rejected: RejectedFile[];
  /** Files that are neither results files nor zips. */
  ignored: string[];
}

/** The files of an `<input type="file">`, with their folder path when a folder was chosen. */
export const chosenFromInput = (files: Iterable<File>): ChosenFile[] =>
  [...files].map((file) => ({ path: file.webkitRelativePath || file.name, file }));

/**
 * Opens the zips among `chosen` and sorts the rest: `.json` files are kept as they are, other
 * files are passed over (named in `ignored`).
 */
export async function openChosen(chosen: readonly ChosenFile[]): Promise<Picked> {
  const out: Picked = { files: [], rejected: [], ignored: [] };
  for (const { path, file } of chosen) {
    if (isJsonPath(path)) out.files.push({ name: path, blob: file });
    else if (isZipPath(path)) {
      const expanded = expandPicked([{ path, bytes: new Uint8Array(await file.arrayBuffer()) }]);
      for (const c of expanded.candidates) {
        out.files.push({ name: c.name, blob: new Blob([c.bytes as Uint8Array<ArrayBuffer>]) });
      }
      out.rejected.push(...expanded.rejected);
      out.ignored.push(...expanded.ignored);
    } else out.ignored.push(path);
  }
  return out;
}

/** The status sentence when nothing chosen is a results file (null when something is). */
export const nothingFound = (picked: Picked): string | null =>
  picked.files.length || picked.rejected.length
    ? null
    : nothingFoundMessage('what you chose', picked.ignored);

/** Reads every file of a dropped folder entry, recursively, with its path. */
async function walkEntry(entry: FileSystemEntry, out: ChosenFile[]): Promise<void> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) =>
      (entry as FileSystemFileEntry).file(resolve, reject),
    );
    out.push({ path: entry.fullPath.replace(/^\//, ''), file });
    return;
  }
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  // readEntries returns at most 100 entries a call: read until it returns none.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) =>
      reader.readEntries(resolve, reject),
    );
    if (!batch.length) break;
    for (const child of batch) await walkEntry(child, out);
  }
}

/**
 * The files of a drop: dropped folders are walked (every file under them, with its path);
 * where the browser cannot give folders, the dropped files as they are.
 */
export async function chosenFromDrop(data: DataTransfer | null): Promise<ChosenFile[]> {
  if (!data) return [];
  const entries = [...(data.items ?? [])]
    .filter((item) => item.kind === 'file')
    .map((item) => item.webkitGetAsEntry?.() ?? null);
  if (!entries.length || entries.some((e) => e === null) || !entries.some((e) => e!.isDirectory)) {
    return chosenFromInput(data.files ?? []);
  }
  const out: ChosenFile[] = [];
  for (const entry of entries) await walkEntry(entry!, out);
  return out;
}
