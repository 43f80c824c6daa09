/**
 * The roadmap after loading: checked against the schema, deadlines parsed, executors resolved,
 * columns completed, rich text parsed. Every node keeps the place it was written (`loc`) so
 * that any later error can point at a line. Composing reads only this shape.
 */
import type { Deadline, DeadlineStyle, IsoDate } from './deadline.js';
import type { ExecutionStatus } from './execution-status.js';
import type { SourceLocation } from './source.js';
import type {
  ApprovalInput,
  AuthorityInput,
  ColumnRole,
  DocumentKind,
  EndorsementInput,
  ESignatureInput,
  ExecutorMarkInput,
  NumberingMode,
  IndicatorTableInput,
  PartName,
  TextAlign,
} from './roadmap-input.js';

// ───────────────────────────── rich text ─────────────────────────────

/** A piece of inline text with its emphasis. */
export interface TextSpan {
  type: 'text';
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** A clickable link target (http, https or mailto only). */
  link?: string;
}
/** A line break inside a paragraph (a single newline in the source). */
export interface LineBreak {
  type: 'break';
}
export type Inline = TextSpan | LineBreak;

export interface RichParagraph {
  type: 'paragraph';
  content: Inline[];
}
export interface RichList {
  type: 'list';
  /** Bullet items, each a line of inlines. */
  items: Inline[][];
}
export type RichBlock = RichParagraph | RichList;
/** Parsed rich text: paragraphs and bullet lists. Plain text is one paragraph of one span. */
export type RichText = RichBlock[];

// ───────────────────────────── roadmap ─────────────────────────────

export interface Located {
  loc?: SourceLocation;
}

export interface Roadmap {
  /** The file it was loaded from ('<input>' for text). */
  file: string;
  /** `municipality:` of the file (or of its nearest base): «Гороховецкий район». */
  municipality?: string;
  document: DocumentData;
  organisations: Map<string, Organisation>;
  plans: Plan[];
  /** Rule code → severity override (or 'off') from the file's `lint:` section. */
  lint: Record<string, 'error' | 'warning' | 'info' | 'off'>;
}

export interface Organisation extends Located {
  key: string;
  id?: string;
  name: string;
  short: string;
  intro: 'short' | 'full' | 'define';
}

export interface DocumentData extends Located {
  id?: string;
  kind: DocumentKind;
  authority?: AuthorityInput & Located;
  qualifier?: string;
  number?: string;
  /** ISO date; absent in a draft. */
  date?: string;
  dateStyle: 'numeric' | 'words' | 'quoted';
  place?: string;
  title?: RichText;
  preamble?: RichText;
  operative: 'spaced' | 'caps' | 'plain' | 'none' | { text: string };
  points: Point[];
  approval?: ApprovalInput & Located;
  signatories: Signatory[];
  signatureLayout: 'stacked' | 'side-by-side';
  executor?: ExecutorMarkInput;
  endorsements: (EndorsementInput & Located)[];
  esignature?: ESignatureInput;
  addressee?: string[];
  /** The addressee's e-mail (`addressee: {lines, email}`), printed under the addressee. */
  addresseeEmail?: string;
  reference?: { number?: string; date?: string };
  salutation?: string;
  body?: RichText;
  appendixMark?: { sheets?: number; copies?: number };
  passport?: Passport;
  gost: '2016' | '2025';
  /** Page numbers of the appendices: continue the main document's, restart in each, or none. */
  appendixPageNumbers: 'continue' | 'restart' | 'none';
  /** An amending order's amended act and previous version (src/load/amends.ts). */
  amends?: Amends;
  /**
   * The notes `[^key]` refers to: `document.footnotes` over `passport.footnotes` (a key in both
   * takes the document's note: lint rule footnote-duplicate); absent when there are none.
   */
  footnotes?: Record<string, string>;
  /** The open body (`body:` written as a list): replaces the kind's arrangement of the main document. */
  blocks?: BodyBlock[];
  /** Appendices written in `appendices:` (plans not placed anywhere are added as today). */
  appendices?: Appendix[];
  /** Templates overridden from the YAML (`wording:`), in the order written. */
  wording?: WordingOverride[];
}

