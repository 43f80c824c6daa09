/**
 * The worker thread of `plangraf serve` (tinypool `filename`, dist/serve/render-worker.js): one
 * call per request. Module state — fonts, compiled templates, the schema validator — is built on
 * the first request and reused, unless a request was stopped at its time limit and the worker
 * with it.
 */
import type { RenderFileResult } from '../cli/render-file.js';
import { runRequest, type RequestTask } from './render-request.js';

export default function run(task: RequestTask): Promise<RenderFileResult> {
  return runRequest(task);
}
