/**
 * Directly written XML inside a docx-built document. docx still builds the shell (styles, sections,
 * headers and footers, signatures, frames, images); a block written as a string (xml.ts) enters the
 * docx tree as a placeholder element `<pg:raw n="…"/>`, and the package step puts the string in
 * its place (determinism.ts → `RawXml.documentXml`) while it encodes word/document.xml for the zip.
 *
 * Hyperlinks: docx gives each external link its own relationship when it writes the paragraph;
 * a placeholder does the same when docx writes it (`prepForXml`, in document order): it adds its
 * links' relationships, written as XML too, to the part's relationships as a placeholder of
 * their own (`<pg:rels n="…"/>`), and one entry per link to keep their count (docx numbers the
 * image relationships after it). So the relationships are what docx made before. The ids are
 * `rIdP1`, `rIdP2`, … in the order the links were written, the ids determinism.ts gives them.
 */
import { FileChild, Paragraph as DocxParagraph, XmlComponent } from 'docx';
import type { IContext, IXmlableObject } from 'docx';
import type { Footnote } from '../../model/document.js';
import { concatBytes, esc, paragraphXml, utf8 } from './xml.js';

const HYPERLINK = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';
/** docx writes a link's `#fragment` of up to this many characters as `w:anchor`. */
const MAX_ANCHOR_LENGTH = 255;

interface Link {
  /** Relationship id without docx's `rId` prefix. */
  id: string;
  target: string;
}

/** The placeholder elements the docx tree carries for piece `n`: in a part, in its relationships. */
const PLACEHOLDER = /<pg:raw n="(\d+)"\/>/g;
const RELS_PLACEHOLDER = /<pg:rels n="(\d+)"\/>/g;

/** One document's directly written XML: the pieces its placeholders stand for, and its links. */
export class RawXml {
  /** The document's footnotes by id, for the reference runs (footnotes.ts). */
  footnotes?: ReadonlyMap<number, Footnote>;
  private readonly pieces: Array<readonly Uint8Array[]> = [];
  private readonly rels: string[] = [];
  private links = 0;
  private pending: Link[] = [];

  /**
   * `<w:hyperlink …>` around `content` (runs), for an external link: as docx writes it, a
   * `#fragment` goes to `w:anchor` and the relationship targets the address without it.
   */
  hyperlink(link: string, content: string): string {
    const hash = link.indexOf('#');
    const fragment = link.length - hash - 1;
    const anchored = hash > 0 && fragment > 0 && fragment <= MAX_ANCHOR_LENGTH;
    const id = `P${++this.links}`;
    this.pending.push({ id, target: anchored ? link.slice(0, hash) : link });
    const anchor = anchored ? ` w:anchor="${esc(link.slice(hash + 1))}"` : '';
    return `<w:hyperlink w:history="1"${anchor} r:id="rId${id}">${content}</w:hyperlink>`;
  }

  /**
   * A block of the body written as XML (tables), as UTF-8 (`Utf8Sink`): the links written since
   * the last block are its.
   */
  block(chunks: readonly Uint8Array[]): FileChild {
    return new RawBlock(this, chunks, this.takeLinks());
  }

  /**
   * A body paragraph written as XML: `pPr` (the inside of `w:pPr`) and `content` (runs). It is
   * a docx paragraph to docx, so that a section ending with it carries the section's properties
   * in it, as before (docx adds an empty paragraph after anything else).
   */
  paragraph(pPr: string, content: string): DocxParagraph {
    return new RawParagraph(this, pPr, content, this.takeLinks());
  }

  /** Registers a piece (UTF-8, or a string) and returns its placeholder. */
  placeholder(chunks: readonly Uint8Array[] | string): IXmlableObject {
    if (typeof chunks === 'string') return this.placeholder([utf8(chunks)]);
    this.pieces.push(chunks);
    return { 'pg:raw': { _attr: { n: this.pieces.length - 1 } } };
  }

  /**
   * Adds the links' relationships to the part being written, as docx does for its own: one
   * placeholder for their XML and one entry for each of the others.
   */
  addLinks(context: IContext, links: readonly Link[]): void {
    if (links.length === 0) return;
    const xml = links.map(
      (link) => `<Relationship Id="rId${link.id}" Type="${HYPERLINK}" Target="${esc(link.target)}" TargetMode="External"/>`,
    );
    this.rels.push(xml.join(''));
    const relationships = context.viewWrapper.Relationships;
    relationships.addChildElement(new Entry({ 'pg:rels': { _attr: { n: this.rels.length - 1 } } }));
    for (let i = 1; i < links.length; i++) relationships.addChildElement(new Entry(undefined));
  }

