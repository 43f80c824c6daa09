/**
 * IR runs → pdfmake inline texts: emphasis, links, superscript, line breaks, character spacing,
 * and the word-wrapping rules pdfmake lacks.
 *
 * pdfmake 0.3 cuts a word at the last character that fits whenever an unbreakable piece (a word,
 * or words joined by no-break spaces) is wider than the line, and a `noWrap` piece wider than the
 * line runs past the cell edge. So, knowing the column width, each word is checked here:
 * - a hyphenated word («план-график») that fits is kept whole (`noWrap`): pdfmake would break it
 *   after the hyphen and, in justified lines, print «плане- графике»;
 * - a group joined by no-break spaces that is wider than the column breaks at those spaces
 *   («До 20 декабря» is never cut as «2 021»);
 * - a URL is given as unbreakable pieces that end where word-breaks.ts lets a URL break (after
 *   «/», never inside the host name), so pdfmake's line breaker (Unicode UAX 14) wraps it after a
 *   «/» and never after a «-» of the host. No invisible characters are inserted, so the printed
 *   URL copies and extracts as written, and the link annotation covers every piece;
 * - a word (or a piece of a URL between two such breaks) wider than the line is broken here,
 *   from a line of its own: at its Russian hyphenation points with a hyphen printed (word-breaks.ts),
 *   and only where none fits, at the last character that fits. pdfmake would cut it itself, by
 *   measuring the whole rest of the word again for every line (and caching each measured
 *   string): a 10 000-character word took 23 s and 1.1 GB.
 */
import type { Run } from '../../model/document.js';
import type { Theme } from '../../model/theme.js';
import type { FontMetrics } from '../measure.js';
import type { Token } from '../text-height.js';
import { HYPHEN } from '../hyphenation.js';
import { NBSP, URL_LIKE, cutToFit, fittingBreak, isUrlWord, urlBreaks, wordBreaks } from '../word-breaks.js';
import { lineBreakWords } from './measure-pieces.js';
import type { PdfNode } from './pdfmake.js';
import { FOOTNOTE_REFERENCE, footnoteDestination } from './footnotes.js';

/** Colour of link text with the theme's `typography.links: 'hyperlink'`, as Word's Hyperlink style shows it. */
const LINK_COLOR = '#0000FF';

export interface RunOverrides {
  bold?: boolean;
  allCaps?: boolean;
  /** How links print (the theme's `typography.links`): as text (default) or blue and underlined. */
  links?: Theme['typography']['links'];
}

/** What the wrapping rules need: the width of the column and the text size. */
export interface RunFit {
  /** Line width available, points. */
  width: number;
  /** Font size, points. */
  size: number;
  metrics: FontMetrics;
  /** First-line indent, points: the paragraph's first word has that much less room. */
  indent?: number;
}

export function pdfRuns(runs: Run[], over: RunOverrides = {}, fit?: RunFit): PdfNode[] {
  const at = { start: true };
  return runs.flatMap((run) => {
    const text = (run.breakBefore ? '\n' : '') + (over.allCaps ? run.text.toUpperCase() : run.text);
    return wrapWords(inlineOf(run, text, over), text, run, (run.bold ?? over.bold) === true, fit, at);
  });
}

/** The pdfmake inline of a run's text, with the run's formatting. */
function inlineOf(run: Run, text: string, over: RunOverrides): PdfNode {
  const node: PdfNode = { text };
  const bold = run.bold ?? over.bold;
  if (bold !== undefined) node.bold = bold;
  if (run.italic) node.italics = true;
  if (run.underline) node.decoration = 'underline';
  if (run.characterSpacing) node.characterSpacing = run.characterSpacing;
  if (run.superscript) node.sup = true;
  else if (run.subscript) node.sub = true;
  // A footnote reference links to its note; the first one tells the layout which page the note goes on.
  if (run.footnote) {
    node.linkToDestination = footnoteDestination(run.footnote.id);
    if (!run.footnote.repeat) node[FOOTNOTE_REFERENCE] = run.footnote.id;
  }
  if (run.link) Object.assign(node, over.links === 'hyperlink' ? { link: run.link, color: LINK_COLOR, decoration: 'underline' } : { link: run.link });
  return node;
}

/** The line break between pre-broken lines (one object for all: pdfmake only reads it). */
const LINE_BREAK: PdfNode = { text: '\n' };

/**
 * Lines already broken (text-height.ts `layoutLines`, with the same rules as above) → one
 * unbreakable piece per run per line, lines ended by a line break; trailing spaces dropped.
 * Tabs are expanded as pdfmake's preprocessor expands them (the pieces skip it: measure-pieces.ts).
 */
