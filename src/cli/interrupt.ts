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

let drain: (() => Promise<void>) | undefined;

/**
 * A long-running command (`plangraf serve`, `preview`, `render --watch`) finishing its work on
 * an interrupt before the exit: `fn` is awaited, at most `DRAIN_MS`; a second Ctrl-C exits at once.
 */
export function onInterruptDrain(fn: () => Promise<void>): () => void {
  drain = fn;
  return () => {
    if (drain === fn) drain = undefined;
  };
}

const DRAIN_MS = 10_000;

/** Installed once by the program's entry point (not by in-process runs such as tests). */
export function installInterruptHandlers(): void {
  process.once('SIGINT', () => void stopGracefully(EXIT.interrupted));
  process.once('SIGTERM', () => void stopGracefully(EXIT.terminated));
}

/** An interrupt: a long-running command first finishes what it was doing (`onInterruptDrain`), then `stopNow`. */
async function stopGracefully(code: number): Promise<never> {
  cleanUp();
  if (drain) {
    await Promise.race([drain().catch(() => undefined), new Promise((resolve) => setTimeout(resolve, DRAIN_MS).unref())]);
  }
  process.exit(code);
}

/** The registered clean-ups and this thread's temporary files; best effort, never throws. */
function cleanUp(): void {
  for (const fn of cleanups) {
    try {
      fn();
    } catch {
      // Cleaning up is best effort: the exit must happen whatever fails here.
    }
  }
  removePendingWrites();
}

/** Run the registered clean-ups, remove this thread's temporary files and exit with `code`, printing nothing. */
export function stopNow(code: number): never {
  cleanUp();
  process.exit(code);
}