  /**
   * word/document.xml as UTF-8: docx's XML with each placeholder replaced by its piece.
   * `rename` maps relationship ids in the pieces if the package step renumbered them otherwise
   * than they were written.
   */
  documentXml(shell: string, rename?: (xml: string) => string): Uint8Array {
    const chunks: Uint8Array[] = [];
    const renamed = rename && ((bytes: Uint8Array) => utf8(rename(new TextDecoder().decode(bytes))));
    const used = splice(shell, PLACEHOLDER, (n) => this.pieces[n], (xml) => chunks.push(utf8(xml)), (piece) => {
      for (const bytes of piece) chunks.push(renamed ? renamed(bytes) : bytes);
    });
    if (used !== this.pieces.length) throw new Error('Directly written XML outside word/document.xml');
    return concatBytes(chunks);
  }

  /** A relationships part with its placeholders replaced by the links' relationships. */
  relationshipsXml(shell: string): string {
    const chunks: string[] = [];
    const text = (xml: string) => chunks.push(xml);
    splice(shell, RELS_PLACEHOLDER, (n) => this.rels[n], text, text);
    return chunks.join('');
  }

  /**
   * The relationships of the links written since the last block, as XML, for a part of their own
   * (the footnotes part: its links are its relationships, not the document's).
   */
  linkRelationships(): string {
    return this.takeLinks()
      .map((link) => `<Relationship Id="rId${link.id}" Type="${HYPERLINK}" Target="${esc(link.target)}" TargetMode="External"/>`)
      .join('');
  }

  private takeLinks(): Link[] {
    const links = this.pending;
    this.pending = [];
    return links;
  }
}

/**
 * Goes through `xml`, giving the text between placeholders to `text` and each placeholder's piece
 * to `insert` (each at most once); returns the number of placeholders.
 */
function splice<T>(xml: string, placeholder: RegExp, piece: (n: number) => T | undefined, text: (xml: string) => void, insert: (piece: T) => void): number {
  const used = new Set<number>();
  let last = 0;
  for (const m of xml.matchAll(placeholder)) {
    const n = Number(m[1]);
    const found = piece(n);
    if (found === undefined || used.has(n)) throw new Error(`Unknown or repeated XML placeholder ${m[0]}`);
    used.add(n);
    text(xml.slice(last, m.index));
    insert(found);
    last = (m.index ?? 0) + m[0].length;
  }
  text(xml.slice(last));
  return used.size;
}

/** An entry of a relationships part: a placeholder, or nothing (it only counts). */
class Entry extends XmlComponent {
  constructor(private readonly xml: IXmlableObject | undefined) {
    super('Relationship');
  }

  override prepForXml(): IXmlableObject | undefined {
    return this.xml;
  }
}

class RawBlock extends FileChild {
  constructor(
    private readonly raw: RawXml,
    private readonly chunks: readonly Uint8Array[],
    private readonly links: readonly Link[],
  ) {
    super('pg:raw');
  }

  override prepForXml(context: IContext): IXmlableObject {
    this.raw.addLinks(context, this.links);
    return this.raw.placeholder(this.chunks);
  }
}

class RawParagraph extends DocxParagraph {
  constructor(
    private readonly raw: RawXml,
    private readonly pPr: string,
    private readonly content: string,
    private readonly links: readonly Link[],
  ) {
    super({});
  }

  /**
   * docx writes the empty paragraph this is to it, with the section's properties in its `w:pPr`
   * when the paragraph ends a section: those go after the paragraph's own properties.
   */
  override prepForXml(context: IContext): IXmlableObject | undefined {
    const own = super.prepForXml(context)?.['w:p'];
    this.raw.addLinks(context, this.links);
    const pPr = Array.isArray(own) ? own.find((child: IXmlableObject) => 'w:pPr' in child)?.['w:pPr'] : undefined;
    if (!Array.isArray(pPr) || pPr.length === 0) {
      return this.raw.placeholder(paragraphXml(this.pPr, this.content));
    }
    return { 'w:p': [{ 'w:pPr': [this.raw.placeholder(this.pPr), ...pPr] }, this.raw.placeholder(this.content)] };
  }
}
