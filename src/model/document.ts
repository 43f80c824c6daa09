/**
 * The document model (IR): the only thing the writers see. Composing turns a roadmap into a
 * `DocumentModel`; `writeDocx` and `writePdf` turn it into bytes with one handler per node type.
 * Neither writer reads the roadmap.
 *
 * Layout values (fonts, sizes, margins, indents, spacing) are not here: nodes name a paragraph
 * style (`ParagraphStyleName`) and the writers look the values up in the `Theme`
 * (src/model/theme.ts). A node may override alignment, emphasis and keep-with-next only.
 *
 * Tiny example. YAML
 *   plan: {title: ПЛАН-ГРАФИК, items: [{task: Отбор школ, deadline: до 20.12.2021}]}
 * composes to
 *   {sections: [{orientation: 'landscape', blocks: [
 *     {type: 'paragraph', style: 'title', runs: [{text: 'ПЛАН-ГРАФИК'}]},
 *     {type: 'table', columns: [...], header: [...], rows: [{kind: 'item', cells: [...]}]}]}]}
 */

/** A run of text with uniform formatting. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** Clickable link target (http, https, mailto). */
  link?: string;
  /** Extra space between characters, in points («п р и к а з ы в а ю:» is made with this). */
  characterSpacing?: number;
  /** A line break before this run's text (inside one paragraph). */
  breakBefore?: boolean;
  /** Replaced by the page number / total pages when written. */
  field?: 'page' | 'pages';
  /** Raised and smaller: footnote markers «¹», «1)». */
  superscript?: boolean;
  /**
   * The run is a reference to a footnote: its text is the note's mark as printed («1»), raised.
   * See `Footnote`.
   */
  footnote?: FootnoteReference;
  /** Lowered and smaller: indices in formulas «Ч_{оо}». */
  subscript?: boolean;
}

/**
 * Where a footnote is referred to. The first reference of a note is the note's own (DOCX: a
 * `w:footnoteReference`; PDF: the note is printed at the foot of the page this reference lands
 * on); a later reference to the same note only repeats its mark (DOCX: a NOTEREF field).
 */
export interface FootnoteReference {
  /** The note's `Footnote.id`. */
  id: number;
  /** Not the first reference to the note. */
  repeat?: boolean;
}

/**
 * A footnote, printed at the foot of the page of its first reference (both writers), numbered
 * through the document in the order of first references.
 *
 *   text: «… не менее 70 %[^fioco].», footnotes: {fioco: по данным ФИОКО}
 *   → runs [«… не менее 70 %», {text: «1», superscript, footnote: {id: 1}}, «.»]
 *     and footnotes [{id: 1, mark: «1», auto: true, paragraphs: [{style: 'footnote', runs: [«по данным ФИОКО»]}]}]
 */
export interface Footnote {
  /** 1, 2, … in the order of first references (the DOCX footnote id). */
  id: number;
  /** The mark printed at each reference and before the note's text («1»). */
  mark: string;
  /** The mark is the note's number (Word numbers such notes itself); else a custom mark («*»). */
  auto: boolean;
  /** The note's text, paragraphs of style `footnote`. */
  paragraphs: Paragraph[];
}

export type ParagraphStyleName =
  /** Ordinary justified text with first-line indent. */
  | 'body'
  /** Body text without first-line indent (preamble continuation, points). */
  | 'body-plain'
  /** Authority name lines in an order's header: centred, capitals, bold. */
  | 'authority'
  /** The document word: ПРИКАЗ, РАСПОРЯЖЕНИЕ. */
  | 'doc-type'
  /** Document title «Об утверждении …» / plan title «ПЛАН-ГРАФИК». */
  | 'title'
  /** Plan subtitle under the title. */
  | 'subtitle'
  /** Approval stamp and appendix mark lines (upper right block). */
  | 'stamp'
  /** Signature lines. */
  | 'signature'
  /** Text inside table cells. */
  | 'table'
  /** Table header cells. */
  | 'table-header'
  /** Executor mark and other small print. */
  | 'small'
  /** Letterhead requisites. */
  | 'letterhead'
  /** Headings of the open body, by level (written only when used). */
  | 'heading-1'
  | 'heading-2'
  | 'heading-3'
  /** «Таблица 1. Расчёт показателя» above a table. */
  | 'caption'
  /** A formula line. */
  | 'formula'
  /** «Приложение 1» as a heading line (appendix mark `heading`). */
  | 'appendix-heading'
  /** The text of a footnote at the foot of the page. */
  | 'footnote';

export type Align = 'left' | 'center' | 'right' | 'justify';

export interface Paragraph {
  type: 'paragraph';
  style: ParagraphStyleName;
  runs: Run[];
  align?: Align;
  bold?: boolean;
  /** A bullet item («- » in the source): hanging indent with a dash or bullet marker. */
  bullet?: boolean;
  /** Outline level of a numbered point (0 = top), for indent; the number is part of the runs. */
  level?: number;
  /** Keep on the same page as the next block. */
  keepWithNext?: boolean;
  /** Space before, in points, overriding the style (for visual grouping). */
  spaceBefore?: number;
  /**
   * An item of a list block: `marker` («–», «1.», «1.2.»; '' for a further paragraph of an item)
   * hangs in a column of the theme's width, the text indented by `depth` nesting steps.
   */
  list?: ListMarker;
}

export interface ListMarker {
  marker: string;
  /** Nesting depth, 0 for the outer list. */
  depth: number;
  /** Numbers take a wider marker column than bullets (theme `list`). */
  numbered: boolean;
}

