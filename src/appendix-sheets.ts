/**
 * The sheet count of a cover letter's appendix mark («Приложение: на 12 л. в 1 экз.») comes from
 * the rendered appendix, not from the user: the appendix sections are written to PDF on their
 * own and their pages counted (one sheet per page: official documents are printed on one side).
 *
 * The appendices start on a new page and do not depend on the count printed in the letter, so
 * measuring them alone gives exactly the page count they have in the whole document.
 */
import type { DocumentModel } from './model/document.js';
import type { Theme } from './model/theme.js';

/**
 * Pages of the letter's appendices in the PDF: the sections `from` (inclusive) to `to`
 * (`ComposeResult.appendixSections`; default: every section after the first).
 */
export async function measureAppendixSheets(model: DocumentModel, theme: Theme, range: { from: number; to: number } = { from: 1, to: model.sections.length }): Promise<number> {
  const appendices = model.sections.slice(range.from, range.to);
  if (appendices.length === 0) return 0;
  const { writePdf } = await import('./write/pdf/index.js');
  const pdf = await writePdf({ meta: model.meta, sections: appendices }, { theme });
  return countPdfPages(pdf);
}

/**
 * Pages of a PDF written by pdfmake (pdfkit): its page objects are plain dictionaries
 * «/Type /Page» (the page tree is «/Type /Pages»).
 */
export function countPdfPages(pdf: Uint8Array): number {
  const text = Buffer.from(pdf).toString('latin1');
  return text.match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}
