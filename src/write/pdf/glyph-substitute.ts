/**
 * Characters the embedded font cannot draw (emoji, CJK, Arabic) would come out of pdfmake as
 * nothing at all. Before layout, every text of the model has them replaced by a visible «�»
 * (src/text/font-coverage.ts); the loader has already warned, naming the string
 * (`text-missing-glyph`). Only for the built-in font: a caller's own fonts draw what they draw.
 * The model is not changed; a copy is made only where something is replaced.
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

function row(r: TableRow): TableRow {
  return { ...r, cells: r.cells.map((c) => ({ ...c, blocks: c.blocks.map(paragraph) })) };
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
    case 'table':
      return { ...b, head: b.head.map(row), rows: b.rows.map(row) };
    case 'approval-stamp':
      return { ...b, word: text(b.word), lines: b.lines.map(runs) };
    case 'appendix-mark':
      return { ...b, lines: b.lines.map(runs) };
    case 'signature':
      return { ...b, entries: b.entries.map(signatureEntry) };
    case 'executor-mark':
      return { ...b, lines: b.lines.map(text) };
    case 'page-break':
    case 'spacer':
    // Data, not printed text: the code encodes any character.
    case 'qr-code':
      return b;
  }
}

/** The model with every character the built-in PDF font lacks replaced by «�». */
export function withMissingGlyphsSubstituted(model: DocumentModel): DocumentModel {
  return { ...model, sections: model.sections.map((s) => ({ ...s, blocks: s.blocks.map(block) })) };
}
