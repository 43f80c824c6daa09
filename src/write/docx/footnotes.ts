/**
 * Footnotes in DOCX, as Word writes them: the notes in word/footnotes.xml (after the two special
 * notes Word keeps there, the separator line `w:id="-1"` and the continuation separator
 * `w:id="0"`, named in settings.xml's `w:footnotePr`), a `w:footnoteReference` run where a note is
 * first referred to, and Word's styles «footnote text» (`FootnoteText`, from the theme's
 * `footnote` style) and «footnote reference» (`FootnoteReference`, raised).
 *
 *   model.footnotes [{id: 1, mark: «1», auto: true, paragraphs: [«по данным ФИОКО»]}]
 *   → <w:footnote w:id="1"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/>…</w:pPr>
 *       <w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>
 *       <w:r><w:t xml:space="preserve"> </w:t></w:r><w:r><w:t …>по данным ФИОКО</w:t></w:r></w:p></w:footnote>
 *
 * Word numbers its footnotes itself, by the order of their references: composing numbers them
 * the same way (document order), so the printed numbers are the model's. A mark that is not the
 * number (a template giving «*») is a custom mark (`w:customMarkFollows`), printed at the
 * reference and before the note. A later reference to the same note is Word's cross-reference to
 * a footnote: a NOTEREF field (`\f`: formatted as a footnote reference) to a bookmark around the
 * first reference, its result the mark.
 *
 * docx (the library) writes a footnotes part into every document, but its separator notes carry
 * a footnote number (`w:footnoteRef`) that Word never puts there: the part is written here.
 */
import type { Footnote, Run } from '../../model/document.js';
import type { PackageParts } from './determinism.js';
import type { Theme } from '../../model/theme.js';
import { tinosMetrics } from '../measure.js';
import type { DocxContext } from './context.js';
import { paragraphParts } from './paragraph.js';
import { RawXml } from './raw.js';
import { paragraphXml, rPrXml, textXml, wrapIfAny } from './xml.js';

/** The style ids of Word's footnote styles. */
export const FOOTNOTE_TEXT_STYLE = 'FootnoteText';
export const FOOTNOTE_REFERENCE_STYLE = 'FootnoteReference';

/** The bookmark around a note's first reference, which its later references point to. */
const bookmarkName = (id: number) => `_RefFootnote${id}`;

/**
 * A reference run: the first reference to a note (its `w:footnoteReference`), or a later one (a
 * NOTEREF field). `rPr`: the inside of the run's properties (bold, italic) besides the style;
 * `br`: a line break before it.
 */
export function footnoteReferenceXml(run: Run, note: Footnote | undefined, rPr: string, br: string): string {
  const ref = run.footnote!;
  const props = `<w:rPr>${rPrXml({ style: FOOTNOTE_REFERENCE_STYLE })}${rPr}</w:rPr>`;
  // A run that refers to no note of the model: its mark as raised text.
  if (!note) return `<w:r>${props}${br}${textXml(run.text)}</w:r>`;
  if (!ref.repeat) {
    const reference = note.auto
      ? `<w:footnoteReference w:id="${note.id}"/>`
      : `<w:footnoteReference w:customMarkFollows="1" w:id="${note.id}"/>${textXml(note.mark)}`;
    return `<w:bookmarkStart w:id="${note.id}" w:name="${bookmarkName(note.id)}"/><w:r>${props}${br}${reference}</w:r><w:bookmarkEnd w:id="${note.id}"/>`;
  }
  const field = [
    '<w:fldChar w:fldCharType="begin"/>',
    `<w:instrText xml:space="preserve"> NOTEREF ${bookmarkName(note.id)} \\f \\h </w:instrText>`,
    '<w:fldChar w:fldCharType="separate"/>',
    textXml(note.mark),
    '<w:fldChar w:fldCharType="end"/>',
  ];
  return (br ? `<w:r>${props}${br}</w:r>` : '') + field.map((part) => `<w:r>${props}${part}</w:r>`).join('');
}

const NAMESPACES =
  'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' +
  'xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
  'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" xmlns:v="urn:schemas-microsoft-com:vml" ' +
  'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ' +
  'xmlns:w10="urn:schemas-microsoft-com:office:word" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
  'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" ' +
  'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" ' +
  'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" mc:Ignorable="w14 w15 wp14"';

/** The separator notes as Word writes them: a paragraph of single lines holding the line alone. */
const SEPARATORS =
  '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>' +
  '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>';

const LINKS_RELATIONSHIPS = (rels: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`;

/**
 * word/footnotes.xml (and the relationships of the notes' links, when they have any) for the
 * model's footnotes: the separators, then each note.
 */
export function footnotesPart(notes: readonly Footnote[], theme: Theme): { xml: string; rels?: string } {
  const raw = new RawXml();
  const ctx: DocxContext = { theme, raw, metrics: tinosMetrics(), width: 0, bodyHeight: 0 };
  let body = '';
  for (const note of notes) {
    body += `<w:footnote w:id="${note.id}">`;
    note.paragraphs.forEach((p, i) => {
      const { pPr, content } = paragraphParts(p, ctx);
      // The note's mark, raised, then a space: Word's own note.
      const mark = i > 0 ? '' : `<w:r>${wrapIfAny('w:rPr', rPrXml({ style: FOOTNOTE_REFERENCE_STYLE }))}${note.auto ? '<w:footnoteRef/>' : textXml(note.mark)}</w:r><w:r>${textXml(' ')}</w:r>`;
      body += paragraphXml(pPr, mark + content);
    });
    body += '</w:footnote>';
  }
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes ${NAMESPACES}>${SEPARATORS}${body}</w:footnotes>`;
  const links = raw.linkRelationships();
  return links ? { xml, rels: LINKS_RELATIONSHIPS(links) } : { xml };
}

/** settings.xml naming the separator notes (`w:footnotePr`), where Word puts it: before `w:compat`. */
export function withFootnoteSettings(settings: string): string {
  if (settings.includes('<w:footnotePr>')) return settings;
  const pr = '<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>';
  const at = settings.indexOf('<w:compat>');
  return at >= 0 ? settings.slice(0, at) + pr + settings.slice(at) : settings.replace('</w:settings>', `${pr}</w:settings>`);
}

/** The package's footnotes part (and settings) as Word writes them, in place of docx's. */
export function withFootnotes(parts: PackageParts, notes: readonly Footnote[], theme: Theme): void {
  const part = footnotesPart(notes, theme);
  parts.set('word/footnotes.xml', part.xml);
  if (part.rels) parts.set('word/_rels/footnotes.xml.rels', part.rels);
  const settings = parts.get('word/settings.xml');
  if (typeof settings === 'string') parts.set('word/settings.xml', withFootnoteSettings(settings));
}
