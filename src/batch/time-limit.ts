/**
 * The time limit of one input, shared by `plangraf batch` (one per input of the pool) and
 * `plangraf render` (one per file, in a one-worker pool): the input runs in a worker thread, and
 * one still running at the limit is aborted — tinypool then terminates the thread (the only way
 * to stop code that does not return) and starts a fresh one for the next input.
 */

/** The time one input may take in a worker before the worker is stopped (`--time-limit`). */
export const DEFAULT_TIME_LIMIT_SECONDS = 300;
/** The largest `--time-limit` accepted: a day. */
export const MAX_TIME_LIMIT_SECONDS = 86_400;

/** The rejection of a task stopped at its time limit. */
export class TimeLimitExceeded extends Error {
  constructor(readonly seconds: number) {
    super(`time limit of ${seconds} s exceeded`);
    this.name = 'TimeLimitExceeded';
  }
}

/** What `runWithTimeLimit` needs of a pool (tinypool's `run`). */
export interface AbortablePool {
  run(task: unknown, options: { signal: AbortSignal }): Promise<unknown>;
}

/** Run `task` in `pool`; past `ms` it is aborted and the promise rejects with `TimeLimitExceeded`. */
export function runWithTimeLimit<T>(pool: AbortablePool, task: unknown, ms: number): Promise<T> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), ms);
  return (pool.run(task, { signal: controller.signal }) as Promise<T>)
    .catch((e: unknown) => {
      throw controller.signal.aborted ? new TimeLimitExceeded(ms / 1000) : e;
    })
    .finally(() => clearTimeout(timer));
}

/**
 * `--time-limit` as typed: a whole number of seconds from 1 to `MAX_TIME_LIMIT_SECONDS`, or
 * undefined when it is anything else (the command then prints its usage message).
 */
export function parseTimeLimit(value: string): number | undefined {
  if (!/^\d+$/.test(value)) return undefined;
  const n = Number(value);
  return n >= 1 && n <= MAX_TIME_LIMIT_SECONDS ? n : undefined;
}
