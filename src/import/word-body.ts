/**
 * The body of a Word document as the import sees it: top-level paragraphs and tables in order,
 * tables as rows of cells of paragraphs, paragraphs as runs of text with emphasis, links, line
 * breaks and tabs. Built from `word/document.xml` by word-body-reader.ts.
 *
 *   <w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="6"/></w:tcPr><w:p><w:r><w:t>1. Создание …</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
 * becomes
 *   {type: 'table', table: {number: 1, rows: [{number: 1, cells: [{number: 1, gridSpan: 6, paragraphs: [{inlines: [{type: 'text', text: '1. Создание …'}]}]}]}]}}
 */
import type { ListMark } from './package-parts.js';

export type WordInline =
  | { type: 'text'; text: string; bold?: boolean; italic?: boolean; link?: string }
  | { type: 'break' }
  | { type: 'tab' };

/** What the import leaves out of a paragraph (reported by kind). */
export type DroppedKind = 'image' | 'text-box' | 'formula' | 'footnote' | 'nested-table';

export interface WordParagraph {
  inlines: WordInline[];
  /** The mark of a list paragraph (`w:numPr`): a bullet, or the number Word shows. */
  list?: ListMark;
  /** `w:pStyle`. */
  style?: string;
  /** `w:jc`: left (also start), center, right (also end), both (justified). */
  align?: 'left' | 'center' | 'right' | 'both';
  /** A page break inside (`w:br w:type="page"`) or before (`w:pageBreakBefore`). */
  pageBreak: boolean;
  /** The paragraph ends a section (`w:pPr/w:sectPr`): a new page or orientation follows. */
  sectionEnd: boolean;
  dropped: DroppedKind[];
}

export interface WordCell {
  /** 1-based position of the `w:tc` in its row, as Word counts cells. */
  number: number;
  paragraphs: WordParagraph[];
  gridSpan: number;
  /** `w:vMerge`: 'restart' starts a vertically merged cell, 'continue' continues the one above. */
  vMerge?: 'restart' | 'continue';
  /** The legacy horizontal merge (`w:hMerge`). */
  hMerge?: 'restart' | 'continue';
}

export interface WordRow {
  /** 1-based row of its table. */
  number: number;
  cells: WordCell[];
  /** `w:tblHeader`: repeated at the top of every page. */
  header: boolean;
  /** Grid columns skipped before the first cell and after the last. */
  gridBefore: number;
  gridAfter: number;
}

export interface WordTable {
  /** 1-based, top-level tables in document order. */
  number: number;
  /** Widths of the grid columns (`w:tblGrid`), twips. */
  grid: number[];
  rows: WordRow[];
}

export type BodyBlock =
  | { type: 'paragraph'; paragraph: WordParagraph; /** 1-based, top-level paragraphs only. */ number: number }
  | { type: 'table'; table: WordTable };

export interface WordBody {
  blocks: BodyBlock[];
}

/** The plain text of a paragraph: tabs as '\t', breaks as '\n'. */
export function paragraphPlain(p: WordParagraph): string {
  let out = '';
  for (const i of p.inlines) out += i.type === 'text' ? i.text : i.type === 'tab' ? '\t' : '\n';
  return out;
}
