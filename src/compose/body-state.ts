/**
 * The state of the one block composer (body.ts) while it composes a document: the sections made
 * so far and the one blocks go into, the counters that run through the document (tables,
 * formulas) or through one part of it (numbered headings: the main text, each appendix), the
 * plans placed. Parts and blocks add to it through `push` and `openSection`; text goes through
 * `textParagraphs`, which resolves appendix references. (Footnote markers are read once the whole
 * document is composed, wherever its text stands: footnotes.ts.)
 */
import type { Block, Paragraph, ParagraphStyleName, Section } from '../model/document.js';
import type { PartName } from '../model/roadmap-input.js';
import type { BodyBlock, PartBlock, Plan, RichText } from '../model/roadmap.js';
import type { AppendixEntry } from '../model/appendices.js';
import { resolveAppendixRefs } from './appendix-refs.js';
import type { ComposeContext } from './context.js';
import { richToParagraphs, type ParagraphOptions } from './rich-text.js';

export interface BodyComposer {
  readonly ctx: ComposeContext;
  readonly sections: Section[];
  /** The section blocks go into. */
  section: Section;
  /** The section holds only marks and stamps so far: a plan placed now starts on its page. */
  fresh: boolean;
  /** «Таблица N» and formula «(N)» numbers, through the whole document. */
  counters: { table: number; formula: number };
  /** Numbers of the numbered headings by level, in the current part (the main text, an appendix). */
  headings: number[];
  /** Plans placed so far. */
  readonly placed: Set<Plan>;
  /** Approval stamps printed already (an appendix's mark is its plan's stamp: not printed twice). */
  readonly stamps: Set<object>;
  /** The arrangement of the main document: its parts decide where some things go. */
  readonly arrangement: readonly BodyBlock[];
  /** A letter's appendix sheets as measured by `render` (compose options). */
  readonly appendixSheets?: number;
  /** The preamble's last paragraph, which the operative word may end. */
  preambleEnd?: Paragraph;
  /** The appendix being composed. */
  appendix?: AppendixEntry;
  /**
   * Space before the next paragraph, points, that a part asks for after itself (the gap between
   * a letter's salutation and its text, whatever block the text is written as).
   */
  gapAfter?: number;
}

/** Blocks that stand at the top of a page without starting its content. */
const HEAD_BLOCKS: ReadonlySet<Block['type']> = new Set(['approval-stamp', 'appendix-mark', 'qr-code']);

export function createBodyComposer(
  ctx: ComposeContext,
  orientation: Section['orientation'],
  arrangement: readonly BodyBlock[],
  appendixSheets?: number,
): BodyComposer {
  const section: Section = { orientation, blocks: [] };
  const c: BodyComposer = {
    ctx,
    sections: [section],
    section,
    fresh: true,
    counters: { table: 0, formula: 0 },
    headings: [],
    placed: new Set(),
    stamps: new Set(),
    arrangement,
  };
  if (appendixSheets !== undefined) (c as { appendixSheets?: number }).appendixSheets = appendixSheets;
  return c;
}

/**
 * Add blocks to the current section. `head`: they belong to the top of the page (an appendix's
 * title under its mark) and leave it fresh for a plan.
 */
export function push(c: BodyComposer, blocks: readonly Block[], options: { head?: boolean } = {}): void {
  if (blocks.length === 0) return;
  const first = blocks[0]!;
  if (c.gapAfter !== undefined && first.type === 'paragraph' && first.spaceBefore === undefined) first.spaceBefore = c.gapAfter;
  delete c.gapAfter;
  c.section.blocks.push(...blocks);
  if (!options.head && blocks.some((b) => !HEAD_BLOCKS.has(b.type))) c.fresh = false;
}

/**
 * Blocks from here on go into a new section (a new page) of this orientation. An empty section
 * is turned instead.
 */
export function openSection(c: BodyComposer, orientation: Section['orientation']): void {
  c.fresh = true;
  if (c.section.blocks.length === 0) {
    c.section.orientation = orientation;
    return;
  }
  const section: Section = { orientation, blocks: [] };
  c.sections.push(section);
  c.section = section;
}

/** Rich text → paragraphs of one style, with appendix references resolved («(приложение № 2)»). */
export function textParagraphs(
  c: BodyComposer,
  text: RichText | undefined,
  style: ParagraphStyleName,
  options: ParagraphOptions = {},
): Paragraph[] {
  const resolved = text && resolveAppendixRefs(c.ctx, text);
  return richToParagraphs(resolved, style, options);
}

/** A preset part: composes into the body composer, with the part's options from the YAML. */
export type PartComposer = (c: BodyComposer, part: PartBlock) => void;

/** The parts one kind composes, by name (the names each kind has: src/model/document-parts.ts). */
export type PartTable = Partial<Record<PartName, PartComposer>>;
