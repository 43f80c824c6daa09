/**
 * Writing output files without ever leaving a half-written one: the bytes go to a temporary name
 * in the target's folder (same file system, so the rename is atomic), then the temporary file is
 * renamed over the target. Temporary names carry the process id, so an interrupted run can find
 * and remove its own leftovers: `removePendingWrites()` (this thread's files) and
 * `removeTempFiles(dir)` (every thread's, by name), called by the CLI on Ctrl-C.
 */
import { readdirSync, rmSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { threadId } from 'node:worker_threads';

let counter = 0;
const pending = new Set<string>();

/** `.<name>.<pid>-<thread>-<n>.tmp` beside the target. */
function tempName(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}-${threadId}-${(counter++).toString(36)}.tmp`);
}

export async function writeFileAtomically(target: string, data: string | Uint8Array): Promise<void> {
  await mkdir(path.dirname(target), { recursive: true });
  const temp = tempName(target);
  pending.add(temp);
  try {
    await writeFile(temp, data, { flag: 'wx' });
    await rename(temp, target);
  } catch (e) {
    await rm(temp, { force: true }).catch(() => undefined);
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

/** Remove temporary files of this process (any thread) under `dir`, recursively. */
export function removeTempFiles(dir: string): void {
  const mine = new RegExp(`^\\..+\\.${process.pid}-\\d+-[0-9a-z]+\\.tmp$`);
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) removeTempFiles(full);
    else if (mine.test(e.name)) rmSync(full, { force: true });
  }
}
