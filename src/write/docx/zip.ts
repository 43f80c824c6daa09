/**
 * The DOCX zip: each part deflated by fflate (level 6, pure JavaScript, so the bytes are the same
 * on every machine and Node version), in the layout of fflate's `zipSync`, byte for byte: local
 * headers and data in the order given, the central directory, its end record; no extra fields,
 * no comments, no data descriptors.
 *
 * Why not `zipSync` itself: its CRC-32 is a byte-at-a-time JavaScript loop, ~80 ms for the 10 MB
 * document.xml of a 5000-row plan in a fresh process; Node's zlib has a native one (Node 20.15 and
 * later; older versions get the same loop). And the entry time is written from its UTC fields,
 * whatever the machine's time zone.
 */
import { deflateSync } from 'fflate';
import { crc32 } from './crc32.js';
import { utf8 } from './xml.js';

export interface ZipEntry {
  /** ASCII path inside the package. */
  path: string;
  data: Uint8Array;
}

/**
 * The zip of `entries`, in that order, each stamped with `time` (ms since the epoch). An MS-DOS
 * time holds only 1980–2107: a time outside is stamped as the nearest end of that range (the
 * entry time is not shown to a reader; the document's own dates, docProps/core.xml, keep the real
 * one).
 */
export function zipParts(entries: readonly ZipEntry[], time: number): Uint8Array {
  const dosTime = dosDateTime(new Date(time));
  const files = entries.map(({ path, data }) => {
    if (!/^[\x20-\x7e]+$/.test(path)) throw new Error(`Zip entry path must be printable ASCII: ${path}`);
    return { name: utf8(path), compressed: deflateSync(data, { level: 6 }), size: data.length, crc: crc32(data) };
  });
  const local = files.reduce((n, f) => n + LOCAL + f.name.length + f.compressed.length, 0);
  const central = files.reduce((n, f) => n + CENTRAL + f.name.length, 0);
  const out = new Uint8Array(local + central + END);
  const view = new DataView(out.buffer);
  let at = 0;
  const offsets = files.map((f) => {
    const offset = at;
    at = header(view, at, f, dosTime, undefined);
    out.set(f.name, at);
    at += f.name.length;
    out.set(f.compressed, at);
    at += f.compressed.length;
    return offset;
  });
  files.forEach((f, i) => {
    at = header(view, at, f, dosTime, offsets[i]);
    out.set(f.name, at);
    at += f.name.length;
  });
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, files.length, true);
  view.setUint16(at + 10, files.length, true);
  view.setUint32(at + 12, central, true);
  view.setUint32(at + 16, local, true);
  return out;
}

/** Fixed sizes: local header, central directory header, end of central directory record. */
const LOCAL = 30;
const CENTRAL = 46;
const END = 22;

interface Compressed {
  name: Uint8Array;
  compressed: Uint8Array;
  size: number;
  crc: number;
}

/**
 * A local header, or a central directory header when `offset` (of the local header) is given.
 * Returns the position after its fixed part (the name follows).
 */
function header(view: DataView, at: number, f: Compressed, dosTime: number, offset: number | undefined): number {
  const central = offset !== undefined;
  view.setUint32(at, central ? 0x02014b50 : 0x04034b50, true);
  at += 4;
  // Version made by (central only): 2.0, MS-DOS.
  if (central) {
    view.setUint16(at, 20, true);
    at += 2;
  }
  view.setUint16(at, 20, true); // version needed to extract: 2.0
  view.setUint16(at + 2, 0, true); // flags
  view.setUint16(at + 4, 8, true); // deflate
  view.setUint32(at + 6, dosTime, true);
  view.setUint32(at + 10, f.crc, true);
  view.setUint32(at + 14, f.compressed.length, true);
  view.setUint32(at + 18, f.size, true);
  view.setUint16(at + 22, f.name.length, true);
  view.setUint16(at + 24, 0, true); // extra field length
  at += 26;
  if (central) {
    // Comment length, disk, internal and external attributes: 0; then the local header's offset.
    view.setUint32(at + 10, offset, true);
    at += 14;
  }
  return at;
}

/** The first and the last time an MS-DOS date and time can hold (UTC fields, two-second resolution). */
export const DOS_TIME_MIN = Date.UTC(1980, 0, 1, 0, 0, 0);
export const DOS_TIME_MAX = Date.UTC(2107, 11, 31, 23, 59, 58);

/** MS-DOS date and time of `date`'s UTC fields (two-second resolution), clamped to 1980–2107. */
function dosDateTime(time: Date): number {
  const t = time.getTime();
  const date = Number.isNaN(t) ? new Date(DOS_TIME_MIN) : new Date(Math.min(DOS_TIME_MAX, Math.max(DOS_TIME_MIN, t)));
  const year = date.getUTCFullYear() - 1980;
  return (
    ((year << 25) |
      ((date.getUTCMonth() + 1) << 21) |
      (date.getUTCDate() << 16) |
      (date.getUTCHours() << 11) |
      (date.getUTCMinutes() << 5) |
      (date.getUTCSeconds() >> 1)) >>>
    0
  );
}
