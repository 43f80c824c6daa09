/** IR runs → docx runs: emphasis, superscript, links, fields, line breaks, character spacing. */
import { ExternalHyperlink, PageNumber, TextRun } from 'docx';
import type { ParagraphChild } from 'docx';
import type { Run } from '../../model/document.js';
import { ptToTwip } from '../units.js';

export interface RunOverrides {
  bold?: boolean;
}

export function docxRuns(runs: Run[], over: RunOverrides = {}): ParagraphChild[] {
  return runs.map((run) => docxRun(run, over));
}

function docxRun(run: Run, over: RunOverrides): ParagraphChild {
  const text = run.field === 'page' ? [PageNumber.CURRENT] : run.field === 'pages' ? [PageNumber.TOTAL_PAGES] : undefined;
  const textRun = new TextRun({
    ...(text ? { children: text } : { text: run.text }),
    bold: run.bold ?? over.bold,
    italics: run.italic,
    underline: run.underline ? {} : undefined,
    superScript: run.superscript || undefined,
    characterSpacing: run.characterSpacing ? ptToTwip(run.characterSpacing) : undefined,
    break: run.breakBefore ? 1 : undefined,
    style: run.link ? 'Hyperlink' : undefined,
  });
  return run.link ? new ExternalHyperlink({ link: run.link, children: [textRun] }) : textRun;
}
