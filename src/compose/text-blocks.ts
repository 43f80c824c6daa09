/**
 * The text blocks of the open body: headings, paragraphs and lists.
 *
 *   {heading: Основные задачи Проекта:, level: 2}   → heading-2 paragraph, kept with the next block
 *   {heading: Цель, numbered: true} ×2, level 2 …  → «1. Цель», «1.1. …», «2. …»
 *   {heading: 'Цель Проекта:', text: создание …}    → one body paragraph: **Цель Проекта:** создание …
 *   {paragraph: Текст, indent: false}              → body-plain paragraph
 *   {list: [a, {text: b, items: [c]}], numbered: true} → «1. a», «2. b», «2.1. c» hanging in a marker column
 */
import type { Paragraph, Run } from '../model/document.js';
import type { HeadingBlock, ListBlock, ListItem, ParagraphBlock, RichText } from '../model/roadmap.js';
import type { SourceLocation } from '../model/source.js';
import { push, textParagraphs, type BodyComposer } from './body-state.js';
import { orEmpty } from './rich-text.js';

export function composeHeadingBlock(c: BodyComposer, b: HeadingBlock): void {
  if (b.inline) {
    push(c, inlineHeading(c, b.text, b.inline, b.loc, b.align));
    return;
  }
  const style = `heading-${b.level}` as const;
  const options = b.align ? { align: b.align } : {};
  const paragraphs = orEmpty(textParagraphs(c, b.text, style, options), style, options);
  if (b.numbered) paragraphs[0]!.runs = [{ text: `${headingNumber(c, b.level)} ` }, ...paragraphs[0]!.runs];
  for (const p of paragraphs) p.keepWithNext = true;
  push(c, paragraphs);
}

/**
 * «**Цель Проекта:** создание …»: the heading's text in bold, a space, then the text's first
 * paragraph (body style); the text's further paragraphs follow.
 */
export function inlineHeading(c: BodyComposer, heading: RichText, text: RichText, loc?: SourceLocation, align?: Paragraph['align']): Paragraph[] {
  const options = align ? { align } : {};
  const head = textParagraphs(c, heading, 'body', options).flatMap((p) => p.runs);
  const paragraphs = orEmpty(textParagraphs(c, text, 'body', options), 'body', options);
  const bold = head.map((r): Run => ({ ...r, bold: true }));
  paragraphs[0]!.runs = [...bold, ...(bold.length > 0 ? [{ text: ' ' }] : []), ...paragraphs[0]!.runs];
  return paragraphs;
}

/** «1.», «1.1.», «1.1.1.»: the heading counters of the current part, deeper levels restarting. */
function headingNumber(c: BodyComposer, level: number): string {
  const counters = c.headings;
  while (counters.length < level) counters.push(0);
  counters.length = level;
  counters[level - 1]!++;
  // A level-2 heading with no level-1 heading before it is numbered from its own level.
  const first = counters.findIndex((n) => n > 0);
  return `${counters.slice(first).join('.')}.`;
}

export function composeParagraphBlock(c: BodyComposer, b: ParagraphBlock): void {
  const style = b.indent ? 'body' : 'body-plain';
  push(c, textParagraphs(c, b.text, style, b.align ? { align: b.align } : {}));
}

export function composeListBlock(c: BodyComposer, b: ListBlock): void {
  push(c, listParagraphs(c, b, b.items, 0, ''));
}

function listParagraphs(c: BodyComposer, b: ListBlock, items: readonly ListItem[], depth: number, prefix: string): Paragraph[] {
  const out: Paragraph[] = [];
  items.forEach((item, i) => {
    const no = `${prefix}${i + 1}.`;
    const marker = b.numbered ? no : (b.marker ?? c.ctx.theme.bullet);
    const paragraphs = orEmpty(textParagraphs(c, item.text, 'body-plain', {}), 'body-plain');
    paragraphs.forEach((p, k) => {
      p.list = { marker: k === 0 ? marker : '', depth, numbered: b.numbered };
      delete p.bullet;
    });
    out.push(...paragraphs, ...listParagraphs(c, b, item.items, depth + 1, b.numbered ? no : ''));
  });
  return out;
}
