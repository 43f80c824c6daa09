/**
 * An approval stamp read back from its lines («УТВЕРЖДЕН / распоряжением министерства … /
 * от «__» ________ 2022 г. № ___») into `document.approval`, the inverse of
 * compose/approval-stamp.ts:
 *
 *   УТВЕРЖДЕН(А, О, Ы) / act lines / от DATE № N            → {by: act, act, date, number}
 *   … / от «__» ________ 2022 г. № ___ (a draft)             → {by: act, act, year: 2022}
 *   УТВЕРЖДЕН… / на заседании … / (протокол от DATE № N)     → {by: meeting, act, date, number}
 *   УТВЕРЖДАЮ / position lines / ________ И.О. Фамилия / date → {by: official, position, name, date}
 *
 * The word's ending gives the grammar of what is approved (УТВЕРЖДЕНА: `gender: f` …). A date is
 * taken only when it is one the loader reads (written-date.ts); the stamp is not read (undefined)
 * when its lines do not take this shape.
 */
import type { ApprovalInput } from '../model/roadmap-input.js';
import { parseWrittenDate } from '../text/written-date.js';

export interface ReadStamp {
  approval: ApprovalInput;
  gender?: 'f' | 'n' | 'pl';
}

/** The first word of a stamp. */
export const STAMP_WORD = /^(УТВЕРЖДЕН[АОЫ]?|УТВЕРЖДАЮ)(?![А-ЯЁа-яё])/iu;

const GENDER: Record<string, 'f' | 'n' | 'pl' | undefined> = { утвержден: undefined, утверждена: 'f', утверждено: 'n', утверждены: 'pl' };
const BLANK_DATE = /^[«"]?_*[»"]?\s*_+\s*(?:(\d{4})|20_*)?\s*(?:г\.?|года)?$/u;
const NUMBER = /^№\s*(.*)$/u;

export function readApprovalStamp(stampLines: readonly string[]): ReadStamp | undefined {
  const lines = stampLines.map((l) => l.replace(/\s+/g, ' ').trim()).filter((l) => l !== '');
  const first = STAMP_WORD.exec(lines[0] ?? '');
  if (!first) return undefined;
  const word = first[1]!.toLowerCase();
  const rest = [lines[0]!.slice(first[0].length).trim(), ...lines.slice(1)].filter((l) => l !== '');
  if (word === 'утверждаю') return official(rest);
  const gender = GENDER[word];
  const last = rest[rest.length - 1] ?? '';
  const protocol = /^\(?\s*протокол\s+от\s+(.*?)\s*(№\s*.*?)?\s*\)?$/iu.exec(last);
  const act = /^от\s+(.*?)\s*(№\s*.*)?$/iu.exec(last);
  const m = protocol ?? act;
  const body = m ? rest.slice(0, -1) : rest;
  if (body.length === 0) return undefined;
  const approval: ApprovalInput = { by: protocol ? 'meeting' : 'act', act: body.join('\n') };
  if (m && !dateAndNumber(approval, m[1] ?? '', m[2])) return undefined;
  return gender ? { approval, gender } : { approval };
}

/** УТВЕРЖДАЮ / position / ________ И.О. Фамилия / date. */
function official(lines: string[]): ReadStamp | undefined {
  const signAt = lines.findIndex((l) => /_{3,}/.test(l) || NAME.test(l));
  if (signAt < 0) return undefined;
  const name = lines[signAt]!.replace(/_+/g, ' ').trim();
  const approval: ApprovalInput = { by: 'official', position: lines.slice(0, signAt).join('\n') };
  if (name !== '') approval.name = name;
  const date = lines[signAt + 1];
  if (date !== undefined && !dateAndNumber(approval, date, undefined)) return undefined;
  if (lines.length > signAt + 2) return undefined;
  if (approval.position === '') delete approval.position;
  return { approval };
}

/** Fills the date (or the year of a blank one) and the number; false when the date is not one. */
function dateAndNumber(approval: ApprovalInput, dateText: string, numberText: string | undefined): boolean {
  const date = dateText.trim();
  const blank = BLANK_DATE.exec(date);
  if (blank) {
    if (blank[1] !== undefined) approval.year = Number(blank[1]);
  } else if (date !== '') {
    const parsed = parseWrittenDate(date);
    if (!parsed.ok) return false;
    approval.date = date;
  }
  const number = numberText !== undefined ? NUMBER.exec(numberText.trim())?.[1]?.trim() : undefined;
  if (number !== undefined && number !== '' && !/^_+$/.test(number)) approval.number = number;
  return true;
}

/** «Е.В. Матаржук», «Матаржук Е.В.». */
export const NAME = /(?:^|\s)(?:(?:[А-ЯЁ]\.\s?){1,2}[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?|[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s(?:[А-ЯЁ]\.\s?){1,2})$/u;
