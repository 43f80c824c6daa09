/**
 * What the import read from a Word document, before it is written as YAML: plans with their
 * columns and rows (each row remembering the table and row it came from, for the comments and
 * the report), and the document's approval stamp and signatures.
 */
import type { ApprovalInput, ColumnRole, NumberingMode, SignatoryInput } from '../model/roadmap-input.js';

/** A row of a Word table: table and row numbers, 1-based. */
export interface RowAt {
  table: number;
  row: number;
}

export interface ImportedColumn {
  role?: ColumnRole;
  /** An extra column's key. */
  key?: string;
  header: string;
  /** Relative width (per cent of the table). */
  width?: number;
  align?: 'left' | 'center' | 'right';
}

export interface ImportedItem {
  type: 'item';
  at: RowAt;
  /** The number cell as written ('' when empty or when there is no number column). */
  label: string;
  /** The number to write as `no:` (set by numbering when the computed one differs). */
  no?: string;
  task: string;
  deadline?: string;
  executors?: string;
  result?: string;
  info?: string;
  extra: Record<string, string | string[]>;
  /** Columns (role or extra key) whose cell continues the one above (a vertical merge in Word). */
  merge?: string[];
}

export interface ImportedGroup {
  type: 'group';
  at: RowAt;
  /** A year row «2021 год». */
  year?: number;
  /** The number written before the title («1.», «Направление 3.»), '' when none. */
  label: string;
  /** The title without its number, rich text. */
  title: string;
  no?: string;
  /** false: printed without a number. */
  numbered?: false;
  /** Level of the section by its number: «1.» 1, «1.2.» 2; 0 for a year. */
  depth: number;
  entries: ImportedEntry[];
}

export type ImportedEntry = ImportedItem | ImportedGroup;

export interface ImportedPlan {
  /** Word tables the plan was read from. */
  tables: number[];
  /** Rows of the header, and whether a row of column numbers followed it. */
  headerRows: number;
  numbersRow: boolean;
  title: string;
  subtitle?: string;
  approval?: ApprovalInput;
  gender?: 'f' | 'n' | 'pl';
  signatories: SignatoryInput[];
  columns: ImportedColumn[];
  numbering: NumberingMode;
  numberDot: boolean;
  repeat?: 'header';
  entries: ImportedEntry[];
  /** Some row has an empty task (the file switches the empty-task check off). */
  emptyTasks: boolean;
  /** Counts for the summary. */
  items: number;
  groups: number;
}

export interface ImportedDocument {
  plans: ImportedPlan[];
  approval?: ApprovalInput;
  signatureLayout?: 'side-by-side';
  /** One line each: what was not carried over, for the file's header comment. */
  notCarried: string[];
}
