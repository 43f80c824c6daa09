/**
 * GOST R 7.0.97-2025 parts of a document (`document.gost: '2025'`): the document's QR code and the
 * mandatory title. Documents of the 2016 edition get neither.
 *
 * The QR code encodes the document's requisites as one line of plain text, parts joined by «; »:
 *   «<first line of the authority name>; <ПРИКАЗ | РАСПОРЯЖЕНИЕ | ПИСЬМО>; от <DD.MM.YYYY> № <number>; <title>»
 * e.g. «МИНИСТЕРСТВО ОБРАЗОВАНИЯ И НАУКИ; РАСПОРЯЖЕНИЕ; от 14.02.2022 № 50; Об утверждении …».
 * A draft (no date or no number) gets no QR code: the code carries the registration requisites,
 * which a draft does not have yet. An absent title is left out. The date is always numeric.
 * Plain spaces only.
 * The text is UTF-8 in byte mode, error correction M, and must fit a version-10 symbol
 * (57 × 57 modules, `QR_TEXT_MAX_BYTES` bytes): a longer title is cut at a word and ends in «…»
 * (Cyrillic takes two bytes a letter, so about 100 letters in all).
 *
 * The node goes first in the first section: both writers take it out of the flow and draw it at
 * the bottom right of the text area of the page it falls on, which is then page 1.
 * Kinds: order, directive, letter (a plan or passport has no requisites of this form).
 */
import type { QrCode, Section } from '../model/document.js';
import { formatDate } from '../text/russian-date.js';
import type { ComposeContext } from './context.js';
import { plainText } from './rich-text.js';

/** Bytes of a version-10 symbol at level M in byte mode (ISO/IEC 18004, table 7). */
export const QR_TEXT_MAX_BYTES = 213;

const KIND_WORD: Partial<Record<string, string>> = { order: 'ПРИКАЗ', directive: 'РАСПОРЯЖЕНИЕ', letter: 'ПИСЬМО' };

const utf8Length = (s: string) => new TextEncoder().encode(s).length;

/** The requisites the QR code encodes, or undefined when the document gets no QR code. */
export function qrCodeText(ctx: ComposeContext): string | undefined {
  const doc = ctx.roadmap.document;
  const word = KIND_WORD[doc.kind];
  if (doc.gost !== '2025' || !word || !doc.date || !doc.number) return undefined;
  const clean = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
  const dateNo = `от ${formatDate(doc.date, 'numeric')} № ${clean(doc.number)}`;
  const head = [clean(doc.authority?.name[0]), word, dateNo].filter(Boolean);
  let title = clean(plainText(doc.title));
  const join = (t: string) => [...head, t].filter(Boolean).join('; ');
  if (utf8Length(join(title)) > QR_TEXT_MAX_BYTES) {
    const words = title.split(' ');
    while (words.length > 0 && utf8Length(join(`${words.join(' ')}…`)) > QR_TEXT_MAX_BYTES) words.pop();
    title = words.length > 0 ? `${words.join(' ')}…` : '';
  }
  let text = join(title);
  // An authority line alone too long for the symbol (never in practice): cut it by characters.
  while (utf8Length(text) > QR_TEXT_MAX_BYTES) text = `${Array.from(text).slice(0, -2).join('')}…`;
  return text;
}

/** The QR code node, sized from the theme; undefined for 2016 documents, drafts and other kinds. */
export function composeQrCode(ctx: ComposeContext): QrCode | undefined {
  const text = qrCodeText(ctx);
  return text === undefined ? undefined : { type: 'qr-code', text, size: ctx.theme.qrCode.size };
}

/**
 * The 2025 edition's additions to the composed sections: the QR code first in the first section
 * (not on a draft). (Its mandatory title is checked at load: lint rule title-missing-gost-2025.)
 */
export function applyGost2025(ctx: ComposeContext, sections: Section[]): void {
  const doc = ctx.roadmap.document;
  if (doc.gost !== '2025' || !KIND_WORD[doc.kind]) return;
  const qr = composeQrCode(ctx);
  if (qr && sections[0]) sections[0] = { ...sections[0], blocks: [qr, ...sections[0].blocks] };
}
