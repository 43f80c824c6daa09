/**
 * Footnotes at the foot of the page, which pdfmake does not have. A reference run carries its
 * note's id (`FOOTNOTE_REFERENCE`, on the first reference to a note) into the laid-out lines, so
 * after a layout the page each note is first referred to on is known (a reference in a repeated
 * table header is on every page: the first counts). Each page then needs room at its foot: a
 * short separator line and its notes in the theme's `footnote` style. The layout is repeated with
 * that much of each page's text area reserved (pdfmake.ts: the page's available height is
 * reduced when it starts), until the reserves are what the pages need: body text never reaches
 * the notes. The notes are then drawn at the foot of their pages.
 *
 * A page's notes take at most `theme.footnotes.maxShare` of its text area; the lines past that
 * continue at the foot of the next page (under a full-width separator, as Word's continuation
 * separator), and after the last page on pages of their own. A note that does not fit where its
 * reference is pushes the reference's line to the next page with it, as in Word: the reserve of
 * a page whose reference moved away stays (the room that line would have needed).
 *
 * Settling the reserves ends. Page `p`'s layout depends only on the reserves of pages up to `p`
 * (and on the page breaks the keep rules and the unbreakable guard add, which are finitely many
 * and only ever added). The first page whose need differs from its reserve gets a new reserve
 * (its need), and every later page the need just seen (a guess: they are laid out anew). A guess
 * found too large is lowered once; from then on the page's reserve only grows, and a confirmed
 * reserve larger than the need is kept. A page's need is the height of some run of note lines
 * (capped), so its reserve takes finitely many values and grows finitely often, after which the
 * page is settled and the next page is. So the vector of reserves grows in lexicographic order
 * through a finite set: the layout is repeated finitely often (in practice once or twice).
 */
import type { Footnote, Paragraph, Run } from '../../model/document.js';
import type { Theme } from '../../model/theme.js';
import type { FontMetrics } from '../measure.js';
import { layoutLines, lineHeightOf, type Token } from '../text-height.js';
import { mmToPt } from '../units.js';
import type { PdfContext } from './context.js';
import { KeepRules } from './keep.js';
import { PIECES } from './measure-pieces.js';
import { paragraphToPdf } from './paragraph.js';
import type { PdfNode } from './pdfmake.js';
import { pdfLines } from './runs.js';

/** The property of a text piece (and of its laid-out inlines) that is a note's first reference: the note's id. */
export const FOOTNOTE_REFERENCE = '_plangrafFootnote';

/** The PDF destination of a note (its references link to it). */
export const footnoteDestination = (id: number): string => `plangraf-footnote-${id}`;

/** Points kept between the notes and the bottom margin (a block ending exactly on a page's end moves). */
const SLACK = 1;
/** Reserves within this many points are equal. */
const EPSILON = 0.01;

/** A laid-out page, as far as footnotes need to know it. */
export interface NotePage {
  items: Array<{ type: string; item: { inlines?: Array<Record<string, unknown>>; y?: number; getHeight?(): number } }>;
  pageSize: { width: number; height: number };
  pageMargins: { left: number; top: number; right: number; bottom: number };
}

/** One line of a note at a width. */
interface NoteLine {
  note: Footnote;
  /** The paragraph (of the printed note) and the line's index in it. */
  paragraph: Paragraph;
  index: number;
  lines: Token[][];
  height: number;
}

/** What one page prints at its foot. */
interface Area {
  lines: NoteLine[];
  /** It starts with the continuation of a note from the page before. */
  continued: boolean;
  /** Points from the separator's top to the last line's bottom (0: nothing). */
  height: number;
}

/** The geometry of a page: its text width and height, and where its text area ends. */
interface Geometry {
  width: number;
  innerHeight: number;
  left: number;
  bottom: number;
}

const geometryOf = (page: NotePage): Geometry => ({
  width: page.pageSize.width - page.pageMargins.left - page.pageMargins.right,
  innerHeight: page.pageSize.height - page.pageMargins.top - page.pageMargins.bottom,
  left: page.pageMargins.left,
  bottom: page.pageSize.height - page.pageMargins.bottom,
});

/** Drawing the notes of one page: a node placed (as pdfmake places headers) at `x`, `y` in a box `width` × `height`. */
export interface NoteDrawing {
  page: number;
  node: PdfNode;
  x: number;
  y: number;
  width: number;
  height: number;
}

export class PageFootnotes {
  /** Reserved points at the foot of each page (by page index). */
  private reserve: number[] = [];
  /** Whether a page's reserve was set from a layout with the same pages before it. */
  private confirmed: boolean[] = [];
  /** Pages of notes only, after the last page. */
  private extra = 0;
  /** The areas of the last layout, by page index (extra pages included). */
  private areas: Area[] = [];
  /** The printed form of each note (its mark before its text) and its lines at each width. */
  private readonly printed = new Map<number, Paragraph[]>();
  private readonly linesAt = new Map<string, NoteLine[]>();
  private readonly keep = new KeepRules();

