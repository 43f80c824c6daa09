/**
 * IR runs → `w:r` XML: emphasis, superscript and subscript, links, fields, line breaks, character
 * spacing, and the breaks of words as the PDF's line breaker takes them (word-breaks.ts):
 * - a word the breaker may hyphenate (wider than its line, or any word of a table cell when the
 *   theme hyphenates cells) carries a soft hyphen (`w:softHyphen`) at each of its Russian
 *   hyphenation points, so Word and LibreOffice break it there, with a hyphen, without Russian
 *   dictionaries of their own; and nowhere else (automatic hyphenation stays off);
 * - a group joined by no-break spaces wider than its line gets ordinary spaces (the PDF breaks
 *   it there too);
 * - a URL wider than its line gets a zero-width space (U+200B) at each of its breaks (after «/»,
 *   and after «.», «_», «?», «&», «=», «#» in its path; after «-» Word and LibreOffice break by
 *   themselves), so it breaks where the PDF breaks it rather than inside the host; a hyphen in
 *   the host name of any URL is a non-breaking hyphen (`w:noBreakHyphen`). A URL that fits its
 *   line gets no zero-width space (it copies as written); the link's target is always the URL.
 * Apart from those zero-width spaces, the text read back from the `w:t` elements is unchanged
 * (a soft hyphen is an element of its own).
 */
import type { Run } from '../../model/document.js';
import type { FontMetrics } from '../measure.js';
import { footnoteReferenceXml } from './footnotes.js';
import type { RawXml } from './raw.js';
import { hyphenationPoints } from '../hyphenation.js';
import { ptToTwip } from '../units.js';
import { NBSP, isUrlWord, urlBreaks } from '../word-breaks.js';

/** A zero-width space: where a URL may break. */
const ZWSP = '\u200b';
import { rPrXml, textXml, wrapIfAny } from './xml.js';
import type { RunProps } from './xml.js';

export interface RunOverrides {
  bold?: boolean;
}

/** What deciding a word's breaks needs: the line width, the text size and boldness, the metrics. */
export interface RunFit {
  /** Line width, points. */
  width: number;
  /** Font size, points. */
  size: number;
  /** The paragraph's style is bold. */
  bold: boolean;
  metrics: FontMetrics;
  /** Every word may be hyphenated (a table cell, the theme's `typography.hyphenation: 'tables'`). */
  hyphenateAll: boolean;
}

/** The field instructions of the IR fields. */
const FIELD = { page: 'PAGE', pages: 'NUMPAGES' } as const;

export function runsXml(runs: Run[], raw: RawXml, over: RunOverrides = {}, fit?: RunFit): string {
  let out = '';
  for (const run of runs) out += runXml(run, raw, over, fit);
  return out;
}

function runXml(run: Run, raw: RawXml, over: RunOverrides, fit: RunFit | undefined): string {
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
  const bold = (run.bold ?? over.bold ?? fit?.bold) === true;
  const xml = run.field ? fieldRuns(FIELD[run.field], rPr, br) : `<w:r>${rPr}${br}${brokenTextXml(run, bold, fit)}</w:r>`;
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

/** A soft hyphen: where Word may break a word, printing a hyphen (`w:softHyphen`). */
export const SOFT_HYPHEN = '\u00ad';
/** A non-breaking hyphen (`w:noBreakHyphen`). */
export const NO_BREAK_HYPHEN = '\u2011';

/** A run's text as `w:t` elements, soft and non-breaking hyphens as their own elements. */
function brokenTextXml(run: Run, bold: boolean, fit: RunFit | undefined): string {
  const text = runText(run, bold, fit);
  if (!text.includes(SOFT_HYPHEN) && !text.includes(NO_BREAK_HYPHEN)) return textXml(text);
  let out = '';
  for (const piece of text.split(/(?=[\u00ad\u2011])|(?<=[\u00ad\u2011])/)) {
    if (piece === SOFT_HYPHEN) out += '<w:softHyphen/>';
    else if (piece === NO_BREAK_HYPHEN) out += '<w:noBreakHyphen/>';
    else out += textXml(piece);
  }
  return out;
}

/**
 * A run's text as the DOCX carries it: with soft hyphens (U+00AD) and non-breaking hyphens
 * (U+2011) where the rules above put them (written as `w:softHyphen` / `w:noBreakHyphen`), zero-
 * width spaces in URLs wider than their line, and the no-break spaces of a group wider than its
 * line as spaces. Without `fit` (no line width known), the text as it is.
 */
export function runText(run: Run, bold: boolean, fit: RunFit | undefined): string {
  if (fit === undefined || fit.width <= 0) return run.text;
  let text = '';
  const measure = (t: string) => fit.metrics.width(t, bold) * fit.size + (run.characterSpacing ?? 0) * t.length;
  for (const part of run.text.split(/(?<=[ \n])/)) {
    const bare = part.trimEnd();
    const long = measure(bare) > fit.width;
    if (isUrlWord(bare, run.link)) {
      // Zero-width spaces where a URL wider than its line may break (after «-» Word and
      // LibreOffice break by themselves), non-breaking hyphens in the host name.
      const host = hostRange(bare);
      const breaks = new Set(long ? urlBreaks(bare).filter((b) => bare[b.at - 1] !== '-').map((b) => b.at) : []);
      for (let i = 0; i < bare.length; i++) {
        const c = bare[i] as string;
        text += c === '-' && host !== undefined && i >= host[0] && i < host[1] ? NO_BREAK_HYPHEN : c;
        // (Once: a text read back from a DOCX of ours has them already.)
        if (breaks.has(i + 1) && bare[i + 1] !== ZWSP) text += ZWSP;
      }
      text += part.slice(bare.length);
      continue;
    }
    if (!long && !fit.hyphenateAll) {
      text += part;
      continue;
    }
    const word = long ? part.replaceAll(NBSP, ' ') : part;
    let from = 0;
    for (const at of hyphenationPoints(bare)) {
      text += word.slice(from, at) + SOFT_HYPHEN;
      from = at;
    }
    text += word.slice(from);
  }
  return text;
}

/** Where the host name of a URL written out stands in it (offsets), if it has one. */
function hostRange(url: string): [number, number] | undefined {
  if (url.includes('@') && !url.includes('/')) return undefined;
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(url);
  const start = scheme ? scheme[0].length : 0;
  const slash = url.indexOf('/', start);
  return [start, slash < 0 ? url.length : slash];
}
