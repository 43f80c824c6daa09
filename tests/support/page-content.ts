/**
 * What each page of a printed document holds, read back from its text (pdftotext, split at form
 * feeds) and checked against the document model: the keep rules of issue 12 that a page count
 * and the last row per page (page-rows.ts) do not see.
 *
 * - A signature is never alone: no page holds only signature lines (positions, names, an
 *   e-signature stamp, the executor mark under them) and perhaps a page number.
 * - A footnote is printed whole on the page of its first reference, and no page holds only
 *   footnote text.
 * - A table's lead-in (its title, subtitle, caption, appendix heading or mark, approval stamp,
 *   a paragraph kept with it, its header rows and the group rows above its first item) is on the
 *   page of its first item or body row.
 *
 * Texts are compared squashed (page-rows.ts: no white space, hyphens or dashes), so line breaks
 * and hyphenation do not matter; extraction order inside a page does not matter either: only
 * which page holds a text is used. For the lead-in, blocks are located in document order, each on
 * the first page at or after the previous located block's page that holds its key in an
 * occurrence no earlier block took (a section starts on a new page: after the previous section's
 * last located page).
 */
import type { Block, DocumentModel, Paragraph, Run, Table, TableRow } from '../../src/model/document.js';
import { squashed } from './page-rows.js';

/** Something wrong on a page: the check, the page (1-based) and what is there. */
export interface PageFinding {
  check: 'signature alone' | 'footnote' | 'table lead-in';
  page: number;
  what: string;
}

/** A page's text, once squashed: nothing left but perhaps a page number. */
const onlyPageNumber = (rest: string): boolean => /^\d{0,4}$/.test(rest);

const runsText = (runs: Run[]): string => runs.filter((r) => !r.field).map((r) => r.text).join('');
const paragraphText = (p: Paragraph): string => runsText(p.runs);
const cellsText = (row: TableRow): string[] => row.cells.map((c) => c.blocks.map(paragraphText).join(' '));

/** `text` with every occurrence of each piece taken out, longest pieces first. */
function without(text: string, pieces: string[]): string {
  let rest = text;
  for (const piece of [...new Set(pieces)].filter((p) => p.length > 0).sort((a, b) => b.length - a.length)) rest = rest.split(piece).join('');
  return rest;
}

const short = (s: string, n = 40): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

// ---------------------------------------------------------------------------------------------
// Signature alone

/** The lines of every signature block, with the e-signature stamps and executor marks. */
export function signatureLines(model: DocumentModel): string[] {
  const lines: string[] = [];
  for (const block of model.sections.flatMap((s) => s.blocks)) {
    if (block.type === 'signature') {
      for (const e of block.entries) lines.push(...e.position, e.name, ...(e.esignature?.lines ?? []));
    } else if (block.type === 'executor-mark') lines.push(...block.lines);
  }
  return lines.filter((l) => squashed(l).length > 0);
}

export interface SignatureCheck {
  /** Pages (1-based) that hold a signatory's name. */
  pages: number[];
  /** Those that hold nothing else but a page number. */
  findings: PageFinding[];
}

/** Pages that hold signature lines and nothing else but a page number. */
export function signatureCheck(pages: string[], model: DocumentModel): SignatureCheck {
  const raw = signatureLines(model);
  const lines = raw.map(squashed);
  const names = model.sections.flatMap((s) => s.blocks).flatMap((b) => (b.type === 'signature' ? b.entries.map((e) => squashed(e.name)) : []));
  const result: SignatureCheck = { pages: [], findings: [] };
  if (lines.length === 0) return result;
  pages.forEach((page, i) => {
    const text = squashed(page);
    if (names.some((n) => n.length > 0 && text.includes(n))) result.pages.push(i + 1);
    const held = raw.filter((_, j) => text.includes(lines[j]!));
    if (held.length === 0) return;
    if (onlyPageNumber(without(text, lines))) result.findings.push({ check: 'signature alone', page: i + 1, what: short(held.join(' / '), 60) });
  });
  return result;
}

// ---------------------------------------------------------------------------------------------
// Footnotes

/** Every paragraph of the body, table cells included, in document order. */
function* bodyParagraphs(model: DocumentModel): Generator<Run[]> {
  for (const block of model.sections.flatMap((s) => s.blocks)) {
    if (block.type === 'paragraph') yield block.runs;
    else if (block.type === 'split-line') yield [...block.left, ...block.right];
    else if (block.type === 'formula') yield block.runs;
    else if (block.type === 'appendix-mark' || block.type === 'approval-stamp') yield* block.lines;
    else if (block.type === 'table') for (const row of [...block.head, ...block.rows]) for (const cell of row.cells) for (const p of cell.blocks) yield p.runs;
  }
}

