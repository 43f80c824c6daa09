/**
 * Which table row ends each page of a printed document, read back from its text: the pagination
 * check (tests/pagination) holds plangraf's PDF against LibreOffice's layout of the DOCX.
 *
 * Each body row of each table has a key: the first words of its longest cell (not a link), without white space
 * and hyphens (line breaks and hyphenation differ between layouts). Rows are found in document
 * order, each on the first page at or after the previous row's page whose text holds its key; a
 * page's last row is the last row found on it (a row split across pages counts where it starts).
 * Rows whose key is empty or occurs in no page are left out.
 */
import type { DocumentModel, TableCell } from '../../src/model/document.js';

/** A row's label (for messages) and key. */
export interface RowKey {
  label: string;
  key: string;
}

// Short enough to lie on the first line of its cell in both layouts (text extraction interleaves cells line by line).
const KEY_CHARS = 12;

/** Text without white space, hyphens, dashes and soft hyphens. */
export const squashed = (s: string): string => s.replace(/[\s\u00ad\u2010\u2011\u2012\u2013\u2014-]+/gu, '');

const cellText = (cell: TableCell): string => cell.blocks.map((b) => b.runs.filter((r) => !r.field).map((r) => r.text).join('')).join(' ');

export function rowKeys(model: DocumentModel): RowKey[] {
  const out: RowKey[] = [];
  for (const section of model.sections) {
    for (const block of section.blocks) {
      if (block.type !== 'table') continue;
      for (const row of block.rows) {
        const texts = row.cells.map(cellText);
        // Links break differently in the two layouts: a cell of words is taken when there is one.
        const words = texts.filter((t) => !t.includes('://'));
        const longest = (words.length > 0 ? words : texts).reduce((a, b) => (squashed(b).length > squashed(a).length ? b : a), '');
        const key = squashed(longest).slice(0, KEY_CHARS);
        if (key.length < 3) continue;
        out.push({ label: `${squashed(texts[0] ?? '').slice(0, 12)} ${longest.slice(0, 30)}`.trim(), key });
      }
    }
  }
  return out;
}

/** For each page (texts split at form feeds), the index into `keys` of the last row found on it, or -1. */
export function lastRowPerPage(pages: string[], keys: RowKey[]): number[] {
  const texts = pages.map(squashed);
  const last = pages.map(() => -1);
  let page = 0;
  keys.forEach((row, i) => {
    for (let p = page; p < texts.length; p++) {
      if (texts[p]!.includes(row.key)) {
        page = p;
        last[p] = i;
        return;
      }
    }
  });
  return last;
}

export interface PageComparison {
  pdfPages: number;
  otherPages: number;
  /** Pages (of the longer document) whose last row is the same in both, over all its pages. */
  sameEnding: number;
  /** Share of `sameEnding`, percent. */
  percent: number;
  /** The pages that differ: number, the PDF's last row label, the other's. */
  differing: Array<{ page: number; pdf: string; other: string }>;
}

export function comparePages(pdf: string[], other: string[], keys: RowKey[]): PageComparison {
  const a = lastRowPerPage(pdf, keys);
  const b = lastRowPerPage(other, keys);
  const n = Math.max(a.length, b.length);
  const label = (i: number | undefined) => (i === undefined ? '(no page)' : i < 0 ? '(no row)' : keys[i]!.label);
  let same = 0;
  const differing: PageComparison['differing'] = [];
  for (let p = 0; p < n; p++) {
    if (a[p] !== undefined && a[p] === b[p]) same++;
    else differing.push({ page: p + 1, pdf: label(a[p]), other: label(b[p]) });
  }
  return { pdfPages: pdf.length, otherPages: other.length, sameEnding: same, percent: n === 0 ? 100 : Math.round((same / n) * 1000) / 10, differing };
}
