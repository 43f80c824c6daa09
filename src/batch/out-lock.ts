/**
 * One batch at a time per output folder. Two runs writing into one folder would replace each
 * other's documents, cache manifest and report, so a run first creates `.plangraf-lock` there
 * (exclusively: of two runs starting together exactly one succeeds) holding its process id,
 * machine and start time, and removes it when it ends — also on Ctrl-C (`releaseOutLocks`, called
 * by the CLI's interrupt handler). A run that finds the lock is refused with `batch-out-locked`
 * and writes nothing. A lock left by a run that no longer exists (killed with `kill -9`, a
 * power cut) — same machine, process gone — is taken over. A lock of another machine (a network
 * folder) or one that cannot be read is never taken over: the message says to delete it by hand
 * if no batch runs.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import * as path from 'node:path';
import { processRuns } from '../output/atomic-write.js';

export const LOCK_FILE = '.plangraf-lock';

export interface LockHolder {
  pid: number;
  host: string;
  startedAt: string;
}

export type LockOutcome =
  | { ok: true; release(): void }
  /** `holder` undefined: the lock file cannot be read (empty or damaged). */
  | { ok: false; file: string; holder: LockHolder | undefined };

/** Lock files this process holds → their token. */
const held = new Map<string, string>();

/**
 * Take the output folder for this run (creating it). Throws the file system's error when the
 * folder cannot be created or written (the caller reports it).
 */
export function lockOutFolder(out: string): LockOutcome {
  mkdirSync(out, { recursive: true });
  const file = path.join(out, LOCK_FILE);
  const token = randomUUID();
  const content = `${JSON.stringify({ pid: process.pid, host: os.hostname(), startedAt: new Date().toISOString(), token })}\n`;
  for (let attempt = 0; ; attempt++) {
    try {
      writeFileSync(file, content, { flag: 'wx' });
      held.set(file, token);
      return { ok: true, release: () => release(file, token) };
    } catch (e) {
      if ((e as { code?: string }).code !== 'EEXIST') throw e;
    }
    const holder = readHolder(file);
    const stale = holder !== undefined && holder.host === os.hostname() && !processRuns(holder.pid);
    if (!stale || attempt > 0) return { ok: false, file, holder };
    rmSync(file, { force: true });
  }
}

/** Remove every lock this process holds (synchronous: for signal handlers). */
export function releaseOutLocks(): void {
  for (const [file, token] of held) release(file, token);
}

function release(file: string, token: string): void {
  held.delete(file);
  // Only our own lock: after a takeover the file may be another run's.
  if (readToken(file) === token) rmSync(file, { force: true });
}

function readHolder(file: string): LockHolder | undefined {
  const v = readLock(file);
  return v && typeof v.pid === 'number' && typeof v.host === 'string' ? { pid: v.pid, host: v.host, startedAt: typeof v.startedAt === 'string' ? v.startedAt : '?' } : undefined;
}

function readToken(file: string): string | undefined {
  const t = readLock(file)?.token;
  return typeof t === 'string' ? t : undefined;
}

function readLock(file: string): Record<string, unknown> | undefined {
  try {
    const v = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    return v && typeof v === 'object' ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
