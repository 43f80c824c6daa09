/**
 * The change sheet of two versions as bytes: `plangraf diff OLD NEW --document docx,pdf` and
 * `renderChangeSheet()`. Composed by src/compose/change-sheet.ts, written by the same writers as
 * every document (each loaded only when asked for).
 *
 *   const comparison = compareRoadmaps(old.roadmap!, neu.roadmap!);
 *   const { pdf } = await renderChangeSheet(comparison, { formats: ['pdf'] });
 */
import { composeChangeSheet } from '../compose/change-sheet.js';
import type { ComposeOptions } from '../compose/index.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { DocumentModel } from '../model/document.js';
import { resolveTheme } from '../model/theme.js';
import { OUTPUT_FORMATS } from '../output-formats.js';
import type { RenderOptions } from '../render.js';
import { loadTemplates } from '../templates/load.js';
import type { RoadmapComparison } from './compare.js';

export interface ChangeSheetResult {
  docx?: Uint8Array;
  pdf?: Uint8Array;
  model: DocumentModel;
  diagnostics: Diagnostic[];
}

/** Options as `render`'s: formats, theme, now (default: the new version's date), lang, a templates folder. */
export async function renderChangeSheet(comparison: RoadmapComparison, options: RenderOptions = {}): Promise<ChangeSheetResult> {
  const theme = resolveTheme(options.theme);
  const loaded = loadTemplates({ ...(options.templates !== undefined ? { dir: options.templates } : {}), lang: options.lang ?? 'ru' });
  const composeOptions: ComposeOptions = { theme, templates: loaded.templates };
  if (options.now !== undefined) composeOptions.now = options.now;
  if (options.lang !== undefined) composeOptions.lang = options.lang;
  const { model, diagnostics } = composeChangeSheet(comparison, composeOptions);
  const formats = new Set(options.formats ?? OUTPUT_FORMATS);
  const [docx, pdf] = await Promise.all([
    formats.has('docx') ? import('../write/docx/index.js').then((m) => m.writeDocx(model, { theme })) : undefined,
    formats.has('pdf') ? import('../write/pdf/index.js').then((m) => m.writePdf(model, { theme })) : undefined,
  ]);
  const result: ChangeSheetResult = { model, diagnostics: [...loaded.diagnostics, ...diagnostics] };
  if (docx) result.docx = docx;
  if (pdf) result.pdf = pdf;
  return result;
}
