/**
 * Every printed text of a document model, mapped by one function: the writers' way to change
 * what they print without changing the model (glyphs the PDF font lacks, pdf/glyph-substitute.ts;
 * bidi controls, left out by both writers; the no-break spaces of Russian typesetting). A copy is made only where something changes
 * (tables, rows and cells without a change are the model's own). The QR code's text is data, not
 * print: it is left as it is, and so is `meta`.
 */
import type { Block, DocumentModel, Paragraph, Run, SignatureEntry, TableRow } from '../model/document.js';
import { mapped } from '../model/mapped.js';
import { GOST_THEME, type Theme } from '../model/theme.js';
import { withoutBidiControls } from '../text/bidi-controls.js';
import { tieRussianSpaces } from '../text/russian-spacing.js';

type TextMap = (s: string) => string;

class ModelText {
  constructor(private readonly text: TextMap) {}

  runs(list: Run[]): Run[] {
    return mapped(list, (r) => {
      const t = this.text(r.text);
      return t === r.text ? r : { ...r, text: t };
    });
  }

  strings(list: string[]): string[] {
    return mapped(list, this.text);
  }

  paragraph(p: Paragraph): Paragraph {
    const r = this.runs(p.runs);
    return r === p.runs ? p : { ...p, runs: r };
  }

  row(r: TableRow): TableRow {
    const cells = mapped(r.cells, (c) => {
      const blocks = mapped(c.blocks, (p) => this.paragraph(p));
      return blocks === c.blocks ? c : { ...c, blocks };
    });
    return cells === r.cells ? r : { ...r, cells };
  }

  signatureEntry(e: SignatureEntry): SignatureEntry {
    const position = this.strings(e.position);
    const name = this.text(e.name);
    const lines = e.esignature ? this.strings(e.esignature.lines) : undefined;
    if (position === e.position && name === e.name && lines === e.esignature?.lines) return e;
    return { ...e, position, name, ...(e.esignature ? { esignature: { ...e.esignature, lines: lines! } } : {}) };
  }

  block(b: Block): Block {
    switch (b.type) {
      case 'paragraph':
        return this.paragraph(b);
      case 'split-line': {
        const left = this.runs(b.left);
        const right = this.runs(b.right);
        return left === b.left && right === b.right ? b : { ...b, left, right };
      }
      case 'table': {
        const head = mapped(b.head, (r) => this.row(r));
        const rows = mapped(b.rows, (r) => this.row(r));
        return head === b.head && rows === b.rows ? b : { ...b, head, rows };
      }
      case 'approval-stamp': {
        const word = this.text(b.word);
        const lines = mapped(b.lines, (l) => this.runs(l));
        const label = b.label === undefined ? undefined : this.text(b.label);
        return word === b.word && lines === b.lines && label === b.label ? b : { ...b, word, lines, ...(label !== undefined ? { label } : {}) };
      }
      case 'appendix-mark': {
        const lines = mapped(b.lines, (l) => this.runs(l));
        return lines === b.lines ? b : { ...b, lines };
      }
      case 'signature': {
        const entries = mapped(b.entries, (e) => this.signatureEntry(e));
        return entries === b.entries ? b : { ...b, entries };
      }
      case 'executor-mark': {
        const lines = this.strings(b.lines);
        return lines === b.lines ? b : { ...b, lines };
      }
      case 'formula': {
        const runs = this.runs(b.runs);
        const number = b.number === undefined ? undefined : this.text(b.number);
        return runs === b.runs && number === b.number ? b : { ...b, runs, ...(number !== undefined ? { number } : {}) };
      }
      case 'page-break':
      case 'spacer':
      // Data, not printed text: the code encodes any character.
      case 'qr-code':
        return b;
    }
  }
}

/** The model with every printed text mapped by `text` (the same model when nothing changes). */
export function mapModelText(model: DocumentModel, text: TextMap): DocumentModel {
  const m = new ModelText(text);
  const sections = mapped(model.sections, (s) => {
    const blocks = mapped(s.blocks, (b) => m.block(b));
    return blocks === s.blocks ? s : { ...s, blocks };
  });
  const footnotes = model.footnotes && mapped(model.footnotes, (n) => {
    const paragraphs = mapped(n.paragraphs, (p) => m.paragraph(p));
    return paragraphs === n.paragraphs ? n : { ...n, paragraphs };
  });
  if (sections === model.sections && footnotes === model.footnotes) return model;
  return footnotes ? { ...model, sections, footnotes } : { ...model, sections };
}

/**
 * The model as both writers print it: without bidi controls (src/text/bidi-controls.ts), and,
 * when the theme says so (`typography.nonBreakingSpaces`, on by default), with the no-break
 * spaces Russian typesetting requires (src/text/russian-spacing.ts). The model itself (what the
 * YAML says) is not changed.
 */
export function printedModel(model: DocumentModel, theme: Pick<Theme, 'typography'> = GOST_THEME): DocumentModel {
  return mapModelText(model, theme.typography.nonBreakingSpaces ? (s) => tieRussianSpaces(withoutBidiControls(s)) : withoutBidiControls);
}
