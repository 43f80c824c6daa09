/**
 * Rich text of the roadmap (paragraphs, bullet lists, emphasis, links) → IR paragraphs.
 *
 *   [{type: 'paragraph', content: [{type: 'text', text: 'см. '}, {type: 'text', text: 'сайт', link: 'https://…'}]},
 *    {type: 'list', items: [[{type: 'text', text: 'приказ …'}]]}]
 * becomes
 *   [{type: 'paragraph', style, runs: [{text: 'см. '}, {text: 'сайт', link: 'https://…'}]},
 *    {type: 'paragraph', style, bullet: true, runs: [{text: 'приказ …'}]}]
 */
import type { Align, Paragraph, ParagraphStyleName, Run } from '../model/document.js';
import type { Inline, RichText } from '../model/roadmap.js';

/** Inline content → runs; a line break becomes `breakBefore` on the following run. */
export function inlinesToRuns(inlines: readonly Inline[]): Run[] {
  const runs: Run[] = [];
  let pendingBreak = false;
  for (const inline of inlines) {
    if (inline.type === 'break') {
      if (pendingBreak) runs.push({ text: '', breakBefore: true });
      pendingBreak = true;
      continue;
    }
    const run: Run = { text: inline.text };
    if (inline.bold) run.bold = true;
    if (inline.italic) run.italic = true;
    if (inline.link) run.link = inline.link;
    if (pendingBreak) run.breakBefore = true;
    pendingBreak = false;
    runs.push(run);
  }
  if (pendingBreak) runs.push({ text: '', breakBefore: true });
  return runs;
}

export interface ParagraphOptions {
  align?: Align;
  bold?: boolean;
  level?: number;
}

function paragraph(style: ParagraphStyleName, runs: Run[], options: ParagraphOptions = {}): Paragraph {
  const p: Paragraph = { type: 'paragraph', style, runs };
  if (options.align) p.align = options.align;
  if (options.bold) p.bold = true;
  if (options.level !== undefined) p.level = options.level;
  return p;
}

/** Rich text → paragraphs of one style; bullet items become bullet paragraphs. */
export function richToParagraphs(
  text: RichText | undefined,
  style: ParagraphStyleName,
  options: ParagraphOptions = {},
): Paragraph[] {
  const out: Paragraph[] = [];
  for (const block of text ?? []) {
    if (block.type === 'paragraph') {
      out.push(paragraph(style, inlinesToRuns(block.content), options));
    } else {
      for (const item of block.items) {
        const p = paragraph(style, inlinesToRuns(item), options);
        p.bullet = true;
        out.push(p);
      }
    }
  }
  return out;
}

/** Plain text → one paragraph; each newline becomes a line break. */
export function textParagraph(text: string, style: ParagraphStyleName, options: ParagraphOptions = {}): Paragraph {
  return paragraph(style, textRuns(text), options);
}

/** Plain text → runs, a newline starting a new line. */
export function textRuns(text: string, base: Omit<Run, 'text'> = {}): Run[] {
  return text.split('\n').map((line, i) => (i === 0 ? { ...base, text: line } : { ...base, text: line, breakBefore: true }));
}

/** A cell never is empty in the IR: an empty paragraph stands for no content. */
export function orEmpty(paragraphs: Paragraph[], style: ParagraphStyleName, options: ParagraphOptions = {}): Paragraph[] {
  return paragraphs.length > 0 ? paragraphs : [paragraph(style, [{ text: '' }], options)];
}

/** The text of rich text without formatting, paragraphs and lines joined by a space. */
export function plainText(text: RichText | undefined): string {
  const parts: string[] = [];
  for (const block of text ?? []) {
    const lines = block.type === 'paragraph' ? [block.content] : block.items;
    for (const line of lines) {
      parts.push(line.map((i) => (i.type === 'text' ? i.text : ' ')).join(''));
    }
  }
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** Rich text with every text span passed through `fn` (placeholders, typography). */
export function mapSpans(text: RichText, fn: (s: string) => string): RichText {
  const mapInlines = (inlines: Inline[]): Inline[] =>
    inlines.map((i) => (i.type === 'text' ? { ...i, text: fn(i.text) } : i));
  return text.map((block) =>
    block.type === 'paragraph'
      ? { ...block, content: mapInlines(block.content) }
      : { ...block, items: block.items.map(mapInlines) },
  );
}
