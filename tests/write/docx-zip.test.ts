/** The DOCX zip (src/write/docx/zip.ts): fflate's `zipSync` layout byte for byte, any time zone. */
import * as zlib from 'node:zlib';
import fc from 'fast-check';
import { unzipSync, zipSync } from 'fflate';
import type { Zippable } from 'fflate';
import { describe, expect, it } from 'vitest';
import { crc32 } from '../../src/write/docx/crc32.js';
import { zipParts } from '../../src/write/docx/zip.js';

const entries = fc.uniqueArray(
  fc.record({
    // Not integer-like: an object (Zippable) would put those keys first.
    path: fc.stringMatching(/^[A-Za-z_\-[\]][A-Za-z0-9_\-[\]]{0,11}(\/[A-Za-z0-9_.]{1,12}){0,2}$/),
    data: fc.oneof(fc.uint8Array({ maxLength: 3000 }), fc.string({ maxLength: 2000 }).map((s) => new TextEncoder().encode(s.repeat(3)))),
  }),
  { selector: (e) => e.path, minLength: 1, maxLength: 6 },
);
const time = fc.integer({ min: Date.UTC(1980, 0, 1, 12), max: Date.UTC(2099, 11, 31) });

describe('zipParts', () => {
  it("is fflate's zipSync of the same entries (level 6, the UTC fields of the time)", () => {
    fc.assert(
      fc.property(entries, time, (files, t) => {
        // zipSync writes the local fields of its time: shift it so that they are the UTC ones.
        const mtime = t + new Date(t).getTimezoneOffset() * 60_000;
        const zippable: Zippable = {};
        for (const { path, data } of files) zippable[path] = [data, { mtime, level: 6 }];
        const reference = zipSync(zippable, { mtime });
        const new_ = zipParts(files, t);
        // Near a daylight-saving change the shift above is an hour off: compare without the times then.
        const sameOffset = new Date(t).getTimezoneOffset() === new Date(mtime).getTimezoneOffset();
        if (sameOffset) expect(Buffer.from(new_).equals(Buffer.from(reference))).toBe(true);
        const back = unzipSync(new_);
        expect(Object.keys(back)).toEqual(files.map((f) => f.path));
        for (const { path, data } of files) expect(Buffer.from(back[path] ?? []).equals(Buffer.from(data))).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('stores the UTC date and time (two-second resolution)', () => {
    const zip = zipParts([{ path: 'a.xml', data: new Uint8Array([1, 2, 3]) }], Date.UTC(2022, 1, 14, 9, 30, 41));
    const dos = new DataView(zip.buffer).getUint32(10, true);
    expect([(dos >>> 25) + 1980, (dos >>> 21) & 15, (dos >>> 16) & 31, (dos >>> 11) & 31, (dos >>> 5) & 63, (dos & 31) * 2]).toEqual([2022, 2, 14, 9, 30, 40]);
  });

  it('rejects paths that are not printable ASCII', () => {
    expect(() => zipParts([{ path: 'папка/a.xml', data: new Uint8Array() }], Date.UTC(2022, 0, 1))).toThrow(/ASCII/);
  });

  it('stamps a time past 2107 (or before 1980) as the last (first) time an MS-DOS time holds', () => {
    const fields = (t: number) => {
      const dos = new DataView(zipParts([{ path: 'a.xml', data: new Uint8Array([1]) }], t).buffer).getUint32(10, true);
      return [(dos >>> 25) + 1980, (dos >>> 21) & 15, (dos >>> 16) & 31, (dos >>> 11) & 31, (dos >>> 5) & 63, (dos & 31) * 2];
    };
    expect(fields(Date.UTC(2107, 11, 31, 23, 59, 58))).toEqual([2107, 12, 31, 23, 59, 58]);
    for (const t of [Date.UTC(2108, 0, 1), Date.UTC(2150, 5, 1), Date.UTC(2200, 0, 1), Date.UTC(9999, 11, 31)]) expect(fields(t)).toEqual([2107, 12, 31, 23, 59, 58]);
    expect(fields(Date.UTC(1970, 0, 1))).toEqual([1980, 1, 1, 0, 0, 0]);
    expect(Object.keys(unzipSync(zipParts([{ path: 'a.xml', data: new Uint8Array([1]) }], Date.UTC(2200, 0, 1))))).toEqual(['a.xml']);
  });
});

describe('crc32', () => {
  it('the table loop (Node without zlib.crc32) gives what zlib gives', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 5000 }), (data) => {
        expect(crc32(data, null)).toBe(zlib.crc32(data) >>> 0);
        expect(crc32(data)).toBe(zlib.crc32(data) >>> 0);
      }),
    );
    expect(crc32(new TextEncoder().encode('123456789'), null)).toBe(0xcbf43926);
  });
});
