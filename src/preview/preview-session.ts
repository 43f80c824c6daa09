/**
 * What `plangraf preview FILE` shows, kept up to date: the file rendered by the code of
 * `plangraf render` (in its one-worker pool, under the same time limit, kept between renders),
 * again whenever the file, its bases or the templates folder change. Each render gives a new
 * state version; the documents — the registry's preview formats (`PREVIEW_FORMATS`: the PDF the
 * pages are drawn from, and the DOCX, both for download) — are replaced only by a render that
 * produced them all, so a broken edit shows its errors over the last good pages.
 *
 * A worker compiles the templates once and keeps them (src/templates/load.ts caches them per
 * folder for the life of the thread): when the templates folder changes, the next render gets a
 * fresh worker.
 */
import * as path from 'node:path';
import { TimeLimitExceeded } from '../batch/time-limit.js';
import type { Language } from '../diagnostics/diagnostic.js';
import { builtRenderWorker, fileRenderer, type FileRenderer } from '../cli/commands/render.js';
import { cliDiagnostic } from '../cli/messages.js';
import type { RenderFileResult } from '../cli/render-file.js';
import { PREVIEW_FORMATS, type OutputFormat } from '../output-formats.js';
import { requestReport, standaloneReport, type RequestReport } from '../serve/report.js';
import { watchFiles, type FileWatch } from './watch.js';

export interface PreviewOptions {
  /** The roadmap, absolute. */
  file: string;
  /** The working folder: names are shown relative to it, as the CLI shows them. */
  cwd: string;
  lang: Language;
  strict: boolean;
  now?: string;
  /** The templates folder, absolute. */
  templates?: string;
  /** The folder `extends` bases may come from (`--extends-root`); default: the file's own folder. */
  extendsRoot?: string;
  timeLimitSeconds: number;
  /** The worker script (tests); default: the build's, as `plangraf render`. */
  workerFile?: string;
}

export interface PreviewState {
  /** Counts renders (0 before the first has finished). */
  version: number;
  /** The file as shown (relative to the working folder). */
  file: string;
  /** A render is running. */
  rendering: boolean;
  /** What the last render found. */
  report: RequestReport | null;
  /** The pages on show: from the render of this version (equal to `version` when up to date). */
  pages: { version: number } | null;
  /** The documents offered for download (`/api/document.<format>`): the registry's preview formats. */
  formats: OutputFormat[];
}

export class PreviewSession {
  private version = 0;
  private rendering = false;
  private report: RequestReport | null = null;
  private documents: { version: number; files: Map<OutputFormat, Uint8Array> } | undefined;
  private listeners = new Set<(state: PreviewState) => void>();
  private renderer: FileRenderer | undefined;
  private watch: FileWatch | undefined;
  private queue: Promise<void> = Promise.resolve();
  private dirty = false;
  private templatesChanged = false;
  private closed = false;

  constructor(private readonly options: PreviewOptions) {}

  /** The first render, then watching. */
  async start(): Promise<void> {
    this.renderer = await fileRenderer(this.options.workerFile ?? builtRenderWorker(), this.options.timeLimitSeconds);
    this.watch = await watchFiles((paths) => this.changed(paths));
    this.watch.set([this.options.file, ...(this.options.templates !== undefined ? [this.options.templates] : [])]);
    await this.renderNow();
    await this.watch.ready();
  }

  get shownFile(): string {
    return this.shown(this.options.file);
  }

  state(): PreviewState {
    return {
      version: this.version,
      file: this.shownFile,
      rendering: this.rendering,
      report: this.report,
      pages: this.documents ? { version: this.documents.version } : null,
      formats: [...PREVIEW_FORMATS],
    };
  }

  /** The last good document in a preview format (none in another format, or before a good render). */
  document(format: OutputFormat): Uint8Array | undefined {
    return this.documents?.files.get(format);
  }

  /** Called with every new state; returns the unsubscribe. */
  subscribe(listener: (state: PreviewState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.watch?.close();
    await this.queue;
    await this.renderer?.close();
  }

  /** A watched file changed: render once more after the running render (changes meanwhile coalesce). */
  private changed(paths: string[]): void {
    const templates = this.options.templates;
    if (templates !== undefined && paths.some((p) => p === templates || p.startsWith(templates + path.sep))) this.templatesChanged = true;
    if (this.dirty || this.closed) return;
    this.dirty = true;
    this.queue = this.queue.then(() => (this.closed ? undefined : this.renderNow()));
  }

  private async renderNow(): Promise<void> {
    this.dirty = false;
    this.rendering = true;
    this.emit();
    const o = this.options;
    if (this.templatesChanged) {
      this.templatesChanged = false;
      await this.renderer!.close();
      this.renderer = await fileRenderer(o.workerFile ?? builtRenderWorker(), o.timeLimitSeconds);
    }
    const shown = this.shownFile;
    let result: RenderFileResult | undefined;
    try {
      result = await this.renderer!.run({
        file: o.file,
        lang: o.lang,
        ...(o.extendsRoot !== undefined ? { extendsRoot: o.extendsRoot } : {}),
        strict: o.strict,
        formats: [...PREVIEW_FORMATS],
        ...(o.now !== undefined ? { now: o.now } : {}),
        ...(o.templates !== undefined ? { templates: o.templates } : {}),
      });
    } catch (e) {
      const d = e instanceof TimeLimitExceeded
        ? cliDiagnostic('render-time-limit', o.lang, shown, { seconds: e.seconds })
        : cliDiagnostic('render-worker-crashed', o.lang, shown, { reason: e instanceof Error ? e.message : String(e) });
      this.report = standaloneReport([d], shown, o.lang);
    }
    this.version++;
    if (result) {
      this.report = requestReport(result, o.file, o.strict, o.lang, (f) => this.shown(f));
      const r = result.render;
      const files = new Map(PREVIEW_FORMATS.flatMap((f) => (r?.[f] ? [[f, r[f]] as const] : [])));
      if (this.report.ok && files.size === PREVIEW_FORMATS.length) this.documents = { version: this.version, files };
      const bases = (result.load.bases ?? []).map((b) => path.resolve(o.cwd, b.path));
      this.watch?.set([o.file, ...bases, ...(o.templates !== undefined ? [o.templates] : [])]);
    }
    this.rendering = false;
    this.emit();
  }

  private shown(file: string): string {
    return path.isAbsolute(file) ? path.relative(this.options.cwd, file) || file : file;
  }

  private emit(): void {
    const state = this.state();
    for (const l of this.listeners) l(state);
  }
}
