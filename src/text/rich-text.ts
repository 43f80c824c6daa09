/**
 * The rich-text subset of `RichTextInput` (src/model/roadmap-input.ts):
 * - a blank line starts a new paragraph;
 * - a line starting with «- », «• », «– », «— », or «-» directly followed by a letter or a quote
 *   («-приказ …», as in the seeds) is a bullet item; consecutive items form one list;
 *   an indented line right after an item continues it (as a line break); a non-indented plain
 *   line after a list starts a new paragraph;
 * - a single newline inside a paragraph is a line break;
 * - inline `*emphasis*`, `**bold**`, `[text](url)`, bare http(s):// links (see rich-inline.ts);
 * - a backslash escapes markup characters («\*», «\[», «\\», «\-» at a line start …);
 * - whitespace runs inside a line fold to one space; lines and the whole text are trimmed.
 */
import type { Inline, RichBlock, RichText } from '../model/roadmap.js';
import { parseInline } from './rich-inline.js';

export { isAllowedLinkTarget, parseInline } from './rich-inline.js';

const BULLET = /^(?:[-–—•][ \t\u00a0]+|•|-(?=[\p{L}«"„“'(]))/u;

function foldLine(line: string): string {
  return line.replace(/[ \t]+/g, ' ').trim();
}

function joinLines(lines: string[]): Inline[] {
  const out: Inline[] = [];
  for (const line of lines) {
    const inl = parseInline(line);
    if (inl.length === 0) continue;
    if (out.length > 0) out.push({ type: 'break' });
    out.push(...inl);
  }
  return out;
}

/**
 * Text that is one plain paragraph as it stands: no line break, no markup character, no link,
 * no whitespace to fold or trim, no bullet at the start. Most cells of a plan are such text.
 */
const NOT_PLAIN = /[\n\r\t\\[*]| {2}|https?:\/\/|mailto:/i;
const BULLET_START = /^[-–—•]/;

/** Whether `src` is one plain paragraph as it stands (then `parseRichText` needs no parsing). */
export function isPlainText(src: string): boolean {
  return src !== '' && !NOT_PLAIN.test(src) && !BULLET_START.test(src) && src.trim() === src;
}

/** Parses rich text written in the Markdown subset above. */
export function parseRichText(src: string): RichText {
  if (isPlainText(src)) return [{ type: 'paragraph', content: [{ type: 'text', text: src }] }];
  return parseRichTextBlocks(src);
}

/** The general parser (`parseRichText` takes a shortcut for plain text; tests compare the two). */
export function parseRichTextBlocks(src: string): RichText {
  const blocks: RichBlock[] = [];
  let para: string[] = [];
  let items: string[][] | undefined;

  const flushPara = (): void => {
    const content = joinLines(para);
    if (content.length > 0) blocks.push({ type: 'paragraph', content });
    para = [];
  };
  const flushList = (): void => {
    if (items) {
      const parsed = items.map(joinLines).filter((i) => i.length > 0);
      if (parsed.length > 0) blocks.push({ type: 'list', items: parsed });
    }
    items = undefined;
  };

  for (const raw of src.replace(/\r\n?/g, '\n').split('\n')) {
    const line = foldLine(raw);
    if (line === '') {
      flushPara();
      flushList();
      continue;
    }
    const bullet = BULLET.exec(line);
    if (bullet) {
      flushPara();
      items ??= [];
      items.push([line.slice(bullet[0].length).trim()]);
      continue;
    }
    const lastItem = items?.[items.length - 1];
    if (lastItem && /^[ \t\u00a0]/.test(raw)) {
      lastItem.push(line);
      continue;
    }
    flushList();
    para.push(line);
  }
  flushPara();
  flushList();
  return blocks;
}

function inlineToPlain(content: Inline[]): string {
  return content.map((i) => (i.type === 'break' ? '\n' : i.text)).join('');
}

/** Plain text of rich text: paragraphs joined by "\n", list items as «- item», breaks as "\n". */
export function richTextToPlain(rt: RichText): string {
  return rt
    .map((b) => (b.type === 'paragraph' ? inlineToPlain(b.content) : b.items.map((i) => `- ${inlineToPlain(i)}`).join('\n')))
    .join('\n');
}
