/**
 * Composing: a loaded `Roadmap` → the document model (IR) that both writers print. Pure: no
 * disk, no clock; the same roadmap and options give the same model.
 *
 * One module per part (plan-table, numbering, approval-stamp, signature, appendix-mark …) and
 * per document kind: `plan` (the approved plan, seed 000) in plan-document.ts, `order` and
 * `directive` in act-document.ts (an amending one, with `document.amends`, in
 * amendment-document.ts), `letter` in letter-document.ts, `passport` in passport-document.ts.
 */
import type { Diagnostic, Language } from '../diagnostics/diagnostic.js';
import type { DocumentMeta, DocumentModel, Section } from '../model/document.js';
import type { Roadmap } from '../model/roadmap.js';
import { resolveTheme, type ThemeOverride } from '../model/theme.js';
import type { TemplateLibrary } from '../templates/types.js';
import { composeActDocument } from './act-document.js';
import { composeAmendmentDocument } from './amendment-document.js';
import { createContext } from './context.js';
import { composeLetterDocument } from './letter-document.js';
import { composePassportDocument } from './passport-document.js';
import { composePlanDocument } from './plan-document.js';
import { applyGost2025 } from './qr-code.js';
import { plainText } from './rich-text.js';

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
}

export function compose(roadmap: Roadmap, options: ComposeOptions = {}): ComposeResult {
  const ctx = createContext(roadmap, resolveTheme(options.theme), options.lang ?? 'ru', options.templates);
  const doc = roadmap.document;
  // The roadmap's own problems were reported when it was loaded (src/load/lint): composing
  // reports only what depends on the templates (src/compose/messages.ts).
  let sections: Section[];
  switch (doc.kind) {
    case 'plan':
      sections = composePlanDocument(ctx);
      break;
    case 'order':
    case 'directive':
      // An amending order: its points drawn from the previous version (amendment-document.ts).
      sections = doc.amends ? composeAmendmentDocument(ctx) : composeActDocument(ctx);
      break;
    case 'letter':
      sections = composeLetterDocument(ctx, options.appendixSheets);
      break;
    case 'passport':
      sections = composePassportDocument(ctx);
      break;
  }
  if (sections.length === 0) sections = [{ orientation: 'portrait', blocks: [] }];
  applyGost2025(ctx, sections);

  // ctx.roadmap: composing may complete the document (an amending order's title).
  return { model: { meta: composeMeta(ctx.roadmap, options.now), sections }, diagnostics: ctx.diagnostics };
}

function composeMeta(roadmap: Roadmap, now: string | undefined): DocumentMeta {
  const doc = roadmap.document;
  const firstPlan = roadmap.plans[0];
  const title =
    plainText(doc.title) ||
    (firstPlan ? [firstPlan.title, firstPlan.subtitle].filter(Boolean).join(' ').replace(/\s+/g, ' ').trim() : '');
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
