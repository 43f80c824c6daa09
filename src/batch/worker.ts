/**
 * The worker thread's entry (tinypool `filename`): one call per input. Runs from `dist/`
 * (the package builds on install); module state — fonts, compiled templates, the schema
 * validator — is built while the thread starts (warm-up) and reused for every input.
 */
import { renderOne, type RenderTask, type RenderTaskResult } from './render-one.js';
import { taskStarted, type TimedTask } from './time-limit.js';
import { warmUpWorker } from './worker-warm-up.js';

await warmUpWorker();

export default function run(task: RenderTask & TimedTask): Promise<RenderTaskResult> {
  taskStarted(task);
  return renderOne(task);
}
