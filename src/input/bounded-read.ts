/**
 * Reading a file that someone else named — a roadmap, an `extends` base, a template, a batch
 * list — without trusting what it is. Every such read in plangraf goes through here.
 *
 *  - Only regular files are read. A FIFO, a socket, a device (`/dev/zero`, a terminal) or a
 *    folder is refused before anything is read: a FIFO's `read` blocks until a writer comes, and
 *    a device may never end. The type is checked on the path (`stat`, or `lstat` when links are
 *    refused) and again on the opened descriptor (`fstat`), so a file swapped in between is
 *    caught too. The file is opened with O_NONBLOCK, so even opening a FIFO cannot block.
 *  - Symbolic links are followed, unless `refuseLinks` (template folders): then a link is refused,
 *    both by `lstat` and by O_NOFOLLOW on the open.
 *  - A file larger than `maxBytes` is refused by its size, before reading; and at most
 *    `maxBytes + 1` bytes are ever read, so a file that grows, or lies about its size (`/proc`),
 *    is still bounded.
 *
 * Failures are thrown: `FileRefused` for the refusals above, Node's own errors (`ENOENT`,
 * `EACCES` …) otherwise; `readFailureReason` (read-failure.ts) puts either into words.
 */
import * as fs from 'node:fs';
import type { Readable } from 'node:stream';
import { FileRefused, type FileType } from './read-failure.js';

export interface BoundedReadOptions {
  /** Most bytes accepted. */
  maxBytes: number;
  /** Refuse a symbolic link instead of following it. Default false. */
  refuseLinks?: boolean;
}

// O_NONBLOCK and O_NOFOLLOW do not exist on Windows, which has no FIFOs of this kind either.
const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0);
const NO_FOLLOW = fs.constants.O_NOFOLLOW ?? 0;

/** The file's bytes, read with the checks above. */
export async function readBoundedFile(file: string, options: BoundedReadOptions): Promise<Uint8Array> {
  check(file, options.refuseLinks ? await fs.promises.lstat(file) : await fs.promises.stat(file), options);
  let handle: fs.promises.FileHandle;
  try {
    handle = await fs.promises.open(file, openFlags(options));
  } catch (e) {
    throw linkRefusal(file, e, options);
  }
  try {
    const into = new BoundedBuffer(file, check(file, await handle.stat(), options), options.maxBytes);
    for (;;) {
      const [buffer, offset, length] = into.room();
      const { bytesRead } = await handle.read(buffer, offset, length, null);
      if (bytesRead === 0) return into.bytes();
      into.add(bytesRead);
    }
  } finally {
    await handle.close();
  }
}

/** The same, synchronously (template hosts read synchronously). */
export function readBoundedFileSync(file: string, options: BoundedReadOptions): Uint8Array {
  check(file, options.refuseLinks ? fs.lstatSync(file) : fs.statSync(file), options);
  let fd: number;
  try {
    fd = fs.openSync(file, openFlags(options));
  } catch (e) {
    throw linkRefusal(file, e, options);
  }
  try {
    const into = new BoundedBuffer(file, check(file, fs.fstatSync(fd), options), options.maxBytes);
    for (;;) {
      const [buffer, offset, length] = into.room();
      const bytesRead = fs.readSync(fd, buffer, offset, length, null);
      if (bytesRead === 0) return into.bytes();
      into.add(bytesRead);
    }
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * A stream (standard input) read to its end, but never more than `maxBytes + 1` bytes: past
 * that it is destroyed and `FileRefused` (too large, size unknown) thrown. `name` names it in
 * the error.
 */
export async function readBoundedStream(stream: Readable | AsyncIterable<Uint8Array | string>, maxBytes: number, name: string): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  // Leaving the loop (by the throw) ends the iteration, which destroys the stream.
  for await (const chunk of stream as AsyncIterable<Uint8Array | string>) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    total += bytes.length;
    if (total > maxBytes) throw tooLarge(name, undefined, maxBytes);
    chunks.push(bytes);
  }
  return Buffer.concat(chunks, total);
}

function openFlags(options: BoundedReadOptions): number {
  return OPEN_FLAGS | (options.refuseLinks ? NO_FOLLOW : 0);
}

/** Refuse what is not a regular file or is too large; the size otherwise. */
function check(file: string, stats: fs.Stats, options: BoundedReadOptions): number {
  const type = typeOf(stats);
  if (type !== undefined) throw new FileRefused(file, { kind: 'not-a-file', type });
  if (stats.size > options.maxBytes) throw tooLarge(file, stats.size, options.maxBytes);
  return stats.size;
}

/** undefined for a regular file. */
function typeOf(s: fs.Stats): FileType | undefined {
  if (s.isFile()) return undefined;
  if (s.isSymbolicLink()) return 'symbolic-link';
  if (s.isDirectory()) return 'directory';
  if (s.isFIFO()) return 'fifo';
  if (s.isSocket()) return 'socket';
  if (s.isCharacterDevice()) return 'character-device';
  if (s.isBlockDevice()) return 'block-device';
  return 'other';
}

/** O_NOFOLLOW on a link fails with ELOOP (EMLINK on FreeBSD): a link swapped in after `lstat`. */
function linkRefusal(file: string, e: unknown, options: BoundedReadOptions): unknown {
  const code = (e as { code?: unknown } | null)?.code;
  if (options.refuseLinks && (code === 'ELOOP' || code === 'EMLINK')) return new FileRefused(file, { kind: 'not-a-file', type: 'symbolic-link' });
  return e;
}

function tooLarge(file: string, size: number | undefined, limit: number): FileRefused {
  return new FileRefused(file, { kind: 'too-large', size, limit });
}

/**
 * The bytes read so far, in a buffer sized from the file's stated size and grown (doubling) as
 * needed, never beyond `maxBytes + 1`: reading one byte past the limit is how a file that grew
 * or lied about its size is caught.
 */
class BoundedBuffer {
  private buffer: Buffer;
  private total = 0;

  constructor(
    private readonly file: string,
    size: number,
    private readonly maxBytes: number,
  ) {
    this.buffer = Buffer.allocUnsafe(Math.min(size, maxBytes) + 1);
  }

  /** Where the next read goes: buffer, offset, length. Throws once more than `maxBytes` were read. */
  room(): [Buffer, number, number] {
    if (this.total === this.buffer.length) {
      if (this.total > this.maxBytes) throw tooLarge(this.file, undefined, this.maxBytes);
      const bigger = Buffer.allocUnsafe(Math.min(Math.max(this.buffer.length * 2, 64 * 1024), this.maxBytes + 1));
      this.buffer.copy(bigger, 0, 0, this.total);
      this.buffer = bigger;
    }
    return [this.buffer, this.total, this.buffer.length - this.total];
  }

  add(count: number): void {
    this.total += count;
  }

  /** Everything read (at the end of the file). */
  bytes(): Uint8Array {
    if (this.total > this.maxBytes) throw tooLarge(this.file, undefined, this.maxBytes);
    return this.buffer.subarray(0, this.total);
  }
}
