/**
 * Every layout value in one place, with GOST R 7.0.97 defaults. Writers read sizes, margins and
 * spacing only from here; templates never carry layout. Users override any part per document
 * (`render(roadmap, { theme: { styles: { body: { size: 13 } } } })`): overrides are deep-merged.
 */
import type { Align, ParagraphStyleName } from './document.js';

/** Millimetres. */
export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface ParagraphStyle {
  /** Points. */
  size: number;
  bold?: boolean;
  italic?: boolean;
  align: Align;
  /** First-line indent, millimetres. */
  firstLineIndent?: number;
  /** Line spacing as a multiple of single (1, 1.15, 1.5). */
  lineSpacing: number;
  /** Points. */
  spaceBefore?: number;
  /** Points. */
  spaceAfter?: number;
  allCaps?: boolean;
}

export interface Theme {
  page: {
    /** A4 in millimetres. */
    width: number;
    height: number;
    portraitMargins: Margins;
    landscapeMargins: Margins;
  };
  font: {
    /** Font family name written into DOCX (Word substitutes a metric-compatible font if absent). */
    docxFamily: string;
    /** Font family used for PDF (embedded from an npm package). */
    pdfFamily: 'Tinos';
  };
  /** Paragraph styles by name. */
  styles: Record<ParagraphStyleName, ParagraphStyle>;
  table: {
    /** Cell padding left and right, millimetres. */
    cellPadding: number;
    /**
     * Cell padding above and below the text, millimetres, in both formats (without it the
     * descenders of a cell's last line touch the rule under it in Word and LibreOffice).
     */
    cellPaddingTop: number;
    cellPaddingBottom: number;
    /** Border width, points. */
    borderWidth: number;
    /**
     * The narrowest a column is made, millimetres, padding included (room for a letter or two):
     * columns whose share of the width is less get this much, the others give it up. A table
     * with more columns than fit at this width is wider than the page (`table-too-wide`).
     */
    minColumnWidth: number;
  };
  /** Approval stamp / appendix mark block width, as a fraction of the text width, right-aligned. */
  stampWidth: number;
  /**
   * Page numbers: from which page, where. `offset`: distance from the page edge to the number
   * (the header / footer distance), millimetres.
   */
  pageNumbers: {
    from: number;
    position: 'top-center' | 'bottom-center' | 'bottom-right';
    size: number;
    offset: number;
  };
  /** Indents, millimetres: hanging indent of a bullet item; left indent per outline `level`. */
  indent: { bullet: number; level: number };
  /**
   * Signature block, fractions of the text width: the position column and the e-signature box
   * column (the name takes the rest); the box frame width in points. `spaceBefore`: the gap
   * between the last text (or table) and the signature, points (GOST practice: 2–3 blank lines);
   * not added when the document puts a spacer there itself. `gutter`: the gap between signatures
   * set side by side, millimetres.
   */
  signature: { positionWidth: number; esignatureWidth: number; esignatureBorder: number; spaceBefore: number; gutter: number };
  /** Bullet marker in cells and text. */
  bullet: string;
  /** Letter spacing of «п р и к а з ы в а ю:», points. */
  operativeSpacing: number;
  /**
   * Cover letter («угловой» letterhead): the letterhead block at the upper left and the addressee
   * at the upper right on the same level, as fractions of the text width (the rest is the gap).
   */
  letter: { letterheadWidth: number; addresseeWidth: number };
  /** Vertical gap between the parts of a letter, a passport, an endorsement sheet, points. */
  partGap: number;
  /** Endorsement sheet table: relative widths of № | position | name | date | remarks and signature. */
  endorsementColumns: [number, number, number, number, number];
  /** Change sheet («Изменения в план-график») table: relative widths of № | row | before | after. */
  changeSheetColumns: [number, number, number, number];
  /** Passport indicators table: relative widths of the name, unit and each year column, and of «№ п/п». */
  indicatorColumns: { name: number; unit: number; year: number; number: number };
  /** The document's QR code (GOST R 7.0.97-2025 documents): side of the symbol, millimetres. */
  qrCode: { size: number };
  /**
   * Footnotes at the foot of the page (text in style `footnote`): the separator line above them,
   * `separatorLength` millimetres long and `separatorWidth` points thick, `gapAbove` points below
   * the text area's last line and `gapBelow` points above the first note; `noteGap` points
   * between notes. In the PDF the notes of a page take at most `maxShare` of its text area (the
   * rest continues at the foot of the next page; Word decides this itself).
   */
  footnotes: { separatorLength: number; separatorWidth: number; gapAbove: number; gapBelow: number; noteGap: number; maxShare: number };
  /** Gap under an approval stamp's label («ПРИЛОЖЕНИЕ» above «УТВЕРЖДЕНО»), points. */
  stampLabelGap: number;
  /**
   * List blocks, millimetres: the indent of each nesting step and the width of the marker column
   * (bullets, numbers «1.», «1.2.»), the text starting after it.
   */
  list: { indent: number; bulletWidth: number; numberWidth: number };
  /** Formula lines: the width kept at each side for the number «(1)», millimetres. */
  formula: { numberWidth: number };
  /** An appendix holding a table of at least this many columns is landscape by default. */
  wideTableColumns: number;
  /** Status report table (`plangraf report`): relative widths of № | task | deadline | executor | status | fact | comment. */
  statusReportColumns: [number, number, number, number, number, number, number];
  /** Region summary table: relative widths of № | municipality | total | done | in progress | overdue | % done. */
  regionSummaryColumns: [number, number, number, number, number, number, number];
  /**
   * Russian typesetting, the same in both writers. `hyphenation`: 'long-words' (GOST default:
   * body text and cells are not hyphenated, only a word too wide for its line is, at its Russian
   * hyphenation points, rather than cut) or 'tables' (every word of a table cell may be
   * hyphenated at the end of its line: fuller lines in narrow columns). `links`: 'text' (GOST
   * default: printed as the text around them, official documents are black) or 'hyperlink' (blue
   * and underlined, Word's Hyperlink style). `nonBreakingSpaces`: tie initials to the surname,
   * «№» and «§» to their number, a number to «г.», «%» and units, «т. е.», a dash to the word
   * before it (src/text/russian-spacing.ts); the text itself is not changed.
   */
  typography: { hyphenation: 'long-words' | 'tables'; links: 'text' | 'hyperlink'; nonBreakingSpaces: boolean };
}

