/**
 * The worker pool of `plangraf serve`: requests load and render in tinypool worker threads
 * (the machinery of `plangraf batch` and `plangraf render`), each stopped at the service's time
 * limit by `runWithTimeLimit`, which terminates its thread (tinypool starts a fresh one).
 *
 * Admission is bounded: at most `size` requests run and `queue` more wait; a request beyond
 * that is not taken (`run` returns undefined) and the service answers 503 with Retry-After, so a
 * flood costs the server a counter, not memory.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runWithTimeLimit } from '../batch/time-limit.js';
import type { RenderFileResult } from '../cli/render-file.js';
import type { RequestTask } from './render-request.js';

export interface RenderPoolOptions {
  /** Worker threads. */
  size: number;
  /** Requests that may wait for a thread beyond the `size` running. */
  queue: number;
  timeLimitSeconds: number;
  /** The worker script; default: dist/serve/render-worker.js of the build. */
  workerFile?: string;
}

export interface RenderPool {
  readonly size: number;
  /** Requests running or waiting. */
  readonly inFlight: number;
  /** Whether `run` would take a request now. */
  readonly full: boolean;
  /** The mean time of the last requests, in seconds (for Retry-After). */
  readonly recentSeconds: number;
  /** Undefined when the pool and its queue are full. Rejects with `TimeLimitExceeded` past the limit. */
  run(task: RequestTask): Promise<RenderFileResult> | undefined;
  close(): Promise<void>;
}

export async function createRenderPool(options: RenderPoolOptions): Promise<RenderPool> {
  const { default: Tinypool } = await import('tinypool');
  const pool = new Tinypool({
    filename: options.workerFile ?? builtServeWorker(),
    minThreads: options.size,
    maxThreads: options.size,
    isolateWorkers: false,
  });
  const limit = options.size + options.queue;
  let inFlight = 0;
  const recent: number[] = [];
  return {
    size: options.size,
    get inFlight() {
      return inFlight;
    },
    get full() {
      return inFlight >= limit;
    },
    get recentSeconds() {
      return recent.length === 0 ? 1 : recent.reduce((a, b) => a + b, 0) / recent.length;
    },
    run(task) {
      if (inFlight >= limit) return undefined;
      inFlight++;
      const t0 = performance.now();
      return runWithTimeLimit<RenderFileResult>(pool, task, options.timeLimitSeconds * 1000).finally(() => {
        inFlight--;
        recent.push((performance.now() - t0) / 1000);
        if (recent.length > 20) recent.shift();
      });
    },
    close: () => pool.destroy(),
  };
}

/**
 * The worker script: dist/serve/render-worker.js beside this module in the build; from the
 * TypeScript sources (tests) the built copy, since worker threads load JavaScript only.
 */
export function builtServeWorker(): string {
  const here = new URL('./render-worker.js', import.meta.url);
  if (!import.meta.url.endsWith('.ts') && existsSync(fileURLToPath(here))) return fileURLToPath(here);
  return fileURLToPath(new URL('../../dist/serve/render-worker.js', import.meta.url));
}
