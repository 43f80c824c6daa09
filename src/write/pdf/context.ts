/** What every PDF handler needs besides its node. */
import type { Theme } from '../../model/theme.js';
import type { FontMetrics } from '../measure.js';
import type { LineCache } from '../text-height.js';
import type { KeepRules } from './keep.js';

export interface PdfContext {
  theme: Theme;
  metrics: FontMetrics;
  /** Width available to the block, points. */
  width: number;
  /** Page size and margins of the current section, points. */
  page: { width: number; height: number; margins: { top: number; right: number; bottom: number; left: number } };
  keep: KeepRules;
  /** The index of the section whose blocks these are (to name rows for the DOCX: page-breaks.ts). */
  section?: number;
  /** The block's index in its section, and whether only its lead-in stands before it (a table's). */
  block?: { index: number; leadIn: boolean };
  /**
   * Second layout only: by table (`section/block`), the room, points, under the start of a head
   * that the first layout moved to the next page, leaving its lead-in alone (keep.ts).
   */
  leadInRooms?: ReadonlyMap<string, number>;
  /**
   * Break unjustified paragraphs into lines here (table cells): pdfmake then lays out one piece
   * per line instead of one per word (memory and time on large plans), and the row heights the
   * too-tall-row guard estimates are the printed ones.
   */
  prebreak?: boolean;
  /** Lines of cell paragraphs already broken (for the row heights) within the current table. */
  lines?: LineCache;
}