export const GOST_THEME: Theme = {
  page: {
    width: 210,
    height: 297,
    portraitMargins: { top: 20, right: 10, bottom: 20, left: 30 },
    landscapeMargins: { top: 30, right: 20, bottom: 10, left: 20 },
  },
  font: { docxFamily: 'Times New Roman', pdfFamily: 'Tinos' },
  styles: {
    body: { size: 14, align: 'justify', firstLineIndent: 12.5, lineSpacing: 1 },
    'body-plain': { size: 14, align: 'justify', lineSpacing: 1 },
    authority: { size: 14, bold: true, align: 'center', lineSpacing: 1, allCaps: false },
    'doc-type': { size: 16, bold: true, align: 'center', lineSpacing: 1, spaceBefore: 12, spaceAfter: 6 },
    title: { size: 14, bold: true, align: 'center', lineSpacing: 1, spaceBefore: 12 },
    subtitle: { size: 14, align: 'center', lineSpacing: 1, spaceAfter: 12 },
    stamp: { size: 14, align: 'left', lineSpacing: 1 },
    signature: { size: 14, align: 'left', lineSpacing: 1 },
    table: { size: 12, align: 'left', lineSpacing: 1 },
    'table-header': { size: 12, bold: true, align: 'center', lineSpacing: 1 },
    small: { size: 10, align: 'left', lineSpacing: 1 },
    letterhead: { size: 10, align: 'center', lineSpacing: 1 },
    footnote: { size: 10, align: 'justify', lineSpacing: 1 },
    'heading-1': { size: 14, bold: true, align: 'left', lineSpacing: 1, spaceBefore: 12, spaceAfter: 6 },
    'heading-2': { size: 14, bold: true, align: 'left', lineSpacing: 1, spaceBefore: 12 },
    'heading-3': { size: 14, bold: true, italic: true, align: 'left', lineSpacing: 1, spaceBefore: 6 },
    caption: { size: 14, align: 'left', lineSpacing: 1, spaceBefore: 12, spaceAfter: 6 },
    formula: { size: 14, align: 'center', lineSpacing: 1, spaceBefore: 6, spaceAfter: 6 },
    'appendix-heading': { size: 14, align: 'right', lineSpacing: 1 },
  },
  table: { cellPadding: 1.5, cellPaddingTop: 0.5, cellPaddingBottom: 0.5, borderWidth: 0.5, minColumnWidth: 7 },
  stampWidth: 0.45,
  pageNumbers: { from: 2, position: 'top-center', size: 12, offset: 10 },
  indent: { bullet: 5, level: 0 },
  signature: { positionWidth: 0.3, esignatureWidth: 0.45, esignatureBorder: 1, spaceBefore: 32, gutter: 10 },
  bullet: '–',
  operativeSpacing: 3,
  letter: { letterheadWidth: 0.48, addresseeWidth: 0.42 },
  partGap: 12,
  endorsementColumns: [6, 30, 20, 18, 26],
  changeSheetColumns: [6, 12, 41, 41],
  indicatorColumns: { name: 42, unit: 16, year: 9, number: 6 },
  qrCode: { size: 25 },
  footnotes: { separatorLength: 50, separatorWidth: 0.5, gapAbove: 6, gapBelow: 3, noteGap: 0, maxShare: 0.5 },
  stampLabelGap: 12,
  list: { indent: 7.5, bulletWidth: 5, numberWidth: 10 },
  formula: { numberWidth: 20 },
  wideTableColumns: 6,
  statusReportColumns: [6, 28, 16, 17, 16, 28, 17],
  regionSummaryColumns: [6, 34, 12, 12, 12, 12, 12],
  typography: { hyphenation: 'long-words', links: 'text', nonBreakingSpaces: true },
};

/**
 * A partial theme: any subset, deep. Objects (interfaces included) are partial all the way down;
 * lists and tuples (`endorsementColumns`) are given whole, as `resolveTheme` replaces them whole.
 */
export type ThemeOverride = DeepPartial<Theme>;
type DeepPartial<T> = {
  [K in keyof T]?: T[K] extends readonly unknown[] ? T[K] : T[K] extends object ? DeepPartial<T[K]> : T[K];
};

/**
 * The theme with the user's overrides deep-merged over the GOST defaults. A full theme is a valid
 * override too (it comes back as an equal copy), so every function taking a theme takes either.
 */
export function resolveTheme(override?: ThemeOverride): Theme {
  return override ? (deepMerge(GOST_THEME, override) as Theme) : GOST_THEME;
}

function deepMerge(base: unknown, over: unknown): unknown {
  if (over === undefined) return base;
  if (!isPlainObject(base) || !isPlainObject(over)) return over;
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) out[k] = deepMerge(base[k], v);
  return out;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