  constructor(
    private readonly notes: readonly Footnote[],
    private readonly theme: Theme,
    private readonly metrics: FontMetrics,
  ) {}

  /** Room reserved at the foot of page `index` (0 for a page without notes). */
  reserveOf(index: number): number {
    return this.reserve[index] ?? 0;
  }

  /** Pages to add after the last one for notes that run past it. */
  get extraPages(): number {
    return this.extra;
  }

  /**
   * Takes a layout's pages (`extra` of them added for notes only), works out what each page's
   * notes need, and updates the reserves. True when they changed: lay the document out again.
   */
  settle(pages: readonly NotePage[]): boolean {
    const content = Math.max(0, pages.length - this.extra);
    // Where each note is first referred to: the page, and the bottom of the line there.
    const firstAt = new Map<number, { page: number; bottom: number }>();
    pages.forEach((page, index) => {
      for (const it of page.items) {
        if (it.type !== 'line' || !it.item.inlines) continue;
        for (const inline of it.item.inlines) {
          const id = inline[FOOTNOTE_REFERENCE];
          if (typeof id !== 'number') continue;
          const bottom = (it.item.y ?? 0) + (it.item.getHeight?.() ?? 0);
          const seen = firstAt.get(id);
          if (!seen || (seen.page === index && seen.bottom < bottom)) firstAt.set(id, { page: index, bottom });
        }
      }
    });
    // The notes by page, in their order (a note referred to nowhere laid out goes nowhere), and
    // the bottom of the page's last line that refers to one.
    const own: Footnote[][] = pages.map(() => []);
    const lastReference: number[] = [];
    for (const note of this.notes) {
      const at = firstAt.get(note.id);
      if (at === undefined) continue;
      const p = Math.min(at.page, content - 1);
      own[p]!.push(note);
      lastReference[p] = Math.max(lastReference[p] ?? 0, at.bottom);
    }
    const areas: Area[] = [];
    let carry: NoteLine[] = [];
    for (let p = 0; p < content || carry.length > 0; p++) {
      const page = pages[Math.min(p, pages.length - 1)]!;
      const g = geometryOf(page);
      const mine = (p < content ? own[p]! : []).flatMap((n) => this.noteLines(n, g.width));
      const lines = [...carry, ...mine];
      // Every note referred to here starts here: through the first line of the last one.
      const lastStart = mine.findLastIndex((l) => l.index === 0 && l.paragraph === this.printedOf(l.note)[0]);
      const cap = p < content ? g.innerHeight * this.theme.footnotes.maxShare : g.innerHeight;
      // What fits under the last reference; more pushes that line to the next page.
      const below = lastReference[p] === undefined ? cap : Math.min(cap, g.bottom - SLACK - lastReference[p]!);
      const area = this.fill(lines, carry.length > 0, below, lastStart < 0 ? 0 : carry.length + lastStart + 1, cap);
      carry = lines.slice(area.lines.length);
      areas.push(area);
    }
    this.areas = areas;
    const needed = areas.map((a) => (a.height > 0 ? a.height + SLACK : 0));
    const extra = Math.max(0, areas.length - content);
    for (let p = 0; p < content; p++) {
      const need = needed[p] ?? 0;
      const have = this.reserve[p] ?? 0;
      if (Math.abs(need - have) <= EPSILON) continue;
      if (need < have && this.confirmed[p]) continue;
      this.reserve[p] = need;
      this.confirmed[p] = true;
      for (let q = p + 1; q < content; q++) {
        this.reserve[q] = needed[q] ?? 0;
        this.confirmed[q] = false;
      }
      this.reserve.length = content;
      this.extra = extra;
      return true;
    }
    if (extra !== this.extra) {
      this.extra = extra;
      return true;
    }
    return false;
  }

  /**
   * The lines of a page's notes from `lines`: as many as `room` points hold, and at least the
   * first `must` (and one) as far as `cap` points allow.
   */
  private fill(lines: NoteLine[], continued: boolean, room: number, must: number, cap: number): Area {
    const f = this.theme.footnotes;
    const overhead = f.gapAbove + f.separatorWidth + f.gapBelow;
    let height = overhead;
    let taken = 0;
    for (const line of lines) {
      const gap = taken > 0 && line.index === 0 && line.paragraph === this.printedOf(line.note)[0] ? f.noteGap : 0;
      const next = height + gap + line.height;
      if (taken > 0 && next > (taken < must ? cap : room)) break;
      height = next;
      taken++;
    }
    return taken === 0 ? { lines: [], continued: false, height: 0 } : { lines: lines.slice(0, taken), continued, height };
  }