/** A footnote's first reference: the squashed text just before its mark and just after it, in its paragraph. */
export interface FootnoteReferenceText {
  id: number;
  mark: string;
  before: string;
  after: string;
}

const CONTEXT_CHARS = 12;

export function footnoteReferences(model: DocumentModel): FootnoteReferenceText[] {
  const refs: FootnoteReferenceText[] = [];
  for (const runs of bodyParagraphs(model)) {
    runs.forEach((run, i) => {
      if (!run.footnote || run.footnote.repeat) return;
      refs.push({
        id: run.footnote.id,
        mark: squashed(run.text),
        before: squashed(runsText(runs.slice(0, i).filter((r) => !r.footnote))).slice(-CONTEXT_CHARS),
        after: squashed(runsText(runs.slice(i + 1).filter((r) => !r.footnote))).slice(0, CONTEXT_CHARS),
      });
    });
  }
  return refs;
}

export interface FootnoteCheck {
  notes: number;
  /** Notes printed whole on the page of their first reference. */
  kept: number;
  findings: PageFinding[];
}

/**
 * Footnotes not printed whole on the page of their first reference, and pages that hold nothing
 * but footnote text (whole notes or the continued rest of one) and a page number.
 */
export function footnoteCheck(pages: string[], model: DocumentModel): FootnoteCheck {
  const notes = (model.footnotes ?? []).map((f) => ({ id: f.id, mark: f.mark, text: squashed(f.paragraphs.map(paragraphText).join('')) }));
  if (notes.length === 0) return { notes: 0, kept: 0, findings: [] };
  const texts = pages.map(squashed);
  const on = (key: string) => texts.flatMap((t, i) => (key.length > 0 && t.includes(key) ? [i] : []));
  const found: PageFinding[] = [];
  const refs = footnoteReferences(model);
  let kept = 0;
  for (const note of notes) {
    const notePages = on(note.text);
    const ref = refs.find((r) => r.id === note.id);
    const label = `footnote ${note.mark} «${short(note.text, 30)}»`;
    if (!ref) {
      found.push({ check: 'footnote', page: (notePages[0] ?? -1) + 1, what: `${label}: no reference in the body` });
      continue;
    }
    // The mark printed after the text before it (both layouts set it inline); without the mark when extraction parts them.
    let refPages = ref.before.length >= 3 ? on(ref.before + ref.mark) : on(ref.mark + ref.after);
    if (refPages.length === 0) refPages = ref.before.length >= 3 ? on(ref.before) : on(ref.after);
    if (notePages.length === 0) {
      const start = on(note.text.slice(0, 2 * CONTEXT_CHARS));
      found.push({ check: 'footnote', page: (start[0] ?? refPages[0] ?? -1) + 1, what: `${label} not whole on any page` });
    } else if (refPages.length === 0) {
      found.push({ check: 'footnote', page: notePages[0]! + 1, what: `${label}: its reference «${ref.before}${ref.mark}» is on no page` });
    } else if (!notePages.some((p) => refPages.includes(p))) {
      found.push({ check: 'footnote', page: notePages[0]! + 1, what: `${label} apart from its reference on p. ${refPages.map((p) => p + 1).join(', ')}` });
    } else kept++;
  }
  const all = notes.map((n) => n.text);
  texts.forEach((text, i) => {
    const rest = without(text, all);
    const held = rest !== text;
    // The continued rest of a note: what is left (page number aside) lies inside one note's text.
    const continued = rest.replace(/^\d+|\d+$/g, '');
    if ((held && onlyPageNumber(rest)) || (!held && continued.length > 0 && all.some((n) => n.includes(continued)))) {
      found.push({ check: 'footnote', page: i + 1, what: `only footnote text: «${short(text, 40)}»` });
    }
  });
  return { notes: notes.length, kept, findings: found.sort((a, b) => a.page - b.page) };
}

// ---------------------------------------------------------------------------------------------
// Table lead-in

const LEAD_STYLES = new Set(['title', 'subtitle', 'caption', 'appendix-heading', 'heading-1', 'heading-2', 'heading-3']);
const KEY_CHARS = 12;
const PARAGRAPH_KEY_CHARS = 24;

/** A row's key as page-rows.ts makes it: the first characters of its longest cell of words. */
function rowKey(row: TableRow): string {
  const texts = cellsText(row);
  const words = texts.filter((t) => !t.includes('://'));
  const longest = (words.length > 0 ? words : texts).reduce((a, b) => (squashed(b).length > squashed(a).length ? b : a), '');
  const key = squashed(longest).slice(0, KEY_CHARS);
  return key.length >= 3 ? key : '';
}

