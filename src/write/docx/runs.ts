/** IR runs → `w:r` XML: emphasis, superscript and subscript, links, fields, line breaks, character spacing. */
import type { Run } from '../../model/document.js';
import { footnoteReferenceXml } from './footnotes.js';
import type { RawXml } from './raw.js';
import { ptToTwip } from '../units.js';
import { rPrXml, textXml, wrapIfAny } from './xml.js';
import type { RunProps } from './xml.js';

export interface RunOverrides {
  bold?: boolean;
}

/** The field instructions of the IR fields. */
const FIELD = { page: 'PAGE', pages: 'NUMPAGES' } as const;

export function runsXml(runs: Run[], raw: RawXml, over: RunOverrides = {}): string {
  let out = '';
  for (const run of runs) out += runXml(run, raw, over);
  return out;
}

function runXml(run: Run, raw: RawXml, over: RunOverrides): string {
  const props: RunProps = {
    style: run.link ? 'Hyperlink' : undefined,
    bold: run.bold ?? over.bold,
    italic: run.italic,
    characterSpacing: run.characterSpacing ? ptToTwip(run.characterSpacing) : undefined,
    underline: run.underline,
    superscript: run.superscript,
    subscript: run.subscript,
  };
  const br = run.breakBefore ? '<w:br/>' : '';
  // A footnote reference takes Word's reference style (raised) instead of superscript.
  if (run.footnote) return footnoteReferenceXml(run, raw.footnotes?.get(run.footnote.id), rPrXml({ ...props, superscript: undefined }), br);
  const rPr = wrapIfAny('w:rPr', rPrXml(props));
  const xml = run.field ? fieldRuns(FIELD[run.field], rPr, br) : `<w:r>${rPr}${br}${textXml(run.text)}</w:r>`;
  return run.link ? raw.hyperlink(run.link, xml) : xml;
}

/**
 * A field (the page number, the page count) as docx writes it: begin, instruction, separate and
 * end each in a run of their own with the run's properties; a line break before it takes a run
 * of its own too.
 */
function fieldRuns(instruction: string, rPr: string, br: string): string {
  const parts = [
    '<w:fldChar w:fldCharType="begin"/>',
    `<w:instrText xml:space="preserve">${instruction}</w:instrText>`,
    '<w:fldChar w:fldCharType="separate"/>',
    '<w:fldChar w:fldCharType="end"/>',
  ];
  return (br ? `<w:r>${rPr}${br}</w:r>` : '') + parts.map((part) => `<w:r>${rPr}${part}</w:r>`).join('');
}
