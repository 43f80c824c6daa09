/**
 * A minimal PNG encoder for the QR code in DOCX: 1-bit grayscale, `scale` pixels per module and a
 * quiet zone of `quiet` modules, zlib-compressed with node:zlib (deterministic for the same
 * input: no time, no text chunks). Chunks: IHDR, pHYs (so that Word reads the intended
 * resolution; the size on the page is set by the drawing's extent anyway), IDAT, IEND.
 */
import { deflateSync } from 'node:zlib';
import { crc32 } from './crc32.js';
import { concatBytes as concat } from './xml.js';

const SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);

export interface QrPngOptions {
  /** Pixels per module. Default 8. */
  scale?: number;
  /** White modules around the symbol. Default 0 (the page margin is the quiet zone). */
  quiet?: number;
}

/** PNG bytes of the matrix (true = dark → black pixel, 0 in 1-bit grayscale). */
export function qrPng(matrix: boolean[][], options: QrPngOptions = {}): Uint8Array {
  const scale = options.scale ?? 8;
  const quiet = options.quiet ?? 0;
  const n = matrix.length;
  const side = (n + 2 * quiet) * scale;
  const rowBytes = Math.ceil(side / 8);
  const raw = new Uint8Array((rowBytes + 1) * side);
  for (let y = 0; y < side; y++) {
    const row = matrix[Math.floor(y / scale) - quiet];
    const at = y * (rowBytes + 1);
    raw[at] = 0; // filter: none
    for (let x = 0; x < side; x++) {
      const dark = row?.[Math.floor(x / scale) - quiet] === true;
      // 1 = white in grayscale; pad bits at the row end are white too.
      if (!dark) raw[at + 1 + (x >> 3)]! |= 0x80 >> (x & 7);
    }
    for (let x = side; x < rowBytes * 8; x++) raw[at + 1 + (x >> 3)]! |= 0x80 >> (x & 7);
  }
  const ihdr = new Uint8Array(13);
  const v = new DataView(ihdr.buffer);
  v.setUint32(0, side);
  v.setUint32(4, side);
  ihdr[8] = 1; // bit depth
  ihdr[9] = 0; // colour type: grayscale
  // compression, filter, interlace: 0
  const phys = new Uint8Array(9);
  const pv = new DataView(phys.buffer);
  const perMetre = Math.round((scale / 0.4233) * 1000); // about 0.42 mm per module (25 mm / 59)
  pv.setUint32(0, perMetre);
  pv.setUint32(4, perMetre);
  phys[8] = 1; // unit: metre
  return concat([
    SIGNATURE,
    chunk('IHDR', ihdr),
    chunk('pHYs', phys),
    chunk('IDAT', new Uint8Array(deflateSync(raw, { level: 9 }))),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const v = new DataView(out.buffer);
  v.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  v.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}