/** A line with text at the left margin and text at the right margin: «14.02.2022   № 50». */
export interface SplitLine {
  type: 'split-line';
  style: ParagraphStyleName;
  left: Run[];
  right: Run[];
}

export interface TableCell {
  blocks: Paragraph[];
  /** Number of grid columns this cell spans (group rows span all). */
  colSpan?: number;
  /**
   * Number of rows this cell spans downwards (two-row headers: «Показатель» over both header rows
   * beside «Факт» / «План» groups). The rows below omit the covered cell.
   */
  rowSpan?: number;
  align?: Align;
  bold?: boolean;
}

export type TableRowKind = 'header' | 'numbers' | 'group' | 'item' | 'body';

export interface TableRow {
  kind: TableRowKind;
  cells: TableCell[];
  /** Do not split the row across pages (unless it is taller than a page). */
  cantSplit?: boolean;
}

export interface TableColumn {
  /** Relative width; writers scale the sum to the text width. */
  width: number;
}

export interface Table {
  type: 'table';
  columns: TableColumn[];
  /** Rows printed at the top (header rows, then the column-number row). */
  head: TableRow[];
  /**
   * What repeats at the top of following pages: the whole `head` ('all'), only its last row, the
   * column-number row ('numbers', the classic form), or nothing. DOCX repeats only rows
   * contiguous from the top of a table, so the DOCX writer makes 'numbers' by putting the header
   * rows in a table of their own directly above the body table whose first row is the number row.
   */
  repeatHead: 'all' | 'numbers' | 'none';
  rows: TableRow[];
  /** Grid lines: all (plan-graphs) or none (endorsement sheets laid out as a table). */
  borders: 'all' | 'none';
  /** Smaller table text style (default 'table'). */
  style?: ParagraphStyleName;
}

/** «УТВЕРЖДЕН / распоряжением министерства … / от «__» ______ 2022 г. № __» in the upper right. */
export interface ApprovalStamp {
  type: 'approval-stamp';
  /** First line: УТВЕРЖДЕН / УТВЕРЖДЕНА / УТВЕРЖДЕНО / УТВЕРЖДЕНЫ / УТВЕРЖДАЮ. */
  word: string;
  lines: Run[][];
  /** «ПРИЛОЖЕНИЕ» above the word, the theme's `stampLabelGap` under it. */
  label?: string;
}

/** «Приложение № 1 / к приказу управления образования / от 14.02.2022 № 50» in the upper right. */
export interface AppendixMark {
  type: 'appendix-mark';
  lines: Run[][];
}

export interface ESignatureStamp {
  /** «ДОКУМЕНТ ПОДПИСАН ЭЛЕКТРОННОЙ ПОДПИСЬЮ», then certificate, owner, validity lines. */
  lines: string[];
}

export interface SignatureEntry {
  /** Position lines, left: «Начальник управления», «общего образования». */
  position: string[];
  /** «Е.В. Матаржук», right-aligned on the line of the position's last line. */
  name: string;
  esignature?: ESignatureStamp;
}

/** Signature block: never alone on a new page (writers keep it with the preceding block). */
export interface SignatureBlock {
  type: 'signature';
  layout: 'stacked' | 'side-by-side';
  entries: SignatureEntry[];
}

/** «Исп. Иванова И.И., тел. 8 (4212) 00-00-00», bottom left of the last page, small print. */
export interface ExecutorMark {
  type: 'executor-mark';
  lines: string[];
}

/**
 * The document's QR code (GOST R 7.0.97-2025, documents of that edition only): bottom right of
 * the text area of page 1, whatever block it follows. It encodes `text` (UTF-8, byte mode) and is
 * `size` millimetres square (the theme's `qrCode.size`). Composing puts it first in the first
 * section, so that it lands on page 1 (src/compose/qr-code.ts).
 */
export interface QrCode {
  type: 'qr-code';
  text: string;
  /** Side of the symbol, millimetres. */
  size: number;
}

export interface PageBreak {
  type: 'page-break';
}

/**
 * A formula line: the formula centred on the text width (style `formula`), its number «(1)» at
 * the right margin. Sub- and superscripts are runs.
 */
export interface Formula {
  type: 'formula';
  runs: Run[];
  /** «(1)»; absent: no number. */
  number?: string;
}

/** Vertical space, in points. */
export interface Spacer {
  type: 'spacer';
  height: number;
}

export type Block =
  | Paragraph
  | SplitLine
  | Table
  | ApprovalStamp
  | AppendixMark
  | SignatureBlock
  | ExecutorMark
  | QrCode
  | PageBreak
  | Spacer
  | Formula;

export type BlockType = Block['type'];

/** A run of pages with one orientation; each section starts on a new page. */
export interface Section {
  orientation: 'portrait' | 'landscape';
  blocks: Block[];
  /**
   * Page numbers of the section's pages: continuing the previous section's (absent), starting
   * again at 1 here (the first page then counts as a document's first page: unnumbered when
   * numbers start at page 2), or none.
   */
  pageNumbers?: 'restart' | 'none';
}

export interface DocumentMeta {
  title: string;
  author?: string;
  subject?: string;
  /** Fixed creation time (ISO) so that output is deterministic; taken from the `now` option. */
  created: string;
  language: 'ru-RU';
}

export interface DocumentModel {
  meta: DocumentMeta;
  sections: Section[];
  /** The footnotes the runs refer to (`Run.footnote`), by id; absent when there are none. */
  footnotes?: Footnote[];
}
