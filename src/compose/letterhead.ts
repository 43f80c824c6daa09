/**
 * The «угловой» letterhead of a cover letter: at the upper left the authority's name (bold,
 * capitals), its requisites — the author's own lines as written (`authority.requisites`), or the
 * lines template `letter-requisites` makes of address, phone and fax, e-mail and site, ОКПО /
 * ОКОГУ / ОГРН / ИНН / КПП —
 * the date and number of the letter «16.06.2022 № 75-7747», the reference line «На № … от …» and
 * the title «О направлении …»; at the upper right, on the same level, the addressee in the dative
 * case, and under it the addressee's e-mail when given (`addressee: {lines, email}`). Laid out as
 * a borderless table of three columns: letterhead | gap | addressee (widths in the theme).
 *
 *   authority: {name: [Министерство образования и науки Хабаровского края], address: …, phone: …}
 *   addressee: [Директору ФГБУ «ФИОКО», Станченко С.В.]
 *   → {type: 'table', borders: 'none', rows: [{cells: [letterhead…, '', Директору ФГБУ «ФИОКО» / Станченко С.В.]}]}
 */
import type { Paragraph, Table } from '../model/document.js';
import { formatDate } from '../text/russian-date.js';
import type { ComposeContext } from './context.js';
import { kindLines, kindText } from './kind-wording.js';
import { richToParagraphs, textParagraph } from './rich-text.js';

export function composeLetterhead(ctx: ComposeContext): Table {
  const doc = ctx.roadmap.document;
  const authority = doc.authority;
  const left: Paragraph[] = [];
  for (const line of authority?.name ?? []) {
    left.push(textParagraph(line.toLocaleUpperCase('ru-RU'), 'letterhead', { align: 'center', bold: true }));
  }
  if (authority) {
    const { address, phone, fax, email, site, okpo, ogrn, inn, kpp, okogu } = authority;
    // The author's lines, in their order and wording, one per line; else the template's.
    const requisites = authority.requisites ?? kindLines(ctx, 'letter-requisites', defined({ address, phone, fax, email, site, okpo, ogrn, inn, kpp, okogu }));
    requisites.forEach((line, i) => {
      const p = textParagraph(line, 'letterhead', { align: 'center' });
      if (i === 0) p.spaceBefore = ctx.theme.partGap / 2;
      left.push(p);
    });
  }
  const dateNumber = textParagraph(
    kindLines(ctx, 'letter-date-number', defined({ date: doc.date && formatDate(doc.date, 'numeric'), number: doc.number })).join('\n'),
    'body-plain',
    { align: 'center' },
  );
  dateNumber.spaceBefore = ctx.theme.partGap;
  left.push(dateNumber);
  const ref = doc.reference;
  left.push(
    textParagraph(
      kindLines(ctx, 'letter-reference', defined({ number: ref?.number, date: ref?.date && formatDate(ref.date, 'numeric') })).join('\n'),
      'body-plain',
      { align: 'center' },
    ),
  );
  if (doc.title) {
    const title = richToParagraphs(doc.title, 'body-plain', { align: 'left' });
    if (title[0]) title[0].spaceBefore = ctx.theme.partGap;
    left.push(...title);
  }

  // Without one: lint rule letter-no-addressee.
  const right = (doc.addressee ?? ['']).map((line) => textParagraph(line, 'body-plain', { align: 'left' }));
  if (doc.addresseeEmail) right.push(textParagraph(kindText(ctx, 'letter-addressee-email', { email: doc.addresseeEmail }), 'body-plain', { align: 'left' }));

  const { letterheadWidth, addresseeWidth } = ctx.theme.letter;
  const gap = Math.max(0, 1 - letterheadWidth - addresseeWidth);
  return {
    type: 'table',
    columns: [{ width: letterheadWidth }, { width: gap }, { width: addresseeWidth }],
    head: [],
    repeatHead: 'none',
    rows: [{ kind: 'body', cantSplit: true, cells: [{ blocks: left }, { blocks: [textParagraph('', 'body-plain')] }, { blocks: right }] }],
    borders: 'none',
    style: 'body-plain',
  };
}

/** The object with undefined values as '' (templates in strict mode see every field). */
export function defined<T extends Record<string, string | undefined>>(o: T): { [K in keyof T]: string } {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, v ?? ''])) as { [K in keyof T]: string };
}