export function pdfLines(lines: Token[][], over: RunOverrides = {}): PdfNode[] {
  const out: PdfNode[] = [];
  for (let l = 0; l < lines.length; l++) {
    const line = lines[l] as Token[];
    for (let t = 0; t < line.length; t++) {
      const token = line[t] as Token;
      let text = token.text;
      // Tokens of one run are joined already (text-height.ts); join any that are not.
      while (t + 1 < line.length && (line[t + 1] as Token).run === token.run) text += (line[++t] as Token).text;
      // A line break inside a run ends the line's last token: drop it, lines are ended below.
      if (text.includes('\n')) text = text.replace(/\n/g, '');
      if (t === line.length - 1) text = text.trimEnd();
      if (text.includes('\t')) text = text.replace(/\t/g, '    ');
      if (text) {
        const piece = inlineOf(token.run, text, over);
        piece.noWrap = true;
        out.push(piece);
      }
    }
    if (l < lines.length - 1) out.push(LINE_BREAK);
  }
  return out.length > 0 ? out : [{ text: '' }];
}

/** A word with a hyphen inside («план-график», «ХК-ИРО»). */
const HYPHENATED = /^[^ \n]*[\p{L}\p{N}]-[\p{L}\p{N}][^ \n]*$/u;

/**
 * The pieces of one run's text. `at.start`: nothing of the paragraph is printed yet (its first
 * word has the first-line indent less room); cleared once something is.
 */
function wrapWords(node: PdfNode, text: string, run: Run, bold: boolean, fit: RunFit | undefined, at: { start: boolean }): PdfNode[] {
  // Words with the ordinary spaces / line breaks after them.
  const words = text.split(/(?<=[ \n])/);
  const spacing = run.characterSpacing ?? 0;
  const width = (s: string) => (fit ? fit.metrics.width(s.trimEnd(), bold) * fit.size + spacing * s.length : 0);
  const fits = (s: string) => fit === undefined || width(s) <= fit.width;
  const out: PdfNode[] = [];
  let plain = '';
  const flush = () => {
    if (plain) out.push({ ...node, text: plain });
    plain = '';
  };
  // A word pdfmake may break where its line breaker allows; a piece still wider than the line is cut.
  const breakable = (word: string) => {
    if (fit === undefined || fits(word)) {
      plain += word;
      return;
    }
    const end = word.endsWith('\n') ? '\n' : '';
    for (const piece of lineBreakWords(end ? word.slice(0, -1) : word)) {
      if (fits(piece)) plain += piece;
      else {
        const first = at.start && plain === '' && out.length === 0;
        flush();
        out.push(...cutWide(node, piece, fit, bold, spacing, first ? fit.indent ?? 0 : 0));
      }
    }
    plain += end;
  };
  for (const word of words) {
    const bare = word.trimEnd();
    if (isUrlWord(bare, run.link)) {
      // Unbreakable pieces ending at the URL's breaks; each piece wider than the line is cut.
      let from = 0;
      for (const b of [...urlBreaks(bare), { at: word.length }]) {
        const piece = word.slice(from, b.at);
        from = b.at;
        if (fits(piece)) {
          flush();
          out.push({ ...node, text: piece, noWrap: true });
        } else breakable(piece);
      }
    } else if (HYPHENATED.test(bare) && fits(bare)) {
      flush();
      out.push({ ...node, text: word, noWrap: true });
    } else if (bare.includes(NBSP) && !fits(bare)) {
      for (const part of word.replaceAll(NBSP, ' ').split(/(?<= )/)) breakable(part);
    } else {
      breakable(word);
    }
    if (bare) at.start = false;
  }
  flush();
  return out.length > 0 ? out : [node];
}

/**
 * A piece wider than the line (`fit.width`), cut at the last character that fits, each part on
 * a line of its own: unbreakable parts (`noWrap`, so pdfmake never measures them again) with line
 * breaks between them. The first part has `indent` less room (the paragraph's first line). The
 * piece's trailing spaces stay with its last part, which the text after it may follow.
 */
function cutWide(node: PdfNode, piece: string, fit: RunFit, bold: boolean, spacing: number, indent: number): PdfNode[] {
  const bare = piece.trimEnd();
  const measure = (t: string) => fit.metrics.width(t, bold) * fit.size + spacing * t.length;
  // A piece of a URL is cut without hyphens (the address copies as written).
  const url = URL_LIKE.test(bare) || bare.includes('/');
  const breaks = url ? [] : wordBreaks(bare, true, true, false);
  const parts: string[] = [];
  let room = fit.width - indent;
  let start = 0;
  // The width of the rest, kept as parts go (widths add up: no kerning).
  let rest = measure(bare);
  while (rest > room) {
    const cut = fittingBreak(bare, start, breaks, room, measure) ?? cutToFit(bare, start, room, measure, !url);
    parts.push(bare.slice(start, cut.at) + (cut.hyphen ? HYPHEN : ''));
    rest -= measure(bare.slice(start, cut.at));
    start = cut.at;
    room = fit.width;
  }
  parts.push(bare.slice(start) + piece.slice(bare.length));
  const out: PdfNode[] = [];
  const { noWrap: _, ...style } = node;
  parts.forEach((text, i) => {
    if (i > 0) out.push({ ...style, text: '\n' });
    out.push({ ...style, text, noWrap: true });
  });
  return out;
}
