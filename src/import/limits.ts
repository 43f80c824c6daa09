/**
 * Limits that defend the Word import against hostile or broken DOCX files: a zip bomb, an XML
 * flood of empty cells, tables nested without end. A file over one gets `import-limit` (or
 * `import-too-large` for decompressed parts), never a hang or a crash. All can be raised per call
 * (`ImportOptions.limits`).
 */
import { DEFAULT_LIMITS } from '../load/limits.js';

export interface ImportLimits {
  /** Bytes of the DOCX file itself (read by its size first: src/input/bounded-read.ts). */
  fileBytes: number;
  /**
   * Bytes of `word/document.xml` once decompressed. The XML of a plan-graph takes some 3–4 KiB
   * per row as Word and plangraf write it, so a plan at the row limit is 60–80 MiB.
   */
  documentBytes: number;
  /** Bytes of each other part read (relationships, numbering), decompressed. */
  partBytes: number;
  /** Entries in the zip's central directory (a DOCX has 10–30). */
  zipEntries: number;
  /** Table rows in the whole document (nested tables too): the loader's plan row limit. */
  rows: number;
  /** Cells in one table row (a plan-graph has 4–10 columns; a page holds about 36). */
  cellsPerRow: number;
  /** Paragraphs in the whole document, in cells or not. */
  paragraphs: number;
  /** Characters in one cell or one paragraph outside tables: the loader's string limit. */
  cellChars: number;
  /** Tables nested inside a table's cell, level below level. */
  tableDepth: number;
}

const MIB = 1024 * 1024;

export const DEFAULT_IMPORT_LIMITS: ImportLimits = {
  fileBytes: DEFAULT_LIMITS.fileBytes,
  documentBytes: 128 * MIB,
  partBytes: 16 * MIB,
  zipEntries: 10_000,
  rows: DEFAULT_LIMITS.rows,
  cellsPerRow: 64,
  paragraphs: 1_000_000,
  cellChars: DEFAULT_LIMITS.stringLength,
  tableDepth: 16,
};
