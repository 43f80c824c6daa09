/**
 * Structural checks of a DOCX package and of a PDF, as independent as a test can make them:
 *
 *   docxProblems(bytes)   // [] when: the zip opens; every .xml/.rels part is well-formed XML;
 *                         // every part has a content type; every internal relationship target
 *                         // of every .rels part exists; the main document is there.
 *   pdfProblems(bytes)    // [] when the file starts with %PDF-, ends with %%EOF, has an xref.
 */
import { strFromU8, unzipSync } from 'fflate';
import { xmlProblem } from './xml-check.js';

export function docxProblems(bytes: Uint8Array): string[] {
  const problems: string[] = [];
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch (e) {
    return [`the zip does not open: ${(e as Error).message}`];
  }
  const names = Object.keys(files);
  const parts = new Map<string, string>();
  for (const name of names) {
    if (/\.(xml|rels)$/i.test(name)) {
      const text = strFromU8(files[name]!);
      parts.set(name, text);
      const p = xmlProblem(text);
      if (p) problems.push(`${name}: not well-formed: ${p}`);
    }
  }
  const types = parts.get('[Content_Types].xml');
  if (!types) return [...problems, 'no [Content_Types].xml'];
  const defaults = new Set([...types.matchAll(/<Default [^>]*Extension="([^"]+)"/g)].map((m) => m[1]!.toLowerCase()));
  const overrides = new Set([...types.matchAll(/<Override [^>]*PartName="([^"]+)"/g)].map((m) => m[1]!.replace(/^\//, '')));
  for (const name of names) {
    if (name.endsWith('/') || name === '[Content_Types].xml') continue;
    const ext = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
    if (!overrides.has(name) && !defaults.has(ext)) problems.push(`${name}: no content type`);
  }
  for (const o of overrides) if (!files[o]) problems.push(`[Content_Types].xml names a missing part /${o}`);
  if (!files['_rels/.rels']) problems.push('no _rels/.rels');
  for (const [name, text] of parts) {
    const m = /^(.*?)_rels\/([^/]+)\.rels$/.exec(name);
    if (!m) continue;
    const dir = m[1]!;
    const source = `${dir}${m[2]}`;
    if (m[2] !== '' && name !== '_rels/.rels' && !files[source]) problems.push(`${name}: relationships of a missing part ${source}`);
    const ids = new Set<string>();
    for (const r of text.matchAll(/<Relationship ([^>]*?)\/?>/g)) {
      const attr = (a: string) => new RegExp(`\\b${a}="([^"]*)"`).exec(r[1]!)?.[1];
      const id = attr('Id');
      if (!id) problems.push(`${name}: a relationship without Id`);
      else if (ids.has(id)) problems.push(`${name}: relationship Id ${id} twice`);
      else ids.add(id);
      const target = attr('Target');
      if (target === undefined) {
        problems.push(`${name}: relationship ${id} without Target`);
        continue;
      }
      if (attr('TargetMode') === 'External') {
        if (!/^(https?:|mailto:)/i.test(target)) problems.push(`${name}: external relationship ${id} to an unexpected scheme: ${target}`);
        continue;
      }
      const resolved = resolvePart(dir, decodeXml(target));
      if (!files[resolved]) problems.push(`${name}: relationship ${id} points to a missing part ${resolved}`);
    }
  }
  if (!files['word/document.xml']) problems.push('no word/document.xml');
  return problems;
}

function decodeXml(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

function resolvePart(dir: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : `${dir}${target}`).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

export function pdfProblems(bytes: Uint8Array): string[] {
  const head = Buffer.from(bytes.subarray(0, 8)).toString('latin1');
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 64))).toString('latin1');
  const problems: string[] = [];
  if (!head.startsWith('%PDF-')) problems.push('does not start with %PDF-');
  if (!/%%EOF\s*$/.test(tail)) problems.push('does not end with %%EOF');
  if (!/startxref\s+\d+/.test(tail)) problems.push('no startxref');
  return problems;
}
