/**
 * The worker thread's entry (tinypool `filename`): one call per input. Runs from `dist/`
 * (the package builds on install); module state — fonts, compiled templates, the schema
 * validator — is built on the first input and reused for the rest.
 */
import { renderOne, type RenderTask, type RenderTaskResult } from './render-one.js';

export default function run(task: RenderTask): Promise<RenderTaskResult> {
  return renderOne(task);
}
