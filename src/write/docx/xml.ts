/**
 * A small WordprocessingML writer for the blocks that are many (paragraphs, runs, tables): their
 * XML is written directly as strings instead of through docx's object tree, which for a plan of
 * thousands of rows cost seconds and hundreds of megabytes (an object per element and attribute,
 * then a second tree for the compiler, then the string).
 *
 * The XML is the one docx writes for the same options, element for element and attribute for
 * attribute (same order, same escaping), so the documents do not change; the tests compare the two
 * (tests/write/docx-xml.test.ts).
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };
/** What docx escapes (the five XML specials) or drops (C0 controls XML 1.0 cannot carry). */
const SPECIAL = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/;
const SPECIALS = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g;

/**
 * Text or an attribute value as docx writes it: `& " ' < >` as entities (in text too), C0 control
 * characters other than tab, line feed and carriage return dropped.
 */
export function esc(value: string): string {
  return SPECIAL.test(value) ? value.replace(SPECIALS, (ch) => ENTITIES[ch] ?? '') : value;
}

/** An element with attributes and no content: `<w:jc w:val="left"/>`. Values are escaped. */
export function empty(name: string, attrs: Record<string, string | number | undefined>): string {
  let out = `<${name}`;
  for (const key in attrs) {
    const v = attrs[key];
    if (v !== undefined) out += ` ${key}="${typeof v === 'number' ? v : esc(v)}"`;
  }
  return `${out}/>`;
}

/** `<w:x w:val="…"/>`. */
export const val = (name: string, value: string | number): string => empty(name, { 'w:val': value });

/** An element around content, left out when the content is empty (docx drops empty pPr, rPr, trPr…). */
export const wrapIfAny = (name: string, content: string): string => (content ? `<${name}>${content}</${name}>` : '');

/** Width elements: `<w:tcW w:type="dxa" w:w="911"/>`. */
export const dxa = (name: string, twips: number): string => `<${name} w:type="dxa" w:w="${twips}"/>`;

const encoder = new TextEncoder();

/** Characters a sink gathers before it encodes them (64 Ki: a few hundred table rows). */
const SINK_BLOCK = 1 << 16;

/**
 * XML written in order and kept as UTF-8, in blocks: a big table is tens of megabytes of XML, and
 * kept as strings (built of many small ones) it would be copied by every garbage collection while
 * the rest of the document is written; bytes are not.
 */
export class Utf8Sink {
  private readonly blocks: Uint8Array[] = [];
  private strings: string[] = [];
  private size = 0;

  write(xml: string): void {
    this.strings.push(xml);
    this.size += xml.length;
    if (this.size >= SINK_BLOCK) this.flush();
  }

  /** The XML written, as UTF-8 blocks. */
  end(): Uint8Array[] {
    this.flush();
    return this.blocks;
  }

  private flush(): void {
    if (this.strings.length === 0) return;
    this.blocks.push(encoder.encode(this.strings.join('')));
    this.strings = [];
    this.size = 0;
  }
}

/** UTF-8 of `xml`. */
export const utf8 = (xml: string): Uint8Array => encoder.encode(xml);

/** Byte arrays one after another in one. */
export function concatBytes(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, bytes) => n + bytes.length, 0));
  let at = 0;
  for (const bytes of chunks) {
    out.set(bytes, at);
    at += bytes.length;
  }
  return out;
}

/** `w:jc` values of the IR alignments (docx's AlignmentType). */
const JC = { left: 'left', center: 'center', right: 'right', justify: 'both' } as const;

/** Paragraph properties the handlers set, in the order docx writes them into `w:pPr`. */
export interface ParagraphProps {
  style?: string;
  keepNext?: boolean;
  pageBreakBefore?: boolean;
  /** Tab stops (`w:tabs`), twips. */
  tabs?: Array<{ type: 'left' | 'right' | 'center'; position: number }>;
  /** Twips (`line` in 240ths of a line with the auto rule). */
  spacing?: { after?: number; before?: number; line?: number; lineRule?: 'auto' | 'exact' | 'atLeast' };
  /** Twips. */
  indent?: { left?: number; hanging?: number; firstLine?: number };
  align?: keyof typeof JC;
}

/** The inside of `w:pPr` ('' for none: docx then leaves `w:pPr` out). */
export function pPrXml(p: ParagraphProps): string {
  let out = '';
  if (p.style !== undefined) out += val('w:pStyle', p.style);
  if (p.keepNext) out += '<w:keepNext/>';
  if (p.pageBreakBefore) out += '<w:pageBreakBefore/>';
  if (p.tabs && p.tabs.length > 0) out += `<w:tabs>${p.tabs.map((t) => empty('w:tab', { 'w:val': t.type, 'w:pos': t.position })).join('')}</w:tabs>`;
  if (p.spacing) {
    const s = p.spacing;
    out += empty('w:spacing', { 'w:after': s.after, 'w:before': s.before, 'w:line': s.line, 'w:lineRule': s.lineRule });
  }
  if (p.indent) out += empty('w:ind', { 'w:left': p.indent.left, 'w:hanging': p.indent.hanging, 'w:firstLine': p.indent.firstLine });
  if (p.align) out += val('w:jc', JC[p.align]);
  return out;
}

/** A paragraph from the inside of its `w:pPr` and its content (runs, hyperlinks). */
export const paragraphXml = (pPr: string, content: string): string =>
  pPr || content ? `<w:p>${wrapIfAny('w:pPr', pPr)}${content}</w:p>` : '<w:p/>';

/** Run properties the handlers set, in the order docx writes them into `w:rPr`. */
export interface RunProps {
  style?: string;
  bold?: boolean;
  italic?: boolean;
  /** Twips. */
  characterSpacing?: number;
  /** Half-points. */
  size?: number;
  underline?: boolean;
  superscript?: boolean;
  subscript?: boolean;
}

/** An on/off property as docx writes it: `<w:b/>` on, `<w:b w:val="false"/>` off. */
const onOff = (name: string, on: boolean) => (on ? `<${name}/>` : `<${name} w:val="false"/>`);

/** The inside of `w:rPr` ('' for none). */
export function rPrXml(r: RunProps): string {
  let out = '';
  if (r.style !== undefined) out += val('w:rStyle', r.style);
  if (r.bold !== undefined) out += onOff('w:b', r.bold) + onOff('w:bCs', r.bold);
  if (r.italic !== undefined) out += onOff('w:i', r.italic) + onOff('w:iCs', r.italic);
  if (r.characterSpacing) out += val('w:spacing', r.characterSpacing);
  if (r.size !== undefined) out += val('w:sz', r.size);
  if (r.size) out += val('w:szCs', r.size);
  if (r.underline) out += '<w:u w:val="single"/>';
  if (r.superscript) out += '<w:vertAlign w:val="superscript"/>';
  else if (r.subscript) out += '<w:vertAlign w:val="subscript"/>';
  return out;
}

/** `<w:t>` as docx writes it: always with `xml:space="preserve"`. */
export const textXml = (text: string): string => `<w:t xml:space="preserve">${esc(text)}</w:t>`;
