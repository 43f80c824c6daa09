/**
 * The time limit of one input, shared by `plangraf batch` (one per input of the pool) and
 * `plangraf render` (one per file, in a one-worker pool): the input runs in a worker thread, and
 * one still running at the limit is aborted — tinypool then terminates the thread (the only way
 * to stop code that does not return) and starts a fresh one for the next input.
 *
 * The limit is the input's own time: the clock starts when the worker begins the task (it says
 * so on a port sent with the task, `taskStarted`), not when the task is handed to the pool. A
 * fresh thread first loads plangraf and warms it up (worker-warm-up.ts); on a loaded machine that
 * can take seconds, and it must not count against a file.
 */
import { MessageChannel, type MessagePort } from 'node:worker_threads';

/** The time one input may take in a worker before the worker is stopped (`--time-limit`). */
export const DEFAULT_TIME_LIMIT_SECONDS = 300;
/** The largest `--time-limit` accepted: a day. */
export const MAX_TIME_LIMIT_SECONDS = 86_400;
/**
 * How long a worker may take to start a task (start the thread, load and warm up plangraf) on
 * top of the limit before the task is given up as stopped too: only a defect or a machine
 * starved for minutes gets there.
 */
export const WORKER_START_ALLOWANCE_MS = 120_000;

/** The rejection of a task stopped at its time limit. */
export class TimeLimitExceeded extends Error {
  constructor(readonly seconds: number) {
    super(`time limit of ${seconds} s exceeded`);
    this.name = 'TimeLimitExceeded';
  }
}

/** What `runWithTimeLimit` needs of a pool (tinypool's `run`). */
export interface AbortablePool {
  run(task: unknown, options: { signal: AbortSignal; transferList?: MessagePort[] }): Promise<unknown>;
}

/** The field of a timed task that carries the port its worker reports the start on. */
export interface TimedTask {
  startedPort?: MessagePort;
}

/**
 * Run `task` in `pool`; `ms` after the worker starts it, it is aborted and the promise rejects
 * with `TimeLimitExceeded`. The task reaches the worker with a `startedPort`, on which the
 * worker's entry calls `taskStarted` before anything else.
 */
export function runWithTimeLimit<T>(pool: AbortablePool, task: object, ms: number): Promise<T> {
  const controller = new AbortController();
  const { port1, port2 } = new MessageChannel();
  let settled = false;
  // Until the worker starts the task: only the allowance for a thread that never gets going.
  let timer = setTimeout(() => controller.abort(), ms + WORKER_START_ALLOWANCE_MS);
  port1.once('message', () => {
    if (settled) return;
    clearTimeout(timer);
    timer = setTimeout(() => controller.abort(), ms);
  });
  return (pool.run({ ...task, startedPort: port2 }, { signal: controller.signal, transferList: [port2] }) as Promise<T>)
    .catch((e: unknown) => {
      throw controller.signal.aborted ? new TimeLimitExceeded(ms / 1000) : e;
    })
    .finally(() => {
      settled = true;
      clearTimeout(timer);
      port1.close();
    });
}

/** In the worker, first thing of a task: start its clock (a no-op for an untimed task). */
export function taskStarted(task: TimedTask): void {
  const port = task.startedPort;
  if (port === undefined) return;
  delete task.startedPort;
  port.postMessage('started');
  port.close();
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
