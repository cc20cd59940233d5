/**
 * Assignment links: the assignment travels in the URL's hash, so no server ever sees it.
 *
 * Encoding: JSON -> UTF-8 -> zlib (deflate with an Adler-32 checksum) -> base64url, as
 * `/assignment/#a=<data>`. Decoding undoes each step and stops at the first that fails, with an
 * error a student can act on. The checksum catches a link cut short or edited by hand, which raw
 * deflate would often inflate into garbage; the size limits stop a "zip bomb" link from filling
 * memory; the zod schema checks the result.
 */
import { Inflate, strFromU8, strToU8, zlibSync } from 'fflate';
import { assignmentSchema, describeIssues, type Assignment } from '../schemas/assignment';
import { compactScenario } from '../schemas/custom-scenario';
import type { Scenario } from '../schemas/scenario';

/**
 * Longest encoded payload accepted, in characters: a 40-scenario assignment needs ~1,000, each own
 * scenario carried inline up to about 1,800 more (see src/own-scenarios/link-size.ts).
 */
export const MAX_LINK_CHARS = 16000;
/** Largest JSON a link may inflate to, in bytes. */
export const MAX_JSON_BYTES = 64 * 1024;
/** The hash parameter that carries the payload. */
export const HASH_KEY = 'a';

/** Why a link could not be opened. */
export type LinkErrorKind =
  'missing' | 'too-long' | 'not-base64' | 'corrupt' | 'too-large' | 'not-json' | 'invalid';

/** The outcome of decoding a link: the assignment, or what is wrong in plain words. */
export type DecodeResult =
  { ok: true; assignment: Assignment } | { ok: false; kind: LinkErrorKind; message: string };

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Bytes to base64url without padding (no Buffer, no btoa: works in the browser and Node alike). */
export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let k = 0; k < chars; k++) out += B64[(n >> (18 - 6 * k)) & 63];
  }
  return out;
}

/** base64url (padding optional) to bytes; null when a character is outside the alphabet. */
export function fromBase64Url(text: string): Uint8Array | null {
  const clean = text.replace(/=+$/, '');
  if (!/^[A-Za-z0-9_-]*$/.test(clean) || clean.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((clean.length * 6) / 8));
  let bits = 0;
  let value = 0;
  let at = 0;
  for (const ch of clean) {
    value = (value << 6) | B64.indexOf(ch);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[at++] = (value >> bits) & 255;
    }
  }
  return out;
}

