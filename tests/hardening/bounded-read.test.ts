/**
 * The bounded reader (src/input/bounded-read.ts) on its own, in this process, on inputs that
 * cannot hang it even if it were wrong (FIFOs and endless pipes are tried on the built program
 * in reads.test.ts, in child processes that can be killed).
 */
import { existsSync, mkdtempSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBoundedFile, readBoundedFileSync, readBoundedStream } from '../../src/input/bounded-read.js';
import { bytesText, FileRefused, readFailureReason } from '../../src/input/read-failure.js';

const MiB = 1024 * 1024;

function dir(): string {
  return mkdtempSync(join(tmpdir(), 'plangraf-read-'));
}

async function refusal(read: () => Promise<unknown> | unknown): Promise<FileRefused['refusal']> {
  try {
    await read();
  } catch (e) {
    expect(e, String(e)).toBeInstanceOf(FileRefused);
    return (e as FileRefused).refusal;
  }
  throw new Error('read, not refused');
}

describe('readBoundedFile / readBoundedFileSync', () => {
  it('reads a regular file whole, also one of exactly the limit', async () => {
    const d = dir();
    writeFileSync(join(d, 'a.yaml'), 'plan: x\n');
    expect(Buffer.from(await readBoundedFile(join(d, 'a.yaml'), { maxBytes: 8 })).toString()).toBe('plan: x\n');
    expect(Buffer.from(readBoundedFileSync(join(d, 'a.yaml'), { maxBytes: 8 })).toString()).toBe('plan: x\n');
  });

  it('a 1 GiB sparse file is refused by its size, before reading (the size is the one stat gives)', async () => {
    const d = dir();
    const file = join(d, 'big.yaml');
    writeFileSync(file, '');
    truncateSync(file, 1024 * MiB);
    // Read past the limit instead, the refusal could only say «more than the limit».
    expect(await refusal(() => readBoundedFile(file, { maxBytes: 10 * MiB }))).toEqual({ kind: 'too-large', size: 1024 * MiB, limit: 10 * MiB });
    expect(await refusal(() => readBoundedFileSync(file, { maxBytes: 10 * MiB }))).toEqual({ kind: 'too-large', size: 1024 * MiB, limit: 10 * MiB });
  });

  it.skipIf(!existsSync('/proc/self/status'))('a file whose stated size is wrong (/proc: 0) is still cut at the limit', async () => {
    expect(await refusal(() => readBoundedFile('/proc/self/status', { maxBytes: 16 }))).toEqual({ kind: 'too-large', size: undefined, limit: 16 });
    expect(await refusal(() => readBoundedFileSync('/proc/self/status', { maxBytes: 16 }))).toEqual({ kind: 'too-large', size: undefined, limit: 16 });
    expect((await readBoundedFile('/proc/self/status', { maxBytes: MiB })).length).toBeGreaterThan(16);
  });

  it('a folder and a device are refused without reading', async () => {
    expect(await refusal(() => readBoundedFile(dir(), { maxBytes: MiB }))).toEqual({ kind: 'not-a-file', type: 'directory' });
    if (existsSync('/dev/zero')) {
      expect(await refusal(() => readBoundedFile('/dev/zero', { maxBytes: MiB }))).toEqual({ kind: 'not-a-file', type: 'character-device' });
      expect(await refusal(() => readBoundedFileSync('/dev/zero', { maxBytes: MiB }))).toEqual({ kind: 'not-a-file', type: 'character-device' });
    }
  });

  it('a symbolic link: followed by default, refused with refuseLinks; a link to a device is refused either way', async () => {
    const d = dir();
    writeFileSync(join(d, 'target.hbs'), 'текст');
    symlinkSync(join(d, 'target.hbs'), join(d, 'link.hbs'));
    expect(Buffer.from(await readBoundedFile(join(d, 'link.hbs'), { maxBytes: MiB })).toString()).toBe('текст');
    expect(await refusal(() => readBoundedFile(join(d, 'link.hbs'), { maxBytes: MiB, refuseLinks: true }))).toEqual({ kind: 'not-a-file', type: 'symbolic-link' });
    expect(await refusal(() => readBoundedFileSync(join(d, 'link.hbs'), { maxBytes: MiB, refuseLinks: true }))).toEqual({ kind: 'not-a-file', type: 'symbolic-link' });
    if (existsSync('/dev/zero')) {
      symlinkSync('/dev/zero', join(d, 'zero.yaml'));
      expect(await refusal(() => readBoundedFile(join(d, 'zero.yaml'), { maxBytes: MiB }))).toEqual({ kind: 'not-a-file', type: 'character-device' });
    }
  });

  it('a missing file is Node’s ENOENT, put into words', async () => {
    const e = await readBoundedFile(join(dir(), 'none.yaml'), { maxBytes: MiB }).catch((x: unknown) => x);
    expect((e as { code?: string }).code).toBe('ENOENT');
    expect(readFailureReason(e, 'ru')).toBe('файла нет');
  });

  it('sizes in words agree with their number', () => {
    expect([1, 2, 5, 11, 12, 21, 24, 262144, 1073741824].map((n) => bytesText(n, 'ru'))).toEqual([
      '1 байт', '2 байта', '5 байт', '11 байт', '12 байт', '21 байт', '24 байта', '262144 байта', '1073741824 байта',
    ]);
    expect(readFailureReason(new FileRefused('t.hbs', { kind: 'too-large', size: 300_000, limit: 262144 }), 'ru')).toBe('файл больше предела: 262144 байта');
  });
});

describe('readBoundedStream', () => {
  it('reads a stream to its end', async () => {
    async function* chunks() {
      yield Buffer.from('plan: ');
      yield 'x\n';
    }
    expect(Buffer.from(await readBoundedStream(chunks(), 100, '<stdin>')).toString()).toBe('plan: x\n');
  });

  it('stops a stream longer than the limit after limit + one chunk, and ends it', async () => {
    let produced = 0;
    let ended = false;
    // 100 MiB if read to the end; the reader must stop after about 1 MiB.
    async function* long() {
      try {
        for (let i = 0; i < 1600; i++) {
          produced += 64 * 1024;
          yield Buffer.alloc(64 * 1024, 0x79);
        }
      } finally {
        ended = true;
      }
    }
    expect(await refusal(() => readBoundedStream(long(), MiB, '<stdin>'))).toEqual({ kind: 'too-large', size: undefined, limit: MiB });
    expect(produced).toBe(MiB + 64 * 1024);
    expect(ended).toBe(true);
  });
});
