/**
 * A date of a document (its date of signing, the date of an approving act, of an endorsement, of
 * a certificate) as officials write it: «14.02.2022», «14 февраля 2022 г.», ««14» февраля 2022 г.»,
 * «14 февраля 2022 года», «2022-02-14». The deadline parser reads it (deadline-parse.ts); only
 * a single calendar date is a date here. Dates are requisites: they are printed in the house form
 * of the document (`dateStyle`), whatever form they were written in.
 */
import { parseDeadline } from './deadline-parse.js';
import { isValidIsoDate } from './russian-date.js';

export type WrittenDate =
  | { ok: true; iso: string }
  /** `unrecognised`: not a date; `impossible`: a date that does not exist («30.02.2022»). */
  | { ok: false; reason: 'unrecognised' | 'impossible' };

export function parseWrittenDate(text: string): WrittenDate {
  // ««14» февраля 2022 г.»: the day in quotes, as on forms.
  const unquoted = text.trim().replace(/^[«"„“]\s*(\d{1,2})\s*[»"“”]/u, '$1');
  const parsed = parseDeadline(unquoted);
  if (!parsed.ok || parsed.deadline.kind !== 'date' || parsed.deadline.note !== undefined) return { ok: false, reason: 'unrecognised' };
  const iso = parsed.deadline.date;
  return isValidIsoDate(iso) ? { ok: true, iso } : { ok: false, reason: 'impossible' };
}
