/**
 * Reading an XML part of a DOCX with saxes (a strict, streaming, namespace-aware parser): the
 * decompressed bytes are decoded and parsed as they come, so no part is ever held whole as text
 * or as a tree. What a Word document never has is refused: a DTD (`<!DOCTYPE>`, so no entity can
 * be declared, let alone expanded — saxes itself knows only the five predefined entities and
 * character references), and bytes that are not UTF-8 or UTF-16.
 */
import type { SaxesParser, SaxesTagNS } from 'saxes';

export type XmlTag = SaxesTagNS;
/** saxes' parser class: loaded by `loadXmlParser` when a DOCX is read, not with the package. */
export type XmlParserClass = typeof SaxesParser;

let parserClass: XmlParserClass | undefined;

/** saxes, loaded once: `import 'plangraf'` and the other commands never load it. */
export async function loadXmlParser(): Promise<XmlParserClass> {
  parserClass ??= (await import('saxes')).SaxesParser;
  return parserClass;
}
type Decoder = InstanceType<typeof TextDecoder>;

export class XmlProblem extends Error {
  constructor(
    readonly kind: 'invalid' | 'dtd',
    readonly part: string,
    readonly line: number,
    readonly column: number,
    readonly detail: string,
  ) {
    super(`${part}:${line}:${column}: ${detail}`);
    this.name = 'XmlProblem';
  }
}

export interface XmlHandlers {
  open(tag: XmlTag): void;
  close(tag: XmlTag): void;
  text(text: string): void;
}

/** The namespace URIs of WordprocessingML, transitional and strict (ISO 29500 strict). */
export const W_NS = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);
export const R_NS = new Set([
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  'http://purl.oclc.org/ooxml/officeDocument/relationships',
]);
export const MC_NS = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

/** The value of the attribute `local` in one of the namespaces `ns` (or without a namespace when `ns` is undefined). */
export function attr(tag: XmlTag, local: string, ns?: Set<string>): string | undefined {
  const attributes = tag.attributes;
  for (const name in attributes) {
    const a = attributes[name]!;
    if (a.local !== local) continue;
    if (ns === undefined ? a.uri === '' : ns.has(a.uri)) return a.value;
  }
  return undefined;
}

/**
 * An XML parser fed with bytes: `write` each chunk in order, then `end`. Handlers may throw to
 * stop; the error comes out of `write` or `end`.
 */
export class XmlByteStream {
  private readonly parser: SaxesParser<{ xmlns: true; position: true }>;
  private decoder: Decoder | undefined;
  private ended = false;

  constructor(
    Parser: XmlParserClass,
    private readonly part: string,
    handlers: XmlHandlers,
  ) {
    this.parser = new Parser({ xmlns: true, position: true });
    this.parser.on('opentag', (tag) => handlers.open(tag as XmlTag));
    this.parser.on('closetag', (tag) => handlers.close(tag as XmlTag));
    this.parser.on('text', (text) => handlers.text(text));
    this.parser.on('cdata', (text) => handlers.text(text));
    this.parser.on('doctype', () => {
      throw new XmlProblem('dtd', this.part, this.parser.line, this.parser.column, '<!DOCTYPE>');
    });
  }

  write(chunk: Uint8Array): void {
    if (!this.decoder) this.decoder = decoderFor(chunk);
    let text: string;
    try {
      text = this.decoder.decode(chunk, { stream: true });
    } catch {
      throw this.problem('not UTF-8 or UTF-16 text');
    }
    this.feed(text);
  }

  end(): void {
    if (this.ended) return;
    this.ended = true;
    let rest = '';
    try {
      rest = this.decoder?.decode() ?? '';
    } catch {
      throw this.problem('not UTF-8 or UTF-16 text');
    }
    if (rest) this.feed(rest);
    this.guard(() => this.parser.close());
  }

  private feed(text: string): void {
    this.guard(() => this.parser.write(text));
  }

  /** saxes reports malformed XML by throwing an Error «line:column: what»: made an `XmlProblem`. */
  private guard(run: () => void): void {
    try {
      run();
    } catch (e) {
      if (e instanceof XmlProblem || !(e instanceof Error) || e.name !== 'Error' || !/^\d+:\d+: /.test(e.message)) throw e;
      const m = /^(\d+):(\d+): (.*?)\.?$/s.exec(e.message)!;
      throw new XmlProblem('invalid', this.part, Number(m[1]), Number(m[2]), m[3]!);
    }
  }

  private problem(detail: string): XmlProblem {
    return new XmlProblem('invalid', this.part, this.parser.line, this.parser.column, detail);
  }
}

/** UTF-16 by its byte-order mark; UTF-8 (a BOM skipped) otherwise. Fatal: bad bytes are an error, not «�». */
function decoderFor(first: Uint8Array): Decoder {
  if (first[0] === 0xff && first[1] === 0xfe) return new TextDecoder('utf-16le', { fatal: true });
  if (first[0] === 0xfe && first[1] === 0xff) return new TextDecoder('utf-16be', { fatal: true });
  return new TextDecoder('utf-8', { fatal: true });
}

/** A whole small part parsed at once. */
export function parseXmlBytes(Parser: XmlParserClass, part: string, bytes: Uint8Array, handlers: XmlHandlers): void {
  const stream = new XmlByteStream(Parser, part, handlers);
  stream.write(bytes);
  stream.end();
}
