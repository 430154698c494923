// Bytes → text. Office machines often save in GBK/GB18030 (Windows Notepad before 2019, WPS);
// those bytes are not valid UTF-8, so we detect them and say how to re-save rather than guess.
import { isUtf8 } from 'node:buffer';

export type Decoded =
  | { ok: true; text: string; bom: boolean; crlf: boolean }
  | { ok: false; reason: 'gb18030' | 'binary' | 'utf16'; line: number; column: number };

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function decodeSource(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return { ok: false, reason: 'utf16', line: 1, column: 1 };
  }
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    // Validating first and decoding with Buffer is several times faster than a fatal TextDecoder
    // (which would also drop a second BOM: such a text takes the decoder's way).
    const fast = isUtf8(body) && !(body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf);
    const text = fast ? Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8') : utf8.decode(body);
    if (text.includes('\u0000')) return { ok: false, reason: 'binary', ...firstBadPosition(body) };
    return { ok: true, text: text.replace(/\r\n?/g, '\n'), bom, crlf: /\r/.test(text) };
  } catch {
    const where = firstBadPosition(body);
    return { ok: false, reason: looksLikeGb18030(body) ? 'gb18030' : 'binary', ...where };
  }
}

/** Line and column (1-based, in characters of the valid prefix) of the first invalid UTF-8 byte. */
function firstBadPosition(bytes: Uint8Array): { line: number; column: number } {
  let lo = 0;
  let hi = bytes.length;
  // Binary search for the longest valid prefix (decoding is cheap; files are small).
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (validPrefix(bytes.subarray(0, mid))) lo = mid;
    else hi = mid - 1;
  }
  // stream: true keeps a dangling lead byte (valid so far in streaming mode) out of the count.
  const prefix = new TextDecoder('utf-8').decode(bytes.subarray(0, lo), { stream: true });
  const lines = prefix.split('\n');
  return { line: lines.length, column: (lines[lines.length - 1] ?? '').length + 1 };
}

function validPrefix(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

function looksLikeGb18030(bytes: Uint8Array): boolean {
  try {
    const text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    return /[\u4e00-\u9fff]/.test(text);
  } catch {
    return false;
  }
}

/** The encodings a text source we read (a CSV list) may come in. */
export type TextEncoding = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

/**
 * Text of a file to read rather than to keep (a CSV list saved by Excel or WPS): UTF-8 (with or
 * without BOM), UTF-16 with its BOM, or else GB18030 when the bytes are valid GB18030 with
 * Chinese in them. Undefined for anything else. Linear in the size, unlike decodeSource's
 * positioned report.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } | undefined {
  const lead = (i: number): number | undefined => bytes[i];
  if (lead(0) === 0xff && lead(1) === 0xfe) return decodeAs(bytes.subarray(2), 'utf-16le');
  if (lead(0) === 0xfe && lead(1) === 0xff) return decodeAs(bytes.subarray(2), 'utf-16be');
  const bom = lead(0) === 0xef && lead(1) === 0xbb && lead(2) === 0xbf;
  const utf = decodeAs(bom ? bytes.subarray(3) : bytes, 'utf-8');
  if (utf) return utf.text.includes('\u0000') ? undefined : utf;
  return looksLikeGb18030(bytes) ? decodeAs(bytes, 'gb18030') : undefined;
}

function decodeAs(bytes: Uint8Array, encoding: TextEncoding): { text: string; encoding: TextEncoding } | undefined {
  try {
    return { text: new TextDecoder(encoding, { fatal: true }).decode(bytes), encoding };
  } catch {
    return undefined;
  }
}
