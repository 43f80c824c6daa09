/**
 * The appendix mark in the upper right of an appendix's first page.
 *
 *   order of «управления образования», 14.02.2022 № 50, appendix 1 of 2
 *     → Приложение № 1 / к приказу управления образования / от 14.02.2022 № 50
 *   the only appendix of a draft directive
 *     → Приложение / к распоряжению … / от «__» ________ 20__ г. № ___
 */
import type { AppendixMark } from '../model/document.js';
import type { DocumentData } from '../model/roadmap.js';
import { blankDate, formatDate } from '../text/russian-date.js';
import { APPENDIX_TO, BLANK_NUMBER_STAMP, appendixTitle, fromDate, numberSign } from './wording.js';

/** Lines of the mark for appendix `no` of `total` appendices of the document. */
export function appendixMarkLines(doc: DocumentData, no: number, total: number): string[] {
  const to = doc.authority?.genitive ? `${APPENDIX_TO[doc.kind]} ${doc.authority.genitive}` : APPENDIX_TO[doc.kind];
  const date = doc.date ? formatDate(doc.date, doc.dateStyle === 'words' ? 'words' : 'numeric') : blankDate();
  return [appendixTitle(no, total), to, `${fromDate(date)} ${numberSign(doc.number ?? BLANK_NUMBER_STAMP)}`];
}

export function composeAppendixMark(doc: DocumentData, no: number, total: number): AppendixMark {
  return { type: 'appendix-mark', lines: appendixMarkLines(doc, no, total).map((text) => [{ text }]) };
}
