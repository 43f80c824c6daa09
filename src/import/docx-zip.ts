/**
 * The zip container of a DOCX, read without trusting it. The central directory at the end of
 * the file (what Word itself reads) lists the parts; a part is decompressed only when asked for,
 * with fflate's streaming inflater fed in small slices, and its output is counted as it comes:
 * past the caller's limit it stops (`ZipRefused` 'too-large'), whatever sizes the headers claim.
 * A deflate slice of 16 KiB cannot inflate to more than about 16.5 MiB (deflate's ratio is at most
 * 1032:1), so a «zip bomb» costs at most the limit plus one slice's output.
 *
 * Encrypted entries, ZIP64 and compression methods other than stored and deflate are refused:
 * Word writes none of them.
 */
import { Inflate } from 'fflate';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflate. */
  method: number;
  compressedSize: number;
  /** As the directory states it; never trusted for memory. */
  size: number;
  localOffset: number;
}

export type ZipRefusal =
  | { kind: 'not-zip' }
  /** An old binary Word file (.doc) or an encrypted (password-protected) DOCX: both are OLE compound files. */
  | { kind: 'ole' }
  | { kind: 'damaged'; detail: string }
  | { kind: 'unsupported'; detail: string }
  | { kind: 'too-many-entries'; limit: number }
  /** A zip, but no Word document inside (a spreadsheet, a presentation, an OpenDocument file …). */
  | { kind: 'not-word' }
  | { kind: 'too-large'; part: string; limit: number };

export class ZipRefused extends Error {
  constructor(readonly refusal: ZipRefusal) {
    super(`zip refused: ${refusal.kind}`);
    this.name = 'ZipRefused';
  }
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const SLICE = 16 * 1024;

/** The entries of the zip by name. */
export function zipEntries(bytes: Uint8Array, maxEntries: number): Map<string, ZipEntry> {
  if (bytes.length >= 8 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) throw new ZipRefused({ kind: 'ole' });
  if (bytes.length < 22 || !(bytes[0] === 0x50 && bytes[1] === 0x4b)) throw new ZipRefused({ kind: 'not-zip' });
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-directory record is the last 22 bytes plus a comment of at most 65535.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipRefused({ kind: 'damaged', detail: 'no central directory' });
  const count = view.getUint16(eocd + 10, true);
  const dirSize = view.getUint32(eocd + 12, true);
  const dirOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || dirOffset === 0xffffffff) throw new ZipRefused({ kind: 'unsupported', detail: 'ZIP64' });
  if (count > maxEntries) throw new ZipRefused({ kind: 'too-many-entries', limit: maxEntries });
  if (dirOffset + dirSize > eocd) throw new ZipRefused({ kind: 'damaged', detail: 'central directory out of bounds' });
  const entries = new Map<string, ZipEntry>();
  let p = dirOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > eocd || view.getUint32(p, true) !== CENTRAL) throw new ZipRefused({ kind: 'damaged', detail: 'central directory entry' });
    const flags = view.getUint16(p + 8, true);
    const method = view.getUint16(p + 10, true);
    const compressedSize = view.getUint32(p + 20, true);
    const size = view.getUint32(p + 24, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    const localOffset = view.getUint32(p + 42, true);
    if (p + 46 + nameLength > eocd) throw new ZipRefused({ kind: 'damaged', detail: 'central directory entry' });
    const name = new TextDecoder('utf-8').decode(bytes.subarray(p + 46, p + 46 + nameLength));
    p += 46 + nameLength + extraLength + commentLength;
    if (name.endsWith('/')) continue;
    if (flags & 1) throw new ZipRefused({ kind: 'ole' });
    if (compressedSize === 0xffffffff || size === 0xffffffff || localOffset === 0xffffffff) throw new ZipRefused({ kind: 'unsupported', detail: 'ZIP64' });
    entries.set(name, { name, method, compressedSize, size, localOffset });
  }
  return entries;
}

/**
 * Decompress one entry, handing its bytes to `onChunk` as they come (in order), at most
 * `maxBytes` in all: past that, `ZipRefused` 'too-large' and nothing more is inflated.
 */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry, maxBytes: number, onChunk: (chunk: Uint8Array) => void): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL) throw new ZipRefused({ kind: 'damaged', detail: `local header of ${entry.name}` });
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new ZipRefused({ kind: 'damaged', detail: `${entry.name} out of bounds` });
  const data = bytes.subarray(start, end);
  const tooLarge = () => new ZipRefused({ kind: 'too-large', part: entry.name, limit: maxBytes });
  if (entry.method === 0) {
    if (data.length > maxBytes) throw tooLarge();
    onChunk(data);
    return;
  }
  if (entry.method !== 8) throw new ZipRefused({ kind: 'unsupported', detail: `compression method ${entry.method}` });
  let total = 0;
  const inflate = new Inflate((chunk) => {
    total += chunk.length;
    if (total > maxBytes) throw tooLarge();
    if (chunk.length > 0) onChunk(chunk);
  });
  try {
    for (let i = 0; i < data.length; i += SLICE) inflate.push(data.subarray(i, Math.min(i + SLICE, data.length)), i + SLICE >= data.length);
    if (data.length === 0) inflate.push(new Uint8Array(0), true);
  } catch (e) {
    if (e instanceof ZipRefused) throw e;
    // fflate's errors carry a code and a message («invalid block type», «unexpected EOF»).
    if (e instanceof Error && typeof (e as { code?: unknown }).code === 'number') throw new ZipRefused({ kind: 'damaged', detail: `${entry.name}: ${e.message}` });
    throw e;
  }
}

/** A whole entry as bytes (for the small parts: relationships, numbering). */
export function readEntry(bytes: Uint8Array, entry: ZipEntry, maxBytes: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  inflateEntry(bytes, entry, maxBytes, (chunk) => {
    chunks.push(chunk.slice());
    total += chunk.length;
  });
  const out = new Uint8Array(total);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}
