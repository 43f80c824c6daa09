/**
 * The text of a Word cell as a roadmap writes it: rich text (src/text/rich-text.ts: a blank line
 * between paragraphs, «- » before bullet items, `*italic*`, `**bold**`, `[text](https://…)`) for
 * tasks, results, information support and section titles; plain lines for numbers, deadlines,
 * executors, headers and extra columns.
 *
 *   paragraphs [«Участие в курсах:», bullet «– «Современный урок»»], a link «сайт» → https://x.ru
 *   → "Участие в курсах:\n- «Современный урок»\n\n[сайт](https://x.ru)"
 *
 * Bullets are Word's bulleted lists (`w:numPr` of a bullet format) and paragraphs that begin with
 * a dash or a bullet and a tab or space (as plangraf and people type them). Characters that the
 * subset reads as markup are escaped (`\*`, `\[`, `\\`, a leading `\-`). A paragraph with emphasis
 * or links is parsed back and compared: markup that would not read back the same (emphasis marks
 * that touch, rare in practice) is written as plain text instead, so the words are never changed.
 */
import { isAllowedLinkTarget, parseRichText } from '../text/rich-text.js';
import type { Inline } from '../model/roadmap.js';
import type { WordInline, WordParagraph } from './word-body.js';

/**
 * A paragraph that starts with a typed bullet: a dash or a bullet sign, then a tab or spaces;
 * or «-» right before a word, which the rich-text reader takes for a bullet too («-приказ …»).
 */
