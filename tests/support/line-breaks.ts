/**
 * Line breaks read back from a laid-out PDF (ours, or LibreOffice's layout of our DOCX) with
 * `pdftotext -bbox-layout` (poppler): each text block as lines of words with positions. Two faults
 * of Russian typesetting are found there:
 * - a word broken without a hyphen: a line ends with letters and the next line of the same block
 *   starts with letters, the two joined make a word of the document («институциональны / й»)
 *   while one of the parts alone is not;
 * - a line starting with a dash followed by text («– ШНОР»), unless the dash is a list marker (a
 *   hanging marker: the text after it stands further off than a space).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

export interface Word {
  text: string;
  xMin: number;
  xMax: number;
}
export interface Line {
  page: number;
  words: Word[];
}

export interface LineFault {
  kind: 'unhyphenated-break' | 'dash-starts-line';
  page: number;
  /** The end of one line and the start of the next, «end / start». */
  text: string;
}

const decode = (s: string): string =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** The blocks of each page, each block its lines (pdftotext -bbox-layout of `pdf`). */
export function readBlocks(pdf: Uint8Array): Line[][] {
  const dir = mkdtempSync(path.join(tmpdir(), 'plangraf-lines-'));
  try {
    const file = path.join(dir, 'in.pdf');
    writeFileSync(file, pdf);
    const xml = execFileSync('pdftotext', ['-bbox-layout', file, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    const blocks: Line[][] = [];
    const pages = xml.split(/<page\b/).slice(1);
    pages.forEach((pageXml, p) => {
      for (const block of pageXml.split(/<block\b/).slice(1)) {
        const lines: Line[] = [];
        for (const lineXml of block.split(/<line\b/).slice(1)) {
          const words: Word[] = [];
          for (const m of lineXml.matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)) {
            words.push({ text: decode(m[3] as string), xMin: Number(m[1]), xMax: Number(m[2]) });
          }
          if (words.length > 0) lines.push({ page: p + 1, words });
        }
        if (lines.length > 0) blocks.push(lines);
      }
    });
    return blocks;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The words of a text, lower case: runs of letters and digits. */
export function vocabulary(texts: Iterable<string>): Set<string> {
  const words = new Set<string>();
  for (const t of texts) for (const m of t.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) words.add(m[0]);
  return words;
}

const DASHES = new Set(['–', '—']);

/** The faults of the lines of `blocks`; `words`: the document's words (`vocabulary`). */
export function lineFaults(blocks: Line[][], words: Set<string>): LineFault[] {
  const faults: LineFault[] = [];
  for (const lines of blocks) {
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i] as Line;
      const first = line.words[0] as Word;
      const second = line.words[1];
      // A dash opening a line of text: a list marker hangs (its text a marker column away), a
      // wrapped dash does not; a dash alone on its line is a cell's «no value».
      if (i > 0 && DASHES.has(first.text) && second !== undefined && second.xMin - first.xMax < 6) {
        const before = (lines[i - 1] as Line).words.at(-1)?.text ?? '';
        faults.push({ kind: 'dash-starts-line', page: line.page, text: `${before} / ${first.text} ${second?.text ?? ''}`.trim() });
      }
      const next = lines[i + 1];
      if (next === undefined) continue;
      const end = (line.words.at(-1) as Word).text;
      const start = (next.words[0] as Word).text;
      const a = /[\p{L}\p{N}]+$/u.exec(end)?.[0];
      const b = /^[\p{L}\p{N}]+/u.exec(start)?.[0];
      if (a === undefined || b === undefined) continue;
      const joined = (a + b).toLowerCase();
      if (words.has(joined) && !(words.has(a.toLowerCase()) && words.has(b.toLowerCase()))) {
        faults.push({ kind: 'unhyphenated-break', page: line.page, text: `${end} / ${start}` });
      }
    }
  }
  return faults;
}

/** LibreOffice's layout of a DOCX, as PDF bytes (soffice --convert-to pdf). */
export function libreOfficePdf(docx: Uint8Array): Uint8Array {
  const dir = mkdtempSync(path.join(tmpdir(), 'plangraf-lo-'));
  try {
    const file = path.join(dir, 'in.docx');
    writeFileSync(file, docx);
    execFileSync('libreoffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file], { stdio: 'ignore', timeout: 300_000 });
    return new Uint8Array(readFileSync(path.join(dir, 'in.pdf')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
