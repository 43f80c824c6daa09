/**
 * Ctrl-C (SIGINT) and SIGTERM: a command interrupted while writing leaves no temporary or partial
 * file behind. Commands register what to clean up; the handler runs it, removes this thread's
 * pending temporary files, and exits with 130 (SIGINT) or 143 (SIGTERM) as shells expect.
 * `stopNow` is the same stop for other reasons (main.ts: the reader of the output went away).
 */
import { EXIT } from '../diagnostics/diagnostic.js';
import { removePendingWrites } from '../output/atomic-write.js';

const cleanups = new Set<() => void>();

/** Run `fn` (synchronously) if the process is interrupted; returns a function that unregisters it. */
export function onInterrupt(fn: () => void): () => void {
  cleanups.add(fn);
  return () => cleanups.delete(fn);
}

/** Installed once by the program's entry point (not by in-process runs such as tests). */
export function installInterruptHandlers(): void {
  process.once('SIGINT', () => stopNow(EXIT.interrupted));
  process.once('SIGTERM', () => stopNow(EXIT.terminated));
}

/** Run the registered clean-ups, remove this thread's temporary files and exit with `code`, printing nothing. */
export function stopNow(code: number): never {
  for (const fn of cleanups) {
    try {
      fn();
    } catch {
      // Cleaning up is best effort: the exit must happen whatever fails here.
    }
  }
  removePendingWrites();
  process.exit(code);
}
