/** What every DOCX handler needs to know besides its node. */
import type { Theme } from '../../model/theme.js';
import type { FontMetrics } from '../measure.js';
import type { RawXml } from './raw.js';
import type { PageBreaks } from '../page-breaks.js';

export interface DocxContext {
  theme: Theme;
  /** Width available to the block in twips (the page's text width, or a cell's width). */
  width: number;
  /** Height of the page's text area, twips (to tell rows taller than a page). */
  bodyHeight: number;
  /** Font metrics for height estimates (Tinos, metric-compatible with Times New Roman). */
  metrics: FontMetrics;
  /** The document's directly written XML (paragraphs, tables) and its hyperlinks. */
  raw: RawXml;
  /** The block is in a table cell (the theme may hyphenate every word there). */
  cell?: boolean;
  /** The page breaks of the PDF's layout to write out (page-breaks.ts), and this section's index in the model. */
  pageBreaks?: PageBreaks;
  section?: number;
}

/** Flags the dispatcher passes to a handler about the block's neighbours. */
export interface BlockFlags {
  /** Keep the block's last lines with the next block (the next block is a signature). */
  keepNext?: boolean;
  /** Start the block on a new page (it follows a page break). */
  breakBefore?: boolean;
  /** The block follows a spacer (a signature then takes no space of its own before it). */
  afterSpacer?: boolean;
  /** A table's: the indices in `Table.rows` of the rows that start a page (page-breaks.ts). */
  breakBeforeRows?: ReadonlySet<number>;
  /** A table's: the indices in `Table.rows` of rows kept whole elsewhere that may split (page-breaks.ts). */
  splitRows?: ReadonlySet<number>;
}
