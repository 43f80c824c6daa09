/**
 * One file of `plangraf render`, the part that can take long: load it (with its `extends` bases)
 * and render it to bytes. It writes nothing: the command prints what it returns and writes the
 * bytes itself, atomically, so a file stopped at its time limit leaves no output behind.
 *
 * The command runs it in a worker thread (render-worker.ts, a one-worker tinypool pool stopped
 * at `--time-limit`, the same machinery as `plangraf batch`); run from the TypeScript sources
 * (the in-process tests) it runs in the calling thread. Everything it returns is plain data, so
 * it crosses from the worker unchanged: diagnostics, the texts their excerpts are cut from, and
 * the documents.
 */
import type { Diagnostic, Language } from '../diagnostics/diagnostic.js';
import { loadRoadmapBytes, loadRoadmapFile, type LoadResult } from '../load/index.js';
import { render, type OutputFormat, type RenderedFiles } from '../render.js';
import { OUTPUT_FORMATS } from '../output-formats.js';
import { loadTemplates } from '../templates/load.js';
import { roadmapSourceBytes } from '../archive/roadmap-source.js';

export interface RenderFileTask {
  /** Absolute path of the input; with `bytes`, only its name in diagnostics (`<stdin>`). */
  file: string;
  /** The input itself when it is not read from `file` (standard input). */
  bytes?: Uint8Array;
  lang: Language;
  /** The folder `extends` bases must stay inside (`--extends-root`); default: the file's own folder. */
  extendsRoot?: string;
  /** Warnings block the file too: then it is not rendered. */
  strict: boolean;
  formats: OutputFormat[];
  now?: string;
  /** The user's templates folder, absolute. */
  templates?: string;
  /** Write the PDF as PDF/A-3b with the (merged) roadmap embedded (`--pdfa`). */
  pdfa?: boolean;
}

export interface RenderFileResult {
  /** What loading found; `text` and `bases` are the sources of its excerpts. */
  load: { diagnostics: Diagnostic[]; text?: string; bases?: { file: string; path: string; text: string }[]; roadmap: boolean };
  /** Absent when loading blocks the file (an error, or a warning under strict). */
  render?: { diagnostics: Diagnostic[] } & RenderedFiles;
  /** The text of each template a `template-*` diagnostic points into, by its file. */
  templateSources: Record<string, string>;
}

export async function renderFile(task: RenderFileTask): Promise<RenderFileResult> {
  const options = { lang: task.lang, ...(task.extendsRoot !== undefined ? { extendsRoot: task.extendsRoot } : {}) };
  const loaded = task.bytes !== undefined
    ? await loadRoadmapBytes(task.bytes, { ...options, file: task.file })
    : await loadRoadmapFile(task.file, options);
  return renderLoaded(loaded, task, task.bytes !== undefined ? undefined : task.file);
}

/** What rendering needs besides the loaded roadmap: the task without the input's place. */
export type RenderLoadedOptions = Pick<RenderFileTask, 'lang' | 'strict' | 'formats' | 'now' | 'templates' | 'pdfa'>;

/**
 * The part after loading, shared by every input that is not a file (`plangraf serve` renders a
 * request's bytes with it): render when loading did not block, and collect the template texts
 * the diagnostics point into.
 */
export async function renderLoaded(loaded: LoadResult, task: RenderLoadedOptions, file?: string): Promise<RenderFileResult> {
  const result: RenderFileResult = {
    load: {
      diagnostics: loaded.diagnostics,
      roadmap: loaded.roadmap !== undefined,
      ...(loaded.text !== undefined ? { text: loaded.text } : {}),
      ...(loaded.bases !== undefined ? { bases: loaded.bases } : {}),
    },
    templateSources: {},
  };
  const blocked = loaded.diagnostics.some((d) => d.severity === 'error' || (task.strict && d.severity === 'warning'));
  if (loaded.roadmap && !blocked) {
    const source = task.pdfa ? await roadmapSourceBytes(loaded, file) : undefined;
    const rendered = await render(loaded.roadmap, {
      ...(task.pdfa ? { pdfa: source ? { source } : {} } : {}),
      formats: task.formats,
      lang: task.lang,
      ...(task.now !== undefined ? { now: task.now } : {}),
      ...(task.templates !== undefined ? { templates: task.templates } : {}),
    });
    // The files without the model: only plain data crosses from the worker.
    result.render = { diagnostics: rendered.diagnostics };
    for (const format of OUTPUT_FORMATS) {
      const bytes = rendered[format];
      if (bytes) result.render[format] = bytes;
    }
  }
  // Template diagnostics show the template's line, not the roadmap's.
  const inTemplates = [...result.load.diagnostics, ...(result.render?.diagnostics ?? [])].filter((d) => d.code.startsWith('template-'));
  if (inTemplates.length > 0) {
    const { templates } = loadTemplates({ ...(task.templates !== undefined ? { dir: task.templates } : {}), lang: task.lang });
    for (const d of inTemplates) {
      const text = templates.source(d.file);
      if (text !== undefined) result.templateSources[d.file] = text;
    }
  }
  return result;
}
