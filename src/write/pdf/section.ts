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

export function sectionToPdf(section: Section, theme: Theme, metrics: FontMetrics, keep: KeepRules): PdfNode {
  const page = pageGeometry(theme, section.orientation);
  const { margins } = page;
  return {
    section: blocksToPdf(section.blocks, { theme, metrics, keep, page, width: page.width - margins.left - margins.right }),
    // pdfmake takes the portrait size and swaps it itself for landscape.
    pageSize: { width: Math.min(page.width, page.height), height: Math.max(page.width, page.height) },
    pageOrientation: section.orientation,
    pageMargins: [margins.left, margins.top, margins.right, margins.bottom],
  };
}
