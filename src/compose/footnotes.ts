/**
 * Footnotes: `[^key]` in any text of the document refers to the note `key` of
 * `document.footnotes` (or of `passport.footnotes`, as before). Once the document is composed,
 * every run of the model is read for markers (`applyFootnotes`): titles, headings, paragraphs,
 * list items, points, table captions, headers and cells (plans, indicators, generic tables),
 * formula lines, stamps and marks, the letterhead, in the main document and its appendices —
 * whatever part, block or template put the text there. So a marker works wherever its
 * text is printed, and the notes are numbered in the order the document reads.
 *
 * A marker becomes a reference run: the note's mark (template `footnote-marker`, «1»), raised.
 * Numbers go by first reference, through the whole document; a second reference to the same
 * note repeats its mark (Word's cross-reference to a footnote) and the note is printed once, at
 * the foot of the page of its first reference (the writers place it: DOCX as a Word footnote,
 * PDF at the foot of that page).
 *
 *   text: «… не менее 70 %[^fioco].», footnotes: {fioco: по данным ФИОКО}
 *   → runs [«… не менее 70 %», {text: «1», superscript, footnote: {id: 1}}, «.»]
 *     and the model's footnotes [{id: 1, mark: «1», auto: true, paragraphs: [«по данным ФИОКО»]}]
 *
 * A marker with no note stays as written (lint rule footnote-unknown); a note no marker refers
 * to is not printed (footnote-unused). Texts that are not runs in the model (signature lines,
 * the executor mark) keep markers as written (footnote-misplaced).
 */
import type { Block, Footnote, Paragraph, Run, Section, TableRow } from '../model/document.js';
import { mapped } from '../model/mapped.js';
import { FOOTNOTE_MARKER } from '../text/placeholders.js';
import { parseRichText } from '../text/rich-text.js';
import type { ComposeContext } from './context.js';
import { kindText } from './kind-wording.js';
import { orEmpty, richToParagraphs } from './rich-text.js';

/**
 * Replaces the markers in every run of `sections` by reference runs (the sections get the new
 * blocks; blocks without markers are kept) and returns the notes they refer to, numbered in
 * document order; undefined when nothing refers to a note.
 */
export function applyFootnotes(ctx: ComposeContext, sections: Section[]): Footnote[] | undefined {
  // Loading merges `passport.footnotes` into `document.footnotes`; a roadmap made in code may have only the former.
  const notes = ctx.roadmap.document.footnotes ?? ctx.roadmap.document.passport?.footnotes;
  if (!notes || Object.keys(notes).length === 0) return undefined;
  const byKey = new Map<string, Footnote>();
  const footnotes: Footnote[] = [];

  const noteOf = (key: string): Footnote => {
    let note = byKey.get(key);
    if (!note) {
      const id = footnotes.length + 1;
      const mark = kindText(ctx, 'footnote-marker', { no: id }).trim();
      const text = kindText(ctx, 'footnote-note', { no: id, text: notes[key]! });
      note = { id, mark, auto: mark === String(id), paragraphs: orEmpty(richToParagraphs(parseRichText(text), 'footnote'), 'footnote') };
      byKey.set(key, note);
      footnotes.push(note);
    }
    return note;
  };

  const split = (run: Run): Run[] => {
    if (!run.text.includes('[^') || run.field || run.footnote) return [run];
    const out: Run[] = [];
    let last = 0;
    const { breakBefore: _, link: __, ...base } = run;
    for (const m of run.text.matchAll(FOOTNOTE_MARKER)) {
      const key = m[1]!;
      if (!Object.hasOwn(notes, key)) continue;
      const seen = byKey.has(key);
      const note = noteOf(key);
      const before = run.text.slice(last, m.index);
      // The first piece keeps the run's line break (an empty one only carries it).
      if (before || (out.length === 0 && run.breakBefore)) out.push({ ...run, text: before });
      const reference: Run = { ...base, text: note.mark, superscript: true, footnote: seen ? { id: note.id, repeat: true } : { id: note.id } };
      if (out.length === 0 && run.breakBefore) reference.breakBefore = true;
      out.push(reference);
      last = m.index + m[0].length;
    }
    if (out.length === 0) return [run];
    const rest = run.text.slice(last);
    if (rest) out.push({ ...(run.link ? { ...base, link: run.link } : base), text: rest });
    return out;
  };
  // A copy is made of whatever holds a marker (the model may share a cell or a paragraph
  // between two places, and each place needs its own reference).
  const runs = (list: Run[]): Run[] => (list.some((r) => r.text.includes('[^') && !r.footnote) ? list.flatMap(split) : list);
  const paragraph = (p: Paragraph): Paragraph => {
    const r = runs(p.runs);
    return r === p.runs ? p : { ...p, runs: r };
  };
  const row = (r: TableRow): TableRow => {
    const cells = mapped(r.cells, (c) => {
      const blocks = mapped(c.blocks, paragraph);
      return blocks === c.blocks ? c : { ...c, blocks };
    });
    return cells === r.cells ? r : { ...r, cells };
  };
  const block = (b: Block): Block => {
    switch (b.type) {
      case 'paragraph':
        return paragraph(b);
      case 'split-line': {
        const left = runs(b.left);
        const right = runs(b.right);
        return left === b.left && right === b.right ? b : { ...b, left, right };
      }
      case 'table': {
        const head = mapped(b.head, row);
        const rows = mapped(b.rows, row);
        return head === b.head && rows === b.rows ? b : { ...b, head, rows };
      }
      case 'formula': {
        const r = runs(b.runs);
        return r === b.runs ? b : { ...b, runs: r };
      }
      case 'approval-stamp':
      case 'appendix-mark': {
        const lines = mapped(b.lines, runs);
        return lines === b.lines ? b : { ...b, lines };
      }
      // Their texts are not runs: markers there stay as written (lint rule footnote-misplaced).
      case 'signature':
      case 'executor-mark':
      case 'qr-code':
      case 'page-break':
      case 'spacer':
        return b;
      default:
        return assertNever(b);
    }
  };
  for (const section of sections) section.blocks = mapped(section.blocks, block);
  return footnotes.length > 0 ? footnotes : undefined;
}

function assertNever(x: never): never {
  throw new Error(`Unknown block type: ${JSON.stringify(x)}`);
}
