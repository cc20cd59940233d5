/**
 * What the course keeps in `cmi.suspend_data` between two launches from the LMS.
 *
 * SCORM 1.2 gives a SCO 4,096 characters there (CMIString4096), and some LMSs count bytes, so
 * every encoded value is at most {@link SUSPEND_DATA_LIMIT} characters AND UTF-8 bytes.
 *
 * The data is a list of named entries (`quiz`, a draft...), oldest write first. Formats:
 * - `j` + JSON `{"v":1,"e":[[name, value], ...]}` when it fits as it is (readable in the LMS's
 *   reports, which helps support);
 * - `z` + base64 of the same JSON compressed with raw DEFLATE (fflate) otherwise.
 *
 * When even the compressed form is too long, the oldest entries are dropped one by one; the
 * entry being written is never dropped. If it alone cannot fit, nothing is written (the LMS
 * keeps its previous value) and the caller is told, so the answer stays in local storage.
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';

/** The size of `cmi.suspend_data` in SCORM 1.2. */
export const SUSPEND_DATA_LIMIT = 4096;

/** Named values, oldest write first. */
export type SuspendEntries = ReadonlyArray<readonly [name: string, value: unknown]>;

/** The result of fitting entries into the limit. */
export type PackResult =
  | { ok: true; data: string; entries: SuspendEntries; dropped: string[] }
  | { ok: false; reason: 'too-long' };

const utf8Length = (text: string) => strToU8(text).length;
const fits = (text: string, limit: number) => text.length <= limit && utf8Length(text) <= limit;

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // Chunks keep String.fromCharCode under the engines' argument-count limit.
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Encodes entries in the shortest readable form, or undefined when they exceed `limit`. */
export function encodeEntries(
  entries: SuspendEntries,
  limit = SUSPEND_DATA_LIMIT,
): string | undefined {
  const json = JSON.stringify({ v: 1, e: entries });
  const plain = 'j' + json;
  if (fits(plain, limit)) return plain;
  // Base64 grows 4/3, so compressed bytes over 3/4 of the limit can never fit: skip the work.
  const packed = deflateSync(strToU8(json), { level: 9 });
  if (Math.ceil(packed.length / 3) * 4 + 1 > limit) return undefined;
  return 'z' + toBase64(packed);
}

/**
 * Decodes what {@link encodeEntries} wrote. Anything else (empty, written by another course,
 * truncated by the LMS) gives an empty list: a course that cannot resume starts afresh, it never
 * throws.
 */
export function decodeEntries(data: string): SuspendEntries {
  try {
    let json: string;
    if (data.startsWith('j')) json = data.slice(1);
    else if (data.startsWith('z')) json = strFromU8(inflateSync(fromBase64(data.slice(1))));
    else return [];
    const parsed: unknown = JSON.parse(json);
    if (typeof parsed != 'object' || parsed === null || (parsed as { v?: unknown }).v !== 1)
      return [];
    const list = (parsed as { e?: unknown }).e;
    if (!Array.isArray(list)) return [];
    return list.filter(
      (item): item is [string, unknown] =>
        Array.isArray(item) && item.length == 2 && typeof item[0] == 'string',
    );
  } catch {
    return [];
  }
}

/**
 * Writes `value` under `name` into `entries` (moving it to the newest place) and encodes the
 * result within `limit`, dropping the oldest other entries when needed.
 */
export function packEntry(
  entries: SuspendEntries,
  name: string,
  value: unknown,
  limit = SUSPEND_DATA_LIMIT,
): PackResult {
  // JSON drops `undefined`; normalise first so the kept copy equals what a reload gives back.
  const normalised: unknown = value === undefined ? null : JSON.parse(JSON.stringify(value));
  let kept: SuspendEntries = [...entries.filter(([n]) => n !== name), [name, normalised]];
  const dropped: string[] = [];
  for (;;) {
    const data = encodeEntries(kept, limit);
    if (data !== undefined) return { ok: true, data, entries: kept, dropped };
    if (kept.length == 1) return { ok: false, reason: 'too-long' };
    dropped.push(kept[0]![0]);
    kept = kept.slice(1);
  }
}
