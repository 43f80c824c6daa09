/**
 * One input of a batch, as a worker runs it: load (with `extends`), render, write each output
 * atomically. Every problem is returned as a diagnostic; nothing is thrown for a user's mistake.
 * Fonts and templates are loaded by the writers and composer once per module instance, so once
 * per worker thread, and reused for every input that worker renders.
 */
import * as path from 'node:path';
import type { Diagnostic, Language } from '../diagnostics/diagnostic.js';
import { hasErrors } from '../diagnostics/diagnostic.js';
import { loadRoadmapFile } from '../load/load-roadmap.js';
import { render, type OutputFormat } from '../render.js';
import { writeFileAtomically } from '../output/atomic-write.js';
import { batchDiagnostic } from './messages.js';

export interface RenderTask {
  /** Absolute path of the input. */
  file: string;
  cwd: string;
  /** The folder its `extends` bases must stay inside. */
  root: string;
  lang: Language;
  now?: string;
  /** The user's templates folder (absolute); compiled once per worker by the template loader. */
  templates?: string;
  /** Where each format goes (absolute paths, already checked). */
  outputs: { format: OutputFormat; target: string }[];
}

export interface RenderTaskResult {
  ok: boolean;
  /** Targets written. */
  written: string[];
  diagnostics: Diagnostic[];
  /** A write failed (disk, permissions): the batch exits with the I/O code. */
  ioFailed?: boolean;
  ms: number;
}

export async function renderOne(task: RenderTask): Promise<RenderTaskResult> {
  const t0 = performance.now();
  const shown = (f: string) => (path.isAbsolute(f) ? path.relative(task.cwd, f) || f : f);
  const relocate = (ds: Diagnostic[]) => ds.map((d) => ({ ...d, file: shown(d.file) }));
  const done = (r: Omit<RenderTaskResult, 'ms'>): RenderTaskResult => ({ ...r, ms: Math.round(performance.now() - t0) });

  const loaded = await loadRoadmapFile(task.file, { lang: task.lang, extendsRoot: task.root });
  const diagnostics = relocate(loaded.diagnostics);
  if (!loaded.roadmap || hasErrors(diagnostics)) return done({ ok: false, written: [], diagnostics, ioFailed: diagnostics.some((d) => d.code.startsWith('io-')) });

  const formats = task.outputs.map((o) => o.format);
  const result = await render(loaded.roadmap, {
    formats, lang: task.lang, ...(task.now !== undefined ? { now: task.now } : {}), ...(task.templates !== undefined ? { templates: task.templates } : {}),
  });
  diagnostics.push(...relocate(result.diagnostics));
  if (hasErrors(result.diagnostics)) return done({ ok: false, written: [], diagnostics });

  const written: string[] = [];
  let ioFailed = false;
  for (const { format, target } of task.outputs) {
    const bytes = result[format];
    if (!bytes) continue;
    try {
      await writeFileAtomically(target, bytes);
      written.push(target);
    } catch (e) {
      ioFailed = true;
      diagnostics.push(batchDiagnostic('batch-write-failed', task.lang, shown(task.file), {
        name: shown(target), reason: e instanceof Error ? e.message : String(e),
      }));
    }
  }
  return done({ ok: !ioFailed, written, diagnostics, ioFailed });
}
