/**
 * The worker thread of `plangraf render` (tinypool `filename`, dist/cli/render-worker.js): one
 * call per file. Module state — fonts, compiled templates, the schema validator — is built while
 * the thread starts (warm-up, not counted against a file's time limit) and reused for the next
 * files, unless a file was stopped at its time limit and the worker with it.
 */
import { taskStarted, type TimedTask } from '../batch/time-limit.js';
import { warmUpWorker } from '../batch/worker-warm-up.js';
import { renderFile, type RenderFileResult, type RenderFileTask } from './render-file.js';

await warmUpWorker();

export default function run(task: RenderFileTask & TimedTask): Promise<RenderFileResult> {
  taskStarted(task);
  return renderFile(task);
}
