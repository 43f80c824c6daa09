/**
 * CRC-32 (ISO 3309): the checksum of zip entries and of PNG chunks. Native where Node has it
 * (zlib.crc32, Node 20.15+), a table-driven fallback elsewhere.
 */
import zlib from 'node:zlib';

const nativeCrc32 = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;
let table: Int32Array | undefined;

/** CRC-32 of `data`; `native: null` forces the fallback (for its tests). */
export function crc32(data: Uint8Array, native: typeof nativeCrc32 | null = nativeCrc32): number {
  if (native) return native(data) >>> 0;
  if (!table) {
    table = new Int32Array(256);
    for (let i = 0; i < 256; i++) {
      let c = i;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[i] = c;
    }
  }
  let c = -1;
  for (let i = 0; i < data.length; i++) c = (table[(c ^ (data[i] as number)) & 0xff] as number) ^ (c >>> 8);
  return ~c >>> 0;
}