// ───────────────────────────── the open body (issue 11) ─────────────────────────────

/** A preset part by name, with its options. */
export interface PartBlock extends Located {
  type: 'part';
  name: PartName;
  /** The part's heading instead of the template's ('' prints none). */
  heading?: string;
  inline?: boolean;
}

export interface HeadingBlock extends Located {
  type: 'heading';
  text: RichText;
  level: 1 | 2 | 3;
  numbered: boolean;
  align?: TextAlign;
  /** Inline heading: the text that follows the heading in the same paragraph. */
  inline?: RichText;
}

export interface ParagraphBlock extends Located {
  type: 'paragraph';
  text: RichText;
  align?: TextAlign;
  indent: boolean;
}

export interface ListItem extends Located {
  text: RichText;
  items: ListItem[];
}

export interface ListBlock extends Located {
  type: 'list';
  numbered: boolean;
  marker?: string;
  items: ListItem[];
}

export interface TableCellData extends Located {
  text: RichText;
  colSpan?: number;
  rowSpan?: number;
  align?: 'left' | 'center' | 'right';
  bold?: boolean;
}

export interface TableBlock extends Located {
  type: 'table';
  caption?: string;
  numbered: boolean;
  columns: { header?: RichText; width: number; align?: 'left' | 'center' | 'right' }[];
  /** Header rows above the columns' own headers. */
  header: TableCellData[][];
  rows: TableCellData[][];
  numbersRow: boolean;
  repeatHeader: boolean;
}

export interface FormulaBlock extends Located {
  type: 'formula';
  /** As written: `Д = Ч_{шнор} / Ч_{оо} × 100 %`. */
  text: string;
  /** 'auto': numbered through the document; 'none'; or the number as written. */
  number: 'auto' | 'none' | { text: string };
  where?: RichText;
}

export interface PlanBlock extends Located {
  type: 'plan';
  id: string;
}

export interface IndicatorsBlock extends Located {
  type: 'indicators';
  table: IndicatorTableInput;
}

export interface RolesBlock extends Located {
  type: 'roles';
  roles: { role: string; name: string; position?: string }[];
}

export interface SignatureBodyBlock extends Located {
  type: 'signature';
  signatories: Signatory[];
  layout?: 'stacked' | 'side-by-side';
}

export interface PageBreakBlock extends Located {
  type: 'page-break';
  /** The pages after the break turn to this orientation (a new section). */
  orientation?: 'portrait' | 'landscape';
}

export type BodyBlock =
  | PartBlock
  | HeadingBlock
  | ParagraphBlock
  | ListBlock
  | TableBlock
  | FormulaBlock
  | PlanBlock
  | IndicatorsBlock
  | RolesBlock
  | SignatureBodyBlock
  | PageBreakBlock;

export type AppendixMarkKind = 'gost' | 'approval' | 'heading' | 'none';

export interface Appendix extends Located {
  id?: string;
  /** Absent: the kind's default (gost for order, directive, letter; heading for passport, plan). */
  mark?: AppendixMarkKind;
  approval?: ApprovalInput & Located;
  title?: RichText;
  orientation?: 'portrait' | 'landscape';
  blocks: BodyBlock[];
}

/**
 * A template overridden from the YAML: its source, where the value is written, and where each
 * line of the value starts in the file (for locating a problem inside the template).
 */
export interface WordingOverride {
  name: string;
  source: string;
  loc?: SourceLocation;
  /** Start of each line of `source` in the file (absent when unknown: then `loc`). */
  lines?: { line: number; column: number }[];
}

export interface Point extends Located {
  id?: string;
  text: RichText;
  points: Point[];
}

