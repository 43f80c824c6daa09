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
import { builtinTemplateSet } from '../templates/load.js';
import type { TemplateSet } from '../templates/types.js';

/** Lines of the mark for appendix `no` of `total` appendices of the document (template `appendix-mark`). */
export function appendixMarkLines(doc: DocumentData, no: number, total: number, templates: TemplateSet = builtinTemplateSet()): string[] {
  return templates.lines('appendix-mark', appendixMarkData(doc, no, total));
}

/** The data of template `appendix-mark` (templates/README.md). */
export function appendixMarkData(doc: DocumentData, no: number, total: number) {
  return {
    no,
    total,
    kind: doc.kind,
    authority: doc.authority?.genitive ?? '',
    date: doc.date ?? '',
    dateStyle: doc.dateStyle,
    number: doc.number ?? '',
  };
}

export function composeAppendixMark(doc: DocumentData, no: number, total: number, templates?: TemplateSet): AppendixMark {
  return { type: 'appendix-mark', lines: appendixMarkLines(doc, no, total, templates).map((text) => [{ text }]) };
}
