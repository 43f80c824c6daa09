/**
 * The one-call API of the status report: a loaded roadmap and a date → the figures, the
 * document model and its DOCX and/or PDF bytes, with every diagnostic found.
 *
 *   const { roadmap } = await loadRoadmapFile('plan.yaml');
 *   const { pdf, assessment } = await renderStatusReport(roadmap, { asOf: '2022-09-30', formats: ['pdf'] });
 *
 * Deterministic like `render`: the creation time is `now`, else the as-of date.
 */
import type { Diagnostic, Language } from '../diagnostics/diagnostic.js';
import type { DocumentModel } from '../model/document.js';
import type { IsoDate } from '../model/deadline.js';
import type { Roadmap } from '../model/roadmap.js';
import { resolveTheme, type ThemeOverride } from '../model/theme.js';
import { PAGE_FORMATS, type OutputFormat } from '../output-formats.js';
import { writeFormats } from '../write-formats.js';
import type { RenderedFiles } from '../render.js';
import { loadTemplates } from '../templates/load.js';
import type { PdfArchiveOptions } from '../archive/pdfa-options.js';
import { assessExecution, type ExecutionAssessment } from './assess.js';
import { composeStatusReport } from './report-document.js';

export interface StatusReportRenderOptions {
  /** The date the report is «по состоянию на» (ISO `YYYY-MM-DD`). */
  asOf: IsoDate;
  /** Formats to write: those that print pages (`PAGE_FORMATS`, docx and pdf). Default: both. */
  formats?: OutputFormat[];
  theme?: ThemeOverride;
  /** Creation time written into the files (ISO). Default: the as-of date. */
  now?: string;
  lang?: Language;
  /** A folder of the user's templates (see `RenderOptions.templates`). */
  templates?: string;
  /** Write the PDF as PDF/A-3b, with the roadmap's source embedded when given (src/archive/). */
  pdfa?: PdfArchiveOptions;
}

export interface StatusReportRender extends RenderedFiles {
  model: DocumentModel;
  assessment: ExecutionAssessment;
  diagnostics: Diagnostic[];
}

export async function renderStatusReport(roadmap: Roadmap, options: StatusReportRenderOptions): Promise<StatusReportRender> {
  const lang = options.lang ?? 'ru';
  const theme = resolveTheme(options.theme);
  const loaded = loadTemplates({ ...(options.templates !== undefined ? { dir: options.templates } : {}), lang });
  const assessment = assessExecution(roadmap, options.asOf, lang);
  const { model, diagnostics } = composeStatusReport(roadmap, assessment, {
    theme, lang, templates: loaded.templates, ...(options.now !== undefined ? { now: options.now } : {}),
  });
  // Through the writer registry (src/output-formats.ts), each writer loaded when asked for.
  const formats = [...new Set(options.formats ?? PAGE_FORMATS)];
  const writerOptions = { theme, lang, ...(options.pdfa ? { pdfa: options.pdfa } : {}) };
  const result: StatusReportRender = { model, assessment, diagnostics: [...loaded.diagnostics, ...assessment.diagnostics, ...diagnostics] };
  for (const [format, out] of await writeFormats(model, formats, writerOptions)) {
    if (out.bytes) result[format] = out.bytes;
    result.diagnostics.push(...out.diagnostics);
  }
  return result;
}
