/**
 * Characters the embedded font cannot draw (emoji, CJK, Arabic) would come out of pdfmake as
 * nothing at all. Before layout, every text of the model has them replaced by a visible «�»
 * (src/text/font-coverage.ts); the loader has already warned, naming the string
 * (`text-missing-glyph`). Only for the built-in font: a caller's own fonts draw what they draw.
 * The model is not changed; a copy is made only where something is replaced (tables, rows and
 * cells without such characters are the model's own).
 */
import type { Block, DocumentModel, Paragraph, Run, SignatureEntry, TableRow } from '../../model/document.js';
import { charactersMissingFromPdfFont, substituteMissingGlyphs } from '../../text/font-coverage.js';

const text = (s: string): string => (charactersMissingFromPdfFont(s).length > 0 ? substituteMissingGlyphs(s) : s);

function runs(list: Run[]): Run[] {
  let changed = false;
  const out = list.map((r) => {
    const t = text(r.text);
    if (t === r.text) return r;
    changed = true;
    return { ...r, text: t };
  });
  return changed ? out : list;
}

function paragraph(p: Paragraph): Paragraph {
  const r = runs(p.runs);
  return r === p.runs ? p : { ...p, runs: r };
}

/** `list` mapped by `f`, or `list` itself when `f` changed nothing. */
function mapped<T>(list: T[], f: (x: T) => T): T[] {
  let out: T[] | undefined;
  for (let i = 0; i < list.length; i++) {
    const x = list[i] as T;
    const y = f(x);
    if (y !== x && out === undefined) out = list.slice(0, i);
    out?.push(y);
  }
  return out ?? list;
}

function row(r: TableRow): TableRow {
  const cells = mapped(r.cells, (c) => {
    const blocks = mapped(c.blocks, paragraph);
    return blocks === c.blocks ? c : { ...c, blocks };
  });
  return cells === r.cells ? r : { ...r, cells };
}

function signatureEntry(e: SignatureEntry): SignatureEntry {
  return {
    ...e,
    position: e.position.map(text),
    name: text(e.name),
    ...(e.esignature ? { esignature: { lines: e.esignature.lines.map(text) } } : {}),
  };
}

function block(b: Block): Block {
  switch (b.type) {
    case 'paragraph':
      return paragraph(b);
    case 'split-line':
      return { ...b, left: runs(b.left), right: runs(b.right) };
    case 'table': {
      const head = mapped(b.head, row);
      const rows = mapped(b.rows, row);
      return head === b.head && rows === b.rows ? b : { ...b, head, rows };
    }
    case 'approval-stamp':
      return { ...b, word: text(b.word), lines: b.lines.map(runs), ...(b.label !== undefined ? { label: text(b.label) } : {}) };
    case 'appendix-mark':
      return { ...b, lines: b.lines.map(runs) };
    case 'signature':
      return { ...b, entries: b.entries.map(signatureEntry) };
    case 'executor-mark':
      return { ...b, lines: b.lines.map(text) };
    case 'formula':
      return { ...b, runs: runs(b.runs), ...(b.number !== undefined ? { number: text(b.number) } : {}) };
    case 'page-break':
    case 'spacer':
    // Data, not printed text: the code encodes any character.
    case 'qr-code':
      return b;
  }
}

/** The model with every character the built-in PDF font lacks replaced by «�». */
export function withMissingGlyphsSubstituted(model: DocumentModel): DocumentModel {
  const sections = mapped(model.sections, (s) => {
    const blocks = mapped(s.blocks, block);
    return blocks === s.blocks ? s : { ...s, blocks };
  });
  return sections === model.sections ? model : { ...model, sections };
}