const TYPED_BULLET = /^[ \t\u00a0]*(?:[-–—•·▪●◦■□➢✓](?:[ \u00a0]*\t|[ \u00a0]+)|[•·▪●◦](?=\S)|-(?=[\p{L}«"„“'(]))/u;
/** What the rich-text reader takes for a bullet at the start of a line (src/text/rich-text.ts). */
const READ_AS_BULLET = /^(?:[-•][ \t\u00a0]+|•|-(?=[\p{L}«"„“'(]))/u;

export interface RichOptions {
  /** Leave bold out (a section row is bold as a whole). */
  noBold?: boolean;
  /** Leave out the first characters of the first line (a section's number, read apart). */
  skipChars?: number;
}

/** Rich text of a cell's paragraphs. */
export function cellRichText(paragraphs: readonly WordParagraph[], options: RichOptions = {}): string {
  const blocks: { bullet: boolean; text: string }[] = [];
  let skip = options.skipChars ?? 0;
  for (const p of paragraphs) {
    const { bullet, inlines } = bulletOf(p);
    const text = inlinesMarkdown(inlines, options, bullet, skip);
    if (cellLines([p]).length > 0) skip = 0;
    if (text === '') continue;
    blocks.push({ bullet, text });
  }
  let out = '';
  blocks.forEach((b, i) => {
    if (i > 0) out += b.bullet && blocks[i - 1]!.bullet ? '\n' : '\n\n';
    out += b.bullet ? `- ${b.text.replace(/\n/g, '\n  ')}` : b.text;
  });
  return out;
}

/** Plain lines of a cell: paragraphs and line breaks as '\n', tabs as spaces, list numbers kept. */
export function cellLines(paragraphs: readonly WordParagraph[]): string[] {
  const lines: string[] = [];
  for (const p of paragraphs) {
    let text = p.list?.kind === 'number' && p.list.label ? `${p.list.label} ` : p.list?.kind === 'bullet' ? '- ' : '';
    for (const i of p.inlines) text += i.type === 'text' ? i.text : i.type === 'tab' ? ' ' : '\n';
    for (const line of text.split('\n')) {
      const t = line.replace(/[ \t]+/g, ' ').trim();
      if (t !== '') lines.push(t);
    }
  }
  return lines;
}

/** Plain text of a cell: its lines joined by '\n'. */
export function cellPlainText(paragraphs: readonly WordParagraph[]): string {
  return cellLines(paragraphs).join('\n');
}

/** Whether a paragraph is a bullet item, and its inlines without a typed marker. */
function bulletOf(p: WordParagraph): { bullet: boolean; inlines: WordInline[] } {
  if (p.list?.kind === 'bullet') return { bullet: true, inlines: p.inlines };
  const inlines = p.list?.kind === 'number' && p.list.label ? [{ type: 'text', text: `${p.list.label} ` } as WordInline, ...p.inlines] : p.inlines;
  let lead = '';
  let n = 0;
  // The marker may be split over runs («–» and a tab): look at the start as plain text.
  for (; n < inlines.length && lead.length < 8; n++) {
    const i = inlines[n]!;
    if (i.type === 'break') break;
    lead += i.type === 'text' ? i.text : '\t';
  }
  const m = TYPED_BULLET.exec(lead);
  if (!m) return { bullet: false, inlines };
  return { bullet: true, inlines: dropChars(inlines, m[0].length) };
}

/** The inlines without their first `count` characters (a tab counts one). */
function dropChars(inlines: readonly WordInline[], count: number): WordInline[] {
  const out: WordInline[] = [];
  let rest = count;
  for (const i of inlines) {
    if (rest <= 0) {
      out.push(i);
    } else if (i.type === 'text') {
      if (i.text.length <= rest) rest -= i.text.length;
      else {
        out.push({ ...i, text: i.text.slice(rest) });
        rest = 0;
      }
    } else {
      rest -= 1;
    }
  }
  return out;
}

// ───── inline markdown ─────

interface Span {
  text: string;
  bold: boolean;
  italic: boolean;
  link?: string;
}

/** One paragraph's inlines as lines of markup ('\n' between lines). */
function inlinesMarkdown(inlines: readonly WordInline[], options: RichOptions, bullet: boolean, skip: number): string {
  const lines: Span[][] = [[]];
  for (const i of inlines) {
    if (i.type === 'break') lines.push([]);
    else {
      const text = i.type === 'tab' ? ' ' : i.text;
      // A target as the subset reads it (no spaces or parentheses), if it is one it links to.
      const target = i.type === 'text' && i.link !== undefined ? encodeTarget(i.link) : undefined;
      const link = target !== undefined && isAllowedLinkTarget(target) ? target : undefined;
      const span: Span = { text, bold: i.type === 'text' && !!i.bold && !options.noBold, italic: i.type === 'text' && !!i.italic };
      if (link !== undefined) span.link = link;
      lines[lines.length - 1]!.push(span);
    }
  }
  const written = lines.map(foldSpans).filter((l) => l.length > 0);
  if (skip > 0 && written.length > 0) {
    written[0] = foldSpans(dropSpanChars(written[0]!, skip));
    if (written[0].length === 0) written.shift();
  }
  const styled = written.some((l) => l.some((s) => s.bold || s.italic || s.link !== undefined));
  const markup = written.map((l) => lineMarkup(l, true)).join('\n');
  if (!styled || readsBack(markup, written, bullet)) return markup;
  // Emphasis that would not read back the same: the words without it (links as their text).
  return written.map((l) => lineMarkup(l, false)).join('\n');
}

/** Whitespace folded and the line trimmed, as the rich-text reader does; neighbours of one style joined. */
function foldSpans(spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const s of spans) {
    const prev = out[out.length - 1];
    if (prev && prev.bold === s.bold && prev.italic === s.italic && prev.link === s.link) prev.text += s.text;
    else out.push({ ...s });
  }
  for (const s of out) s.text = s.text.replace(/[ \t]+/g, ' ');
  // Trim the line: leading spaces of the first spans, trailing of the last. A link's text is
  // written inside its brackets, spaces and all (the reader keeps them there).
  while (out.length > 0 && out[0]!.link === undefined) {
    out[0]!.text = out[0]!.text.replace(/^ +/, '');
    if (out[0]!.text !== '') break;
    out.shift();
  }
  while (out.length > 0 && out[out.length - 1]!.link === undefined) {
    const last = out[out.length - 1]!;
    last.text = last.text.replace(/ +$/, '');
    if (last.text !== '') break;
    out.pop();
  }
  // A space between two spans once: «a » + « b» → «a » + «b» (not across a link's brackets).
  for (let k = 1; k < out.length; k++) {
    if (out[k]!.link === undefined && out[k - 1]!.link === undefined && out[k - 1]!.text.endsWith(' ')) out[k]!.text = out[k]!.text.replace(/^ +/, '');
  }
  return out.filter((s) => s.text !== '');
}

/** Spans without their first `count` characters. */
function dropSpanChars(spans: readonly Span[], count: number): Span[] {
  const out: Span[] = [];
  let rest = count;
  for (const s of spans) {
    if (rest >= s.text.length) {
      rest -= s.text.length;
      continue;
    }
    out.push({ ...s, text: s.text.slice(rest) });
    rest = 0;
  }
  return out;
}

/** Escapes for text read as markup: backslash, star, bracket; a bullet-like start of a line. */
function escapeText(text: string): string {
  return text.replace(/[\\*[\]]/g, (c) => `\\${c}`);
}

/** A line that would read as a bullet item keeps its dash or bullet as text (a line after a break). */
function escapeLineStart(line: string): string {
  return READ_AS_BULLET.test(line) ? `\\${line}` : line;
}

/**
 * A line of spans as markup. Emphasis opens and closes around the words (spaces stay outside,
 * where the marks can be read); links are `[text](url)`, or the bare URL when the text is the URL.
 */
function lineMarkup(spans: readonly Span[], styled: boolean): string {
  let out = '';
  spans.forEach((s, k) => {
    if (styled && s.link !== undefined && /^ | $/.test(s.text)) {
      // Spaces at a link text's ends stay inside its brackets.
      out += `${s.bold && s.italic ? '***' : s.bold ? '**' : s.italic ? '*' : ''}[${escapeText(s.text)}](${s.link})${s.bold && s.italic ? '***' : s.bold ? '**' : s.italic ? '*' : ''}`;
      return;
    }
    const lead = /^ */.exec(s.text)![0];
    const trail = / *$/.exec(s.text.slice(lead.length))![0];
    const core = s.text.slice(lead.length, s.text.length - trail.length);
    let body: string;
    if (styled && s.link !== undefined) {
      const next = spans[k + 1]?.text.charAt(0) ?? '';
      const bare = core === s.link && /^https?:\/\/[^\s<>"«»]+$/i.test(core) && !/[.,;:!?)]$/.test(core) && (next === '' || /[\s<>"«»]/.test(next));
      body = bare ? core : `[${escapeText(core)}](${s.link})`;
    } else body = escapeText(core);
    const marks = styled ? (s.bold && s.italic ? '***' : s.bold ? '**' : s.italic ? '*' : '') : '';
    out += lead + (core === '' ? '' : marks + body + marks) + trail;
  });
  return escapeLineStart(out);
}

/** A link target as the subset reads it: no spaces or parentheses inside. */
function encodeTarget(url: string): string {
  return url.replace(/[\s()]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** Whether the markup reads back as the spans (same words, emphasis and links). */
function readsBack(markup: string, lines: readonly Span[][], bullet: boolean): boolean {
  const parsed = parseRichText(bullet ? `- ${markup.replace(/\n/g, '\n  ')}` : markup);
  if (parsed.length !== 1) return false;
  const block = parsed[0]!;
  const inlines: Inline[] = block.type === 'paragraph' ? block.content : block.items.length === 1 ? block.items[0]! : [];
  const expected: Inline[] = [];
  lines.forEach((line, n) => {
    if (n > 0) expected.push({ type: 'break' });
    for (const s of line) {
      const prev = expected[expected.length - 1];
      const span: Inline = { type: 'text', text: s.text };
      if (s.bold) span.bold = true;
      if (s.italic) span.italic = true;
      if (s.link !== undefined) span.link = s.link;
      if (prev?.type === 'text' && prev.bold === span.bold && prev.italic === span.italic && prev.link === undefined && span.link === undefined) prev.text += s.text;
      else expected.push(span);
    }
  });
  return JSON.stringify(normalise(inlines)) === JSON.stringify(normalise(expected));
}

/** Spans compared by what is printed: neighbours of one style joined. */
function normalise(inlines: readonly Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const i of inlines) {
    const prev = out[out.length - 1];
    if (i.type === 'text' && prev?.type === 'text' && !!prev.bold === !!i.bold && !!prev.italic === !!i.italic && prev.link === i.link) prev.text += i.text;
    else out.push(i.type === 'text' ? { type: 'text', text: i.text, ...(i.bold ? { bold: true } : {}), ...(i.italic ? { italic: true } : {}), ...(i.link !== undefined ? { link: i.link } : {}) } : i);
  }
  return out;
}
