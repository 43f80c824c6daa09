/**
 * Writing output files without ever leaving a half-written one: the bytes go to a temporary name
 * in the target's folder (same file system, so the rename is atomic), then the temporary file is
 * renamed over the target. Temporary names carry the process id, so leftovers can be found and
 * removed: `removePendingWrites()` (this thread's files) and `removeTempFiles(dir)` (every
 * thread's of this process, by name), called on Ctrl-C; `removeStaleTempFiles(dir)` (those of
 * processes that no longer run, e.g. after `kill -9`), called before a run writes into a folder.
 *
 * The file operations go through an `OutputIo` (Node's by default); tests pass one that fails
 * like a full disk.
 */
import { readdirSync, rmSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { threadId } from 'node:worker_threads';

/** The file operations an atomic write needs. */
export interface OutputIo {
  mkdir(dir: string, options: { recursive: true }): Promise<unknown>;
  writeFile(file: string, data: string | Uint8Array, options: { flag: 'wx' }): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  rm(file: string, options: { force: true }): Promise<void>;
}

export const NODE_OUTPUT_IO: OutputIo = { mkdir, writeFile, rename, rm };

let counter = 0;
const pending = new Set<string>();

/** `.<name>.<pid>-<thread>-<n>.tmp` beside the target. */
function tempName(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}-${threadId}-${(counter++).toString(36)}.tmp`);
}

/** A temporary name of ours: the process id that wrote it, or undefined for any other name. */
export function tempFileOwner(name: string): number | undefined {
  const m = /^\..+\.(\d+)-\d+-[0-9a-z]+\.tmp$/.exec(name);
  return m ? Number(m[1]) : undefined;
}

export async function writeFileAtomically(target: string, data: string | Uint8Array, io: OutputIo = NODE_OUTPUT_IO): Promise<void> {
  await io.mkdir(path.dirname(target), { recursive: true });
  const temp = tempName(target);
  pending.add(temp);
  try {
    await io.writeFile(temp, data, { flag: 'wx' });
    await io.rename(temp, target);
  } catch (e) {
    await io.rm(temp, { force: true }).catch(() => undefined);
    throw e;
  } finally {
    pending.delete(temp);
  }
}

/** Remove this thread's temporary files still being written (synchronous: for signal handlers). */
export function removePendingWrites(): void {
  for (const temp of pending) rmSync(temp, { force: true });
  pending.clear();
}

/** Remove temporary files of this process (any thread) under `dir`, recursively unless told otherwise. */
export function removeTempFiles(dir: string, options: { recursive: boolean } = { recursive: true }): void {
  removeTempFilesWhere(dir, options.recursive, (pid) => pid === process.pid);
}

/**
 * Remove temporary files under `dir` left by processes that no longer run (a run killed with
 * `kill -9`, a power cut). Files of running processes — another `plangraf render` writing into
 * the same folder — are left alone. `recursive: false` looks in `dir` only.
 */
export function removeStaleTempFiles(dir: string, options: { recursive: boolean } = { recursive: true }): void {
  removeTempFilesWhere(dir, options.recursive, (pid) => pid !== process.pid && !processRuns(pid));
}

function removeTempFilesWhere(dir: string, recursive: boolean, remove: (pid: number) => boolean): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    const full = path.join(dir, e.name);
    // Symbolic links are never followed: only what lies inside `dir` is cleaned.
    if (e.isDirectory()) {
      if (recursive) removeTempFilesWhere(full, recursive, remove);
      continue;
    }
    const pid = e.isFile() ? tempFileOwner(e.name) : undefined;
    if (pid !== undefined && remove(pid)) rmSync(full, { force: true });
  }
}

/** Whether a process with this id runs (on this machine). */
export function processRuns(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it runs, under another user.
    return (e as { code?: string }).code === 'EPERM';
  }
}