/** Adler-32 of `bytes`, as zlib stores it in its last four bytes (big-endian). */
export function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (let i = 0; i < bytes.length; i += 3800) {
    // 3800 bytes keep the sums below 2^31 between reductions.
    const end = Math.min(bytes.length, i + 3800);
    for (let k = i; k < end; k++) {
      a += bytes[k]!;
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  return ((b << 16) | a) >>> 0;
}

/**
 * Encodes an assignment as the hash payload (without `#a=`). Validates it first, so a link that
 * cannot be opened is never handed out.
 */
export function encodeAssignment(assignment: Assignment): string {
  const checked = assignmentSchema.parse(assignment);
  // Own scenarios travel compact (defaults left out): the schema fills them in again on opening.
  const payload = checked.custom
    ? { ...checked, custom: checked.custom.map((s) => compactScenario(s as Scenario)) }
    : checked;
  return toBase64Url(zlibSync(strToU8(JSON.stringify(payload)), { level: 9 }));
}

/** The full link for `origin` (e.g. `https://course.example`). */
export function assignmentUrl(origin: string, assignment: Assignment): string {
  return `${origin.replace(/\/$/, '')}/assignment/#${HASH_KEY}=${encodeAssignment(assignment)}`;
}

/** The payload from a hash (`#a=...`), a full link, or the bare payload; '' when there is none. */
export function payloadFrom(input: string): string {
  const text = input.trim();
  const hash = text.includes('#') ? text.slice(text.indexOf('#') + 1) : text;
  const params = new URLSearchParams(hash);
  // URLSearchParams turns "+" into a space; base64url never has either, so keep the raw text.
  if (params.has(HASH_KEY))
    return hash.slice(hash.indexOf(`${HASH_KEY}=`) + HASH_KEY.length + 1).split('&')[0]!;
  return text.includes('#') || text.includes('/') ? '' : text;
}

const fail = (kind: LinkErrorKind, message: string): DecodeResult => ({ ok: false, kind, message });

/** Inflates raw deflate data, giving up as soon as the output passes `max` bytes. */
function inflateCapped(data: Uint8Array, max: number): Uint8Array | 'too-large' | 'corrupt' {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let tooLarge = false;
  const inflate = new Inflate((chunk) => {
    total += chunk.length;
    if (total > max) {
      tooLarge = true;
      throw new Error('too large');
    }
    chunks.push(chunk);
  });
  try {
    // Small pieces, so that the size check runs before a bomb has fully expanded.
    for (let i = 0; i < data.length; i += 512) {
      inflate.push(data.subarray(i, i + 512), i + 512 >= data.length);
    }
    if (data.length === 0) inflate.push(new Uint8Array(0), true);
  } catch {
    return tooLarge ? 'too-large' : 'corrupt';
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

const ASK = 'Ask your instructor for the link again, and copy all of it (or scan the QR code).';

/**
 * Decodes and validates an assignment from a hash, a link or a bare payload. Never throws: every
 * failure is a result with a kind and a message for the error page.
 */
export function decodeAssignment(input: string): DecodeResult {
  if (typeof input !== 'string') return fail('missing', `This link holds no assignment. ${ASK}`);
  if (input.length > MAX_LINK_CHARS + 200) {
    return fail('too-long', `This link is too long to be an assignment from this course. ${ASK}`);
  }
  const payload = payloadFrom(input);
  if (!payload) return fail('missing', `This link holds no assignment. ${ASK}`);
  if (payload.length > MAX_LINK_CHARS) {
    return fail('too-long', `This link is too long to be an assignment from this course. ${ASK}`);
  }
  if (!/^[A-Za-z0-9_-]*=*$/.test(payload)) {
    return fail('not-base64', `This link contains characters an assignment link never has. ${ASK}`);
  }
  const bytes = fromBase64Url(payload);
  // A length no encoder produces: characters were lost, most often the end of the link.
  if (!bytes) return fail('corrupt', `This link is incomplete or has been changed. ${ASK}`);
  // zlib: 2 header bytes, the deflate data, then the Adler-32 of the JSON.
  if (bytes.length < 7 || (bytes[0]! & 15) !== 8 || ((bytes[0]! << 8) | bytes[1]!) % 31 !== 0) {
    return fail('corrupt', `This link is incomplete or has been changed. ${ASK}`);
  }
  const inflated = inflateCapped(bytes.subarray(2, -4), MAX_JSON_BYTES);
  if (inflated === 'too-large') {
    return fail('too-large', `This link unpacks to more data than an assignment can hold. ${ASK}`);
  }
  const end = bytes.length;
  const stored =
    ((bytes[end - 4]! << 24) |
      (bytes[end - 3]! << 16) |
      (bytes[end - 2]! << 8) |
      bytes[end - 1]!) >>>
    0;
  if (inflated === 'corrupt' || adler32(inflated) !== stored) {
    return fail('corrupt', `This link is incomplete or has been changed. ${ASK}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(strFromU8(inflated));
  } catch {
    return fail('not-json', `This link does not hold an assignment. ${ASK}`);
  }
  const parsed = assignmentSchema.safeParse(data);
  if (!parsed.success) {
    return fail(
      'invalid',
      `This link holds an assignment this course cannot read:\n${describeIssues(parsed.error.issues)}`,
    );
  }
  return { ok: true, assignment: parsed.data };
}
