/**
 * IR section → a pdfmake `section` node: a new page with the section's orientation, page size and
 * margins (landscape swaps the sides and uses the landscape margins).
 */
import type { Section } from '../../model/document.js';
import type { Theme } from '../../model/theme.js';
import type { FontMetrics } from '../measure.js';
import type { KeepRules } from './keep.js';
import type { PdfNode } from './pdfmake.js';
import { blocksToPdf } from './blocks.js';
import { marginsOf, mmToPt, pageSizeOf } from '../units.js';

export function pageGeometry(theme: Theme, orientation: Section['orientation']) {
  const size = pageSizeOf(theme, orientation);
  const m = marginsOf(theme, orientation);
  return {
    width: mmToPt(size.width),
    height: mmToPt(size.height),
    margins: { top: mmToPt(m.top), right: mmToPt(m.right), bottom: mmToPt(m.bottom), left: mmToPt(m.left) },
  };
}

/**
 * The page numbers of a document's sections (`Section.pageNumbers`): a section's number of a page
 * counts from the first page of the last section at or before it that starts numbering again.
 * pdfmake asks for the header (or footer) of every page in order once the layout is done, each
 * page of the section's own function: the first page each section is asked about is its first.
 * A new layout asks from page 1 again, and starts afresh.
 */
export class SectionNumbering {
  private readonly firstPages = new Map<number, number>();

  /** The printed number of `page` (1-based, in the document) of section `index`, or null for none. */
  numberOf(sections: readonly Section[], index: number, page: number): number | null {
    if (page === 1) this.firstPages.clear();
    if (!this.firstPages.has(index)) this.firstPages.set(index, page);
    if (sections[index]?.pageNumbers === 'none') return null;
    for (let i = index; i >= 0; i--) {
      if (sections[i]?.pageNumbers === 'restart') return page - (this.firstPages.get(i) ?? page) + 1;
    }
    return page;
  }
}

export function sectionToPdf(section: Section, theme: Theme, metrics: FontMetrics, keep: KeepRules, pageNumber?: PdfNode['header'], index?: number, leadInRooms?: ReadonlyMap<string, number>): PdfNode {
  const page = pageGeometry(theme, section.orientation);
  const { margins } = page;
  const header = theme.pageNumbers.position === 'top-center' ? 'header' : 'footer';
  return {
    ...(pageNumber ? { [header]: pageNumber } : {}),
    section: blocksToPdf(section.blocks, { theme, metrics, keep, page, width: page.width - margins.left - margins.right, ...(index !== undefined ? { section: index } : {}), ...(leadInRooms ? { leadInRooms } : {}) }),
    // pdfmake takes the portrait size and swaps it itself for landscape.
    pageSize: { width: Math.min(page.width, page.height), height: Math.max(page.width, page.height) },
    pageOrientation: section.orientation,
    pageMargins: [margins.left, margins.top, margins.right, margins.bottom],
  };
}
