/** IR runs → pdfmake inline texts: emphasis, links, line breaks, character spacing. */
import type { Run } from '../../model/document.js';
import type { PdfNode } from './pdfmake.js';

/** Colour of link text, as Word's Hyperlink style shows it. */
const LINK_COLOR = '#0000FF';

export interface RunOverrides {
  bold?: boolean;
  allCaps?: boolean;
}

export function pdfRuns(runs: Run[], over: RunOverrides = {}): PdfNode[] {
  return runs.flatMap((run) => {
    const text = (run.breakBefore ? '\n' : '') + (over.allCaps ? run.text.toUpperCase() : run.text);
    const node: PdfNode = { text };
    const bold = run.bold ?? over.bold;
    if (bold !== undefined) node.bold = bold;
    if (run.italic) node.italics = true;
    if (run.underline) node.decoration = 'underline';
    if (run.characterSpacing) node.characterSpacing = run.characterSpacing;
    if (run.link) Object.assign(node, { link: run.link, color: LINK_COLOR, decoration: 'underline' });
    return keepHyphenatedWords(node, text);
  });
}

/** A word with a hyphen inside («план-график», «ХК-ИРО»). */
const HYPHENATED = /(\S*[\p{L}\p{N}]-[\p{L}\p{N}]\S*)/u;

/**
 * pdfmake breaks lines after a hyphen and, in justified lines, spreads the slack over every gap
 * between pieces: «плане-графике» would print as «плане- графике». Hyphenated words therefore
 * become pieces of their own that do not wrap.
 */
function keepHyphenatedWords(node: PdfNode, text: string): PdfNode[] {
  if (!HYPHENATED.test(text)) return [node];
  return text
    .split(HYPHENATED)
    .filter((part) => part !== '')
    .map((part) => ({ ...node, text: part, ...(HYPHENATED.test(part) ? { noWrap: true } : {}) }));
}
