/**
 * The worker thread of `plangraf serve` (tinypool `filename`, dist/serve/render-worker.js): one
 * call per request. Module state — fonts, compiled templates, the schema validator — is built
 * while the thread starts (warm-up, not counted against a request's time limit) and reused,
 * unless a request was stopped at its time limit and the worker with it.
 */
import { taskStarted, type TimedTask } from '../batch/time-limit.js';
import { warmUpWorker } from '../batch/worker-warm-up.js';
import type { RenderFileResult } from '../cli/render-file.js';
import { runRequest, type RequestTask } from './render-request.js';

await warmUpWorker();

export default function run(task: RequestTask & TimedTask): Promise<RenderFileResult> {
  taskStarted(task);
  return runRequest(task);
}
