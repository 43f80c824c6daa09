/**
 * One input of a batch, as a worker runs it: load (with `extends`), render, write each output
 * atomically. Every problem is returned as a diagnostic; nothing is thrown for a user's mistake.
 * Fonts and templates are loaded by the writers and composer once per module instance, so once
 * per worker thread, and reused for every input that worker renders.
 *
 * It also returns the cache key of exactly what it rendered (cache.ts): every file the loader
 * read is recorded with its bytes as it is read, and the templates are those of the library the
 * renderer used.
 */
import * as path from 'node:path';
import type { Diagnostic, Language } from '../diagnostics/diagnostic.js';
import { hasErrors } from '../diagnostics/diagnostic.js';
import { nodeLoadHost, type LoadHost } from '../load/host.js';
import { loadRoadmapFile } from '../load/load-roadmap.js';
import { render, type OutputFormat } from '../render.js';
import { loadTemplates } from '../templates/load.js';
import { NODE_OUTPUT_IO, writeFileAtomically, type OutputIo } from '../output/atomic-write.js';
import { describeIoFailure } from '../output/io-failure.js';
import { linkOnTheWay } from '../output/link-check.js';
import { renderKey, type KeySource } from './cache.js';
import { batchDiagnostic } from './messages.js';
import { roadmapSourceBytes } from '../archive/roadmap-source.js';

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
  /** The output folder (absolute): every output lies inside it and is never written through a link in it. */
  out: string;
  /** PDF/A-3b with the merged roadmap embedded. */
  pdfa?: boolean;
  /** The options part of the cache key (`keySeed`). */
  keySeed: string;
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
  /** When rendered: the cache key of the bytes rendered, and the files it covers (relative to `out`, in the order read). */
  key?: string;
  sources?: string[];
}

export async function renderOne(task: RenderTask, io: OutputIo = NODE_OUTPUT_IO): Promise<RenderTaskResult> {
  const t0 = performance.now();
  const shown = (f: string) => (path.isAbsolute(f) ? path.relative(task.cwd, f) || f : f);
  const relocate = (ds: Diagnostic[]) => ds.map((d) => ({ ...d, file: shown(d.file) }));
  const done = (r: Omit<RenderTaskResult, 'ms'>): RenderTaskResult => ({ ...r, ms: Math.round(performance.now() - t0) });

  const read: KeySource[] = [];
  const host: LoadHost = {
    ...nodeLoadHost,
    async readFile(file, options) {
      const bytes = await nodeLoadHost.readFile(file, options);
      read.push({ file: path.relative(task.out, file), bytes });
      return bytes;
    },
  };
  const loaded = await loadRoadmapFile(task.file, { lang: task.lang, extendsRoot: task.root, host });
  const diagnostics = relocate(loaded.diagnostics);
  if (!loaded.roadmap || hasErrors(diagnostics)) return done({ ok: false, written: [], diagnostics, ioFailed: diagnostics.some((d) => d.code.startsWith('io-')) });

  const formats = task.outputs.map((o) => o.format);
  const templatesOption = task.templates !== undefined ? { templates: task.templates } : {};
  const source = task.pdfa ? await roadmapSourceBytes(loaded, task.file) : undefined;
  const result = await render(loaded.roadmap, {
    formats, lang: task.lang, ...(task.now !== undefined ? { now: task.now } : {}), ...templatesOption,
    ...(task.pdfa ? { pdfa: source ? { source } : {} } : {}),
  });
  diagnostics.push(...relocate(result.diagnostics));
  if (hasErrors(result.diagnostics)) return done({ ok: false, written: [], diagnostics });
  // The library render() used: loadTemplates returns the one it cached for this folder and language.
  const templates = loadTemplates({ ...(task.templates !== undefined ? { dir: task.templates } : {}), lang: task.lang }).templates.sources();
  const key = renderKey(task.keySeed, read, templates);

  const written: string[] = [];
  let ioFailed = false;
  for (const { format, target } of task.outputs) {
    const bytes = result[format];
    if (!bytes) continue;
    const name = path.relative(task.out, target).split(path.sep).join('/');
    // Checked before the run too; again here, in case a link appeared since.
    const link = await linkOnTheWay(task.out, target);
    if (link !== undefined) {
      diagnostics.push(batchDiagnostic('batch-output-link', task.lang, shown(task.file), { name, link }));
      continue;
    }
    try {
      await writeFileAtomically(target, bytes, io);
      written.push(target);
    } catch (e) {
      ioFailed = true;
      const failure = describeIoFailure(e, task.lang, task.cwd, target);
      diagnostics.push(batchDiagnostic('batch-write-failed', task.lang, shown(task.file), { name, reason: failure.reason, hint: failure.hint }));
    }
  }
  const ok = written.length === task.outputs.filter((o) => result[o.format]).length;
  return done({ ok, written, diagnostics, ioFailed, ...(ok ? { key, sources: read.map((s) => s.file) } : {}) });
}
