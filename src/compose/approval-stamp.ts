/**
 * The approval stamp in the upper right of an approved document.
 *
 *   {by: act, act: распоряжением министерства …, year: 2022}   (gender m: план-график)
 *     → УТВЕРЖДЕН / распоряжением министерства … / от «__» ________ 2022 г. № ___
 *   {by: act, act: приказом …, date: 2022-02-14, number: '50'}
 *     → УТВЕРЖДЕН / приказом … / от 14.02.2022 № 50
 *   {by: meeting, act: на расширенном заседании …, date: 2020-05-14, number: '3'}
 *     → УТВЕРЖДЕНО / на расширенном заседании … / (протокол от 14 мая 2020 г. № 3)
 *   {by: official, position: Министр образования, name: А.Г. Кузнецова}
 *     → УТВЕРЖДАЮ / Министр образования / ________ А.Г. Кузнецова / «__» ________ 20__ г.
 *
 * Line breaks written in `act` or `position` are kept; the stamp's width (theme) wraps the rest.
 */
import type { ApprovalStamp, Run } from '../model/document.js';
import type { ApprovalInput } from '../model/roadmap-input.js';
import type { Plan } from '../model/roadmap.js';
import { blankDate, formatDate } from '../text/russian-date.js';
import {
  APPROVE_BY_OFFICIAL,
  APPROVED_WORD,
  BLANK_NUMBER_STAMP,
  SIGNATURE_BLANK,
  fromDate,
  numberSign,
  protocolLine,
} from './wording.js';

export function composeApprovalStamp(approval: ApprovalInput, gender: Plan['gender']): ApprovalStamp {
  const lines = approvalLines(approval);
  const word = approval.word ?? (approval.by === 'official' ? APPROVE_BY_OFFICIAL : APPROVED_WORD[gender]);
  return { type: 'approval-stamp', word, lines: lines.map((text) => [{ text }] as Run[]) };
}

/** The stamp's lines under the word, as plain strings. */
export function approvalLines(approval: ApprovalInput): string[] {
  const number = approval.number ?? BLANK_NUMBER_STAMP;
  switch (approval.by) {
    case 'act': {
      const date = approval.date ? formatDate(approval.date, 'numeric') : blankDate(approval.year);
      return [...splitLines(approval.act), `${fromDate(date)} ${numberSign(number)}`];
    }
    case 'meeting': {
      const date = approval.date ? formatDate(approval.date, 'words') : blankDate(approval.year);
      return [...splitLines(approval.act), protocolLine(date, number)];
    }
    case 'official': {
      const date = approval.date ? formatDate(approval.date, 'words') : blankDate(approval.year);
      const sign = approval.name ? `${SIGNATURE_BLANK} ${approval.name}` : SIGNATURE_BLANK;
      return [...splitLines(approval.position), sign, date];
    }
  }
}

function splitLines(text: string | undefined): string[] {
  return text ? text.split('\n').map((l) => l.trim()).filter((l) => l.length > 0) : [];
}
