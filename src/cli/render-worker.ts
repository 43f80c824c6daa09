/**
 * The worker thread of `plangraf render` (tinypool `filename`, dist/cli/render-worker.js): one
 * call per file. Module state — fonts, compiled templates, the schema validator — is built on
 * the first file and reused for the next ones, unless a file was stopped at its time limit and
 * the worker with it.
 */
import { renderFile, type RenderFileResult, type RenderFileTask } from './render-file.js';

export default function run(task: RenderFileTask): Promise<RenderFileResult> {
  return renderFile(task);
}