/** A block's key (the first characters of its text) and a label, or none for blocks without text. */
function blockKey(block: Block): { key: string; label: string } | undefined {
  let text = '';
  if (block.type === 'paragraph') text = paragraphText(block);
  else if (block.type === 'appendix-mark') text = block.lines.map(runsText).join(' ');
  else if (block.type === 'approval-stamp') text = [block.label ?? '', block.word, ...block.lines.map(runsText)].join(' ');
  else if (block.type === 'split-line') text = runsText(block.left);
  else return undefined;
  const key = squashed(text).slice(0, PARAGRAPH_KEY_CHARS);
  return key.length >= 3 ? { key, label: short(text.trim()) } : undefined;
}

/** The blocks right before a table that belong to it: headings, marks, stamps and paragraphs kept with it. */
function leadIn(blocks: Block[], at: number): Block[] {
  const lead: Block[] = [];
  for (let i = at - 1; i >= 0; i--) {
    const b = blocks[i]!;
    if (b.type === 'spacer') continue;
    if (b.type === 'paragraph' ? LEAD_STYLES.has(b.style) || b.keepWithNext : b.type === 'appendix-mark' || b.type === 'approval-stamp') lead.unshift(b);
    else break;
  }
  return lead;
}

export interface TableLeadCheck {
  /** Tables with a lead-in and a first item or body row that was found. */
  tables: number;
  /** Those whose lead-in is all on the first row's page. */
  kept: number;
  /** Lead-in pieces found on some page, of all with text. */
  located: number;
  pieces: number;
  findings: PageFinding[];
}

/**
 * For each table with a lead-in: each piece of it (blocks before the table, header rows, group
 * rows before the first item) must be on the page of the table's first item or body row.
 */
export function tableLeadCheck(pages: string[], model: DocumentModel): TableLeadCheck {
  const texts = pages.map(squashed);
  let cursor = 0;
  let last = -1;
  // How many occurrences of a key on a page were taken by blocks already located: a header
  // repeated by a second table with the same columns is not taken for the first table's.
  const taken = new Map<string, number>();
  const occurrences = (text: string, key: string) => text.split(key).length - 1;
  /** The page of `key`, the first at or after the cursor with an occurrence not yet taken; the cursor moves there. -1: on no page. */
  const locate = (key: string): number => {
    if (key.length === 0) return -1;
    for (let p = cursor; p < texts.length; p++) {
      const used = taken.get(`${p} ${key}`) ?? 0;
      if (occurrences(texts[p]!, key) > used) {
        taken.set(`${p} ${key}`, used + 1);
        cursor = last = p;
        return p;
      }
    }
    return -1;
  };
  const located = new Map<Block, number>();
  const result: TableLeadCheck = { tables: 0, kept: 0, located: 0, pieces: 0, findings: [] };
  for (const section of model.sections) {
    if (last >= 0) cursor = Math.max(cursor, last + 1); // a section starts on a new page
    last = -1;
    section.blocks.forEach((block, at) => {
      if (block.type !== 'table') {
        const k = blockKey(block);
        if (k) located.set(block, locate(k.key));
        return;
      }
      const table: Table = block;
      const first = table.rows.findIndex((r) => r.kind === 'item' || r.kind === 'body');
      const pieces = leadIn(section.blocks, at).flatMap((b) => {
        const k = blockKey(b);
        return k ? [{ label: k.label, page: located.get(b) ?? -1 }] : [];
      });
      for (const r of [...table.head.filter((h) => h.kind === 'header'), ...table.rows.slice(0, Math.max(first, 0))]) {
        const key = rowKey(r);
        if (key) pieces.push({ label: `${r.kind === 'header' ? 'header' : 'group row'} «${short(cellsText(r).join(' | '))}»`, page: locate(key) });
      }
      const rowPage = first >= 0 ? locate(rowKey(table.rows[first]!)) : -1;
      if (pieces.length > 0 && rowPage >= 0) {
        result.tables++;
        result.pieces += pieces.length;
        result.located += pieces.filter((p) => p.page >= 0).length;
        if (!pieces.some((p) => p.page >= 0 && p.page < rowPage)) result.kept++;
        for (const p of pieces) {
          if (p.page >= 0 && p.page < rowPage) {
            result.findings.push({ check: 'table lead-in', page: p.page + 1, what: `${p.label} without the first row «${short(cellsText(table.rows[first]!).join(' | '))}» (p. ${rowPage + 1})` });
          }
        }
      }
      for (const row of table.rows.slice(first + 1)) locate(rowKey(row));
    });
  }
  return result;
}