export interface Signatory extends Located {
  id?: string;
  position: string;
  name: string;
  acting: boolean;
}

export interface Passport extends Located {
  roles: { role: string; name: string; position?: string }[];
  goal?: RichText;
  tasks: RichText[];
  indicators?: IndicatorTableInput;
  results: RichText[];
  sections: { title: string; text: RichText }[];
  footnotes: Record<string, string>;
}

export interface Column extends Located {
  /** Role for standard columns; absent for an extra column. */
  role?: ColumnRole;
  /** Role name for standard columns, the key for extra ones. */
  key: string;
  header: string;
  /** Relative width, positive. */
  width: number;
  align: 'left' | 'center' | 'right';
  values?: string[];
}

export interface Plan extends Located {
  id?: string;
  /** 1-based position among the plans of the roadmap. */
  index: number;
  title: string;
  subtitle?: string;
  /** First and last year of the plan, inclusive, when given. */
  period?: { from: number; to: number };
  gender: 'm' | 'f' | 'n' | 'pl';
  approval?: ApprovalInput & Located;
  columns: Column[];
  numbering: NumberingMode;
  /** A dot after computed numbers («1.» or «1»). */
  numberDot: boolean;
  deadlineStyle: DeadlineStyle;
  repeat: 'numbers' | 'header';
  /** Item rows may split across pages (both formats break them at the same line). */
  splitRows: boolean;
  entries: PlanEntry[];
  signatories: Signatory[];
}

export type PlanEntry = Group | Item;

export interface Group extends Located {
  type: 'group';
  id?: string;
  /** The heading: the section title, or «2021 год» for a year group. */
  title: RichText;
  /** The year of a year group. */
  year?: number;
  /** Number as printed («1.», «Направление 3.»); absent for an unnumbered heading. Filled by numbering. */
  no?: string;
  /** Explicit number written by the user. */
  explicitNo?: string;
  numbered: boolean;
  entries: PlanEntry[];
}

/** An executor as written: resolved to an organisation, or free text. */
export type ExecutorRef =
  | { type: 'organisation'; key: string; loc?: SourceLocation }
  | { type: 'text'; text: string; loc?: SourceLocation };

export interface Item extends Located {
  type: 'item';
  id?: string;
  /** Number as printed («1.1.», «17.»). Filled by numbering. */
  no?: string;
  explicitNo?: string;
  task: RichText;
  deadline?: Deadline;
  /** The deadline as written in the file, when it was a string. */
  deadlineSource?: string;
  deadlineLoc?: SourceLocation;
  executors: ExecutorRef[];
  result?: RichText;
  info?: RichText;
  extra: Record<string, string[]>;
  /** How the row has been carried out (`execution:`), when recorded. */
  execution?: Execution;
}

/** The execution of a row (`execution:` in YAML, src/model/execution-status.ts): what `plangraf report` prints. */
export interface Execution extends Located {
  status: ExecutionStatus;
  /** The date it was done. */
  done?: IsoDate;
  doneLoc?: SourceLocation;
  fact?: RichText;
  comment?: string;
  /** Links to what shows it was done (none: []). */
  evidence: string[];
  /** The new deadline of a postponed row. */
  postponedTo?: IsoDate;
  postponedToLoc?: SourceLocation;
}

/**
 * `document.amends` once loaded: the amended act as written (the rest comes from the previous
 * version's document: src/versions/amended-act.ts) and the previous version itself, which the
 * loader reads and checks (absent when it could not: the load then has errors; or when it was not
 * asked to, `LoadOptions.readPrevious: false`).
 */
export interface Amends extends Located {
  /** The path as written. */
  previousPath: string;
  previousLoc?: SourceLocation;
  mode: 'points' | 'new-edition';
  act?: 'order' | 'directive';
  /** ISO date. */
  date?: string;
  number?: string;
  title?: RichText;
  authority?: string;
  previous?: Roadmap;
}