  /** The note as printed: its mark, raised, and a space before the text of its first paragraph. */
  private printedOf(note: Footnote): Paragraph[] {
    let out = this.printed.get(note.id);
    if (!out) {
      const mark: Run[] = [{ text: note.mark, superscript: true }, { text: ' ' }];
      out = note.paragraphs.map((p, i) => (i === 0 ? { ...p, runs: [...mark, ...p.runs] } : p));
      this.printed.set(note.id, out);
    }
    return out;
  }

  private noteLines(note: Footnote, width: number): NoteLine[] {
    const key = `${note.id}\u0000${width}`;
    let out = this.linesAt.get(key);
    if (!out) {
      out = [];
      for (const paragraph of this.printedOf(note)) {
        const lines = layoutLines(paragraph, this.lineWidth(paragraph, width), this.theme, this.metrics, false);
        const height = lineHeightOf(paragraph, this.theme, this.metrics);
        lines.forEach((_, index) => out!.push({ note, paragraph, index, lines, height }));
      }
      this.linesAt.set(key, out);
    }
    return out;
  }

  private lineWidth(p: Paragraph, width: number): number {
    const left = p.level ? mmToPt(p.level * this.theme.indent.level) : 0;
    return width - left - (p.bullet ? mmToPt(this.theme.indent.bullet) : 0);
  }

  /**
   * What to draw on each page once the reserves are settled: the separator and the lines of the
   * page's notes, at the foot of its text area. `pages`: the final layout's pages.
   */
  drawings(pages: readonly NotePage[]): NoteDrawing[] {
    const f = this.theme.footnotes;
    const out: NoteDrawing[] = [];
    this.areas.forEach((area, index) => {
      if (area.lines.length === 0) return;
      const page = pages[Math.min(index, pages.length - 1)]!;
      const g = geometryOf(page);
      const top = g.bottom - SLACK - area.height;
      // A continuation runs under a full-width line (Word's continuation separator).
      const length = area.continued ? g.width : Math.min(g.width, mmToPt(f.separatorLength));
      const y = f.separatorWidth / 2;
      out.push({
        page: index,
        node: { canvas: [{ type: 'line', x1: 0, y1: y, x2: length, y2: y, lineWidth: f.separatorWidth, lineColor: '#000000' }] },
        x: g.left,
        y: top + f.gapAbove,
        width: g.width,
        height: f.separatorWidth,
      });
      out.push({
        page: index,
        node: { stack: this.textNodes(area, g.width) },
        x: g.left,
        y: top + f.gapAbove + f.separatorWidth + f.gapBelow,
        width: g.width,
        height: area.height - (f.gapAbove + f.separatorWidth + f.gapBelow),
      });
    });
    return out;
  }

  /** The area's lines as text nodes: a paragraph wholly on the page as itself, a part of one as its lines. */
  private textNodes(area: Area, width: number): PdfNode[] {
    const nodes: PdfNode[] = [];
    const ctx: PdfContext = {
      theme: this.theme,
      metrics: this.metrics,
      width,
      page: { width: 0, height: 0, margins: { top: 0, right: 0, bottom: 0, left: 0 } },
      keep: this.keep,
      prebreak: true,
    };
    let i = 0;
    while (i < area.lines.length) {
      const first = area.lines[i]!;
      let j = i + 1;
      while (j < area.lines.length && area.lines[j]!.paragraph === first.paragraph) j++;
      const part = area.lines.slice(i, j);
      const whole = first.index === 0 && part.length === first.lines.length;
      const p = first.paragraph;
      const node: PdfNode = whole
        ? paragraphToPdf({ ...p, spaceBefore: 0 }, { ...ctx, width: width })
        : this.linesNode(p, part.map((l) => l.lines[l.index]!), first.index > 0);
      const startsNote = first.index === 0 && p === this.printedOf(first.note)[0];
      if (startsNote && i > 0) node.marginTop = this.theme.footnotes.noteGap;
      if (startsNote) node.id = footnoteDestination(first.note.id);
      nodes.push(node);
      i = j;
    }
    return nodes;
  }

  /** Some lines of a paragraph, as they were broken (a paragraph split between two pages). */
  private linesNode(p: Paragraph, lines: Token[][], continued: boolean): PdfNode {
    const style = this.theme.styles[p.style];
    const pieces = pdfLines(lines, p.bold !== undefined ? { bold: p.bold } : {});
    const node: PdfNode = { text: (pieces[0]?.text as string | undefined) || ' ', [PIECES]: pieces, style: p.style };
    // Only the paragraph's first line takes the first-line indent; a justified paragraph's part prints ragged.
    if (continued || !style.firstLineIndent) node.leadingIndent = 0;
    node.alignment = (p.align ?? style.align) === 'justify' ? 'left' : (p.align ?? style.align);
    if (p.level || p.bullet) node.marginLeft = (p.level ? mmToPt(p.level * this.theme.indent.level) : 0) + (p.bullet ? mmToPt(this.theme.indent.bullet) : 0);
    return node;
  }
}
