/**
 * The XMP metadata packet of an archival PDF (PDF/A-3b, ISO 19005-3 §6.6): the PDF/A
 * identification (`pdfaid:part` 3, `pdfaid:conformance` B) and, equal to the document
 * information dictionary as the standard asks, the title, author, subject, creator tool,
 * producer and the dates. pdfkit writes its own packet without escaping the title and without
 * the modification date; this one is written instead (pdfa-document.ts).
 */

export interface XmpFields {
  title?: string;
  author?: string;
  subject?: string;
  creatorTool: string;
  producer: string;
  /** Creation and modification time (the document's `now`). */
  created: Date;
}

/** Text as XML character data. */
export function xmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** 2022-02-14T00:00:00Z: the time in UTC, seconds, as the information dictionary has it. */
export function xmpDate(d: Date): string {
  return `${d.toISOString().split('.')[0]}Z`;
}

export function xmpPacket(f: XmpFields): string {
  const date = xmpDate(f.created);
  const dc: string[] = ['<dc:format>application/pdf</dc:format>'];
  if (f.title) dc.push(`<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xmlText(f.title)}</rdf:li></rdf:Alt></dc:title>`);
  if (f.author) dc.push(`<dc:creator><rdf:Seq><rdf:li>${xmlText(f.author)}</rdf:li></rdf:Seq></dc:creator>`);
  if (f.subject) dc.push(`<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${xmlText(f.subject)}</rdf:li></rdf:Alt></dc:description>`);
  return [
    '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">',
    '<pdfaid:part>3</pdfaid:part>',
    '<pdfaid:conformance>B</pdfaid:conformance>',
    '</rdf:Description>',
    '<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">',
    `<xmp:CreateDate>${date}</xmp:CreateDate>`,
    `<xmp:ModifyDate>${date}</xmp:ModifyDate>`,
    `<xmp:MetadataDate>${date}</xmp:MetadataDate>`,
    `<xmp:CreatorTool>${xmlText(f.creatorTool)}</xmp:CreatorTool>`,
    '</rdf:Description>',
    '<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">',
    `<pdf:Producer>${xmlText(f.producer)}</pdf:Producer>`,
    '</rdf:Description>',
    '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    ...dc,
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="w"?>',
  ].join('\n');
}
