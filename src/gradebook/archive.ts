/**
 * What an instructor hands the gradebook is rarely a flat list of results files: an LMS gives a
 * zip of one folder per student (Moodle's "Download all submissions":
 * `Robin Lee_12345_assignsubmission_file_/results-robin-lee-3f2a9c01b7e4.json`), or that zip
 * unpacked into a folder tree. This module turns such files into results inputs, the same way in
 * the browser and on the command line. Pure and browser-safe (fflate, no Node APIs).
 */
import { unzipSync } from 'fflate';
import { MAX_RESULTS_BYTES } from '../schemas/submission';
import type { RejectedFile } from './gradebook';
import { TOO_LARGE_REASON } from './parse';

/** A file as picked, dropped or found on disk: its path (folders joined with "/") and bytes. */
export interface PickedFile {
  path: string;
  bytes: Uint8Array;
}

/** A results file candidate: its path, and its bytes (not yet checked). */
export interface Candidate {
  name: string;
  bytes: Uint8Array;
}

/** What the picked files hold: results candidates, problems to report, files passed over. */
export interface Expanded {
  candidates: Candidate[];
  /** Zips that could not be opened, results files too large to read. */
  rejected: RejectedFile[];
  /** Files that are neither results files nor zips (an LMS's feedback HTML, a PDF...). */
  ignored: string[];
}

/** Zips inside zips are opened this deep (an LMS zip inside a zip of several groups). */
const MAX_ZIP_DEPTH = 3;
/** The most a zip may unpack to, in bytes: a results file is a few kilobytes. */
const MAX_UNPACKED_BYTES = 500_000_000;

/** Why a zip is not read. */
export const BAD_ZIP_REASON =
  'The zip file could not be opened (damaged, incomplete or password-protected): download it again from your LMS, or unpack it and choose the folder.';
/** Why a zip that would unpack to too much is not read. */
export const HUGE_ZIP_REASON = `The zip file would unpack to more than ${MAX_UNPACKED_BYTES / 1_000_000} MB, far more than results files take: check it is the right file, or unpack it and choose the folder.`;

/** True for a path that names a results file candidate (any `.json`). */
export const isJsonPath = (path: string): boolean => /\.json$/i.test(path);
/** True for a path that names a zip. */
export const isZipPath = (path: string): boolean => /\.zip$/i.test(path);

/**
 * Files an archive tool adds that are never the student's: macOS resource forks
 * (`__MACOSX/`, `._name`) and folders.
 */
const isJunk = (path: string): boolean =>
  path.endsWith('/') || /(^|\/)__MACOSX\//.test(path) || /(^|\/)\._[^/]*$/.test(path);

/**
 * Sorts picked files into results candidates, opening zips (and zips in zips). Results inside a
 * zip are named `<zip path>/<path in the zip>`, so the student's folder stays in the name. Never
 * throws: a damaged zip becomes a rejected file with a reason.
 */
export function expandPicked(files: readonly PickedFile[], depth = 0): Expanded {
  const out: Expanded = { candidates: [], rejected: [], ignored: [] };
  for (const file of files) {
    if (isJunk(file.path)) continue;
    if (isJsonPath(file.path)) {
      if (file.bytes.length > MAX_RESULTS_BYTES) {
        out.rejected.push({ fileName: file.path, reason: TOO_LARGE_REASON });
      } else out.candidates.push({ name: file.path, bytes: file.bytes });
    } else if (isZipPath(file.path) && depth < MAX_ZIP_DEPTH) {
      const inner = openZip(file);
      if ('reason' in inner) {
        out.rejected.push({ fileName: file.path, reason: inner.reason });
        continue;
      }
      const nested = expandPicked(inner.files, depth + 1);
      out.candidates.push(...nested.candidates);
      out.rejected.push(...nested.rejected);
      out.ignored.push(...inner.ignored, ...nested.ignored);
    } else out.ignored.push(file.path);
  }
  return out;
}

/** The JSON and zip entries of a zip, named under the zip's path; or why it cannot be read. */
function openZip(zip: PickedFile): { files: PickedFile[]; ignored: string[] } | { reason: string } {
  const tooLarge: string[] = [];
  const ignored: string[] = [];
  let unpacked = 0;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(zip.bytes, {
      filter: (entry) => {
        if (isJunk(entry.name)) return false;
        if (!isJsonPath(entry.name) && !isZipPath(entry.name)) {
          ignored.push(`${zip.path}/${entry.name}`);
          return false;
        }
        if (isJsonPath(entry.name) && entry.originalSize > MAX_RESULTS_BYTES) {
          tooLarge.push(entry.name);
          return false;
        }
        unpacked += entry.originalSize;
        return true;
      },
    });
  } catch {
    return { reason: BAD_ZIP_REASON };
  }
  if (unpacked > MAX_UNPACKED_BYTES) return { reason: HUGE_ZIP_REASON };
  const files = Object.keys(entries)
    .sort()
    .map((name) => ({ path: `${zip.path}/${name}`, bytes: entries[name]! }));
  // Stands in for an oversized entry so that expandPicked reports it with the size reason.
  for (const name of tooLarge) {
    files.push({ path: `${zip.path}/${name}`, bytes: new Uint8Array(MAX_RESULTS_BYTES + 1) });
  }
  return { files, ignored };
}

const decoder = new TextDecoder('utf-8');

/** A candidate's text (UTF-8; an invalid byte becomes U+FFFD, which validation then reports). */
export const candidateText = (candidate: Candidate): string => decoder.decode(candidate.bytes);

/**
 * What to say when nothing in what was given looks like a results file: names what was looked
 * for, and what was found instead.
 */
export function nothingFoundMessage(where: string, ignored: readonly string[]): string {
  const seen = ignored.length
    ? ` Found only ${ignored.length} other file${ignored.length === 1 ? '' : 's'} (${ignored
        .slice(0, 3)
        .join(', ')}${ignored.length > 3 ? ', ...' : ''}).`
    : ' It is empty.';
  return `No results file found in ${where}: looked for .json files, in every subfolder and inside .zip files (such as your LMS's "Download all submissions" zip).${seen}`;
}
