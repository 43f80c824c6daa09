/**
 * Composing: a loaded `Roadmap` → the document model (IR) that both writers print. Pure: no
 * disk, no clock; the same roadmap and options give the same model.
 *
 * One module per part (plan-table, numbering, approval-stamp, signature, appendix-mark …) and
 * per document kind: `plan` (the approved plan, seed 000) in plan-document.ts, `order` and
 * `directive` in act-document.ts, `letter` in letter-document.ts, `passport` in
 * passport-document.ts.
 */
import type { Diagnostic, Language } from '../diagnostics/diagnostic.js';
import type { DocumentMeta, DocumentModel } from '../model/document.js';
import type { Roadmap } from '../model/roadmap.js';
import { resolveTheme, type ThemeOverride } from '../model/theme.js';
import type { TemplateLibrary } from '../templates/types.js';
import { PRESETS } from '../model/document-parts.js';
import type { BodyBlock } from '../model/roadmap.js';
import { composeAppendix, composeBlocks } from './body.js';
import { createBodyComposer } from './body-state.js';
import { completeAmendingOrder } from './amendment-document.js';
import { createContext } from './context.js';
import { composeEndorsementSheet } from './endorsement-sheet.js';
import { applyFootnotes } from './footnotes.js';
import { applyGost2025 } from './qr-code.js';
import { plainText } from './rich-text.js';
import { withoutFootnoteMarkers } from '../text/placeholders.js';

/**
 * The creation time written into the documents when neither `now` nor the document's date is
 * given. Fixed so that output is deterministic.
 */
export const DEFAULT_NOW = '2000-01-01T00:00:00Z';

export interface ComposeOptions {
  /**
   * Creation time of the document (ISO), written into DOCX/PDF metadata. Default: the document's
   * date at midnight UTC, or `DEFAULT_NOW` for a draft. Never the clock: output stays
   * byte-identical between runs.
   */
  now?: string;
  /**
   * Layout overrides, deep-merged over the GOST defaults like `render`'s (only the operative
   * word's letter spacing is read while composing). Default: GOST.
   */
  theme?: ThemeOverride;
  /** Language of diagnostics. Default 'ru'. */
  lang?: Language;
  /**
   * Sheets of a letter's appendices, measured by `render` from the rendered PDF (see
   * src/appendix-sheets.ts); `document.appendixMark.sheets` wins. Absent: the mark's count is blank.
   */
  appendixSheets?: number;
  /**
   * The wording: a template library (`loadTemplates({ dir })`, src/templates/). Default: the
   * built-in templates. Problems of templates met while composing are in the diagnostics.
   */
  templates?: TemplateLibrary;
}

export interface ComposeResult {
  model: DocumentModel;
  diagnostics: Diagnostic[];
  /**
   * The sections that hold the appendices, `from` (inclusive) to `to` (exclusive), when the
   * document has any: a letter's «Приложение: на N л.» counts their pages.
   */
  appendixSections?: { from: number; to: number };
}

export function compose(roadmap: Roadmap, options: ComposeOptions = {}): ComposeResult {
  const ctx = createContext(roadmap, resolveTheme(options.theme), options.lang ?? 'ru', options.templates);
  // An amending order without a title gets its template's (amendment-document.ts).
  completeAmendingOrder(ctx);
  const doc = ctx.roadmap.document;
  const appendices = ctx.appendices.list;
  // The roadmap's own problems were reported when it was loaded (src/load/lint): composing
  // reports only what depends on the templates (src/compose/messages.ts).

  // Every kind is a preset: its arrangement of parts, unless the body gives one.
  const arrangement: BodyBlock[] = doc.blocks ?? PRESETS[doc.kind].map((name) => ({ type: 'part', name }));
  const c = createBodyComposer(ctx, doc.kind === 'plan' ? 'landscape' : 'portrait', arrangement, options.appendixSheets);
  composeBlocks(c, arrangement);
  // Plans placed nowhere: a passport's after its text, an approved plan's as the document
  // (an order's, a directive's, a letter's are appendices, below).
  if ((doc.kind === 'passport' || doc.kind === 'plan') && !arrangement.some((b) => b.type === 'part' && b.name === 'plans')) {
    composeBlocks(c, [{ type: 'part', name: 'plans' }]);
  }
  // (An empty main document is turned into the first appendix's section.)
  const from = c.section.blocks.length === 0 ? c.sections.length - 1 : c.sections.length;
  const numbering = doc.appendixPageNumbers;
  for (const entry of appendices) {
    // The appendix opens a section, or takes the current one when it is still empty.
    const first = c.section.blocks.length === 0 ? c.sections.length - 1 : c.sections.length;
    composeAppendix(c, entry);
    if (numbering !== 'continue') c.sections.slice(first).forEach((s, i) => (s.pageNumbers = numbering === 'none' ? 'none' : i === 0 ? 'restart' : undefined));
  }
  const to = c.sections.length;

  let sections = c.sections;
  // A draft's endorsement sheet is its separate last sheet, after the appendices.
  if (doc.kind === 'order' || doc.kind === 'directive') {
    const endorsements = composeEndorsementSheet(ctx);
    if (endorsements) sections.push(endorsements);
  }
  if (sections.length === 1 && sections[0]!.blocks.length === 0) sections = [{ orientation: 'portrait', blocks: [] }];
  applyGost2025(ctx, sections);
  // Footnote markers in any text of the document, once it is composed (footnotes.ts).
  const footnotes = applyFootnotes(ctx, sections);

  // ctx.roadmap: an amending order's title is completed from its template (completeAmendingOrder).
  const model: DocumentModel = { meta: composeMeta(ctx.roadmap, options.now), sections };
  if (footnotes) model.footnotes = footnotes;
  const result: ComposeResult = { model, diagnostics: ctx.diagnostics };
  if (appendices.length > 0) result.appendixSections = { from, to };
  return result;
}

function composeMeta(roadmap: Roadmap, now: string | undefined): DocumentMeta {
  const doc = roadmap.document;
  const firstPlan = roadmap.plans[0];
  // The file's properties carry the title without footnote markers.
  const title = withoutFootnoteMarkers(
    plainText(doc.title) ||
    (firstPlan ? [firstPlan.title, firstPlan.subtitle].filter(Boolean).join(' ').replace(/\s+/g, ' ').trim() : ''),
  ).trim();
  const meta: DocumentMeta = {
    title,
    created: now ?? (doc.date ? `${doc.date}T00:00:00Z` : DEFAULT_NOW),
    language: 'ru-RU',
  };
  const author = doc.authority?.name.join(' ').replace(/\s+/g, ' ').trim();
  if (author) meta.author = author;
  return meta;
}

export { numberEntries, isNumberedGroup } from './numbering.js';
export { composePlanTable } from './plan-table.js';
export { composeApprovalStamp, approvalLines } from './approval-stamp.js';
export { composeSignature, positionLines } from './signature.js';
export { composeAppendixMark, appendixMarkLines } from './appendix-mark.js';
