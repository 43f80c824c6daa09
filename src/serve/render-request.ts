/**
 * One request of `plangraf serve`, as a worker thread runs it: the body's bytes loaded like a
 * file of `plangraf render` (the same loader, limits lowered by the service's configuration,
 * no file of the server readable) and, for `render`, rendered by the same code as the CLI's
 * (`renderLoaded`), so the same input and `now` give the CLI's diagnostics and bytes.
 */
import type { Language } from '../diagnostics/diagnostic.js';
import { loadRoadmapBytes } from '../load/load-roadmap.js';
import type { LoadLimits } from '../load/limits.js';
import type { OutputFormat } from '../output-formats.js';
import { renderLoaded, type RenderFileResult } from '../cli/render-file.js';
import { REQUEST_EXTENDS_ROOT, REQUEST_LOAD_HOST, refuseExtends } from './request-host.js';

export interface RequestTask {
  /** `validate` loads and checks only (as `plangraf validate`); `render` renders too. */
  action: 'validate' | 'render';
  /** The request body. */
  bytes: Uint8Array;
  /** The name diagnostics give the input. */
  name: string;
  lang: Language;
  strict: boolean;
  formats: OutputFormat[];
  now?: string;
  /** The service's templates folder, absolute. */
  templates?: string;
  /** The service's limits over the loader's defaults. */
  limits: Partial<LoadLimits>;
}

export async function runRequest(task: RequestTask): Promise<RenderFileResult> {
  const loaded = await loadRoadmapBytes(task.bytes, {
    file: task.name,
    lang: task.lang,
    limits: task.limits,
    host: REQUEST_LOAD_HOST,
    extendsRoot: REQUEST_EXTENDS_ROOT,
  });
  const diagnostics = refuseExtends(loaded.diagnostics, task.lang);
  const checked = { ...loaded, diagnostics };
  if (task.action === 'validate') {
    return {
      load: { diagnostics, roadmap: loaded.roadmap !== undefined, ...(loaded.text !== undefined ? { text: loaded.text } : {}) },
      templateSources: {},
    };
  }
  return renderLoaded(checked, {
    lang: task.lang,
    strict: task.strict,
    formats: task.formats,
    ...(task.now !== undefined ? { now: task.now } : {}),
    ...(task.templates !== undefined ? { templates: task.templates } : {}),
  });
}
