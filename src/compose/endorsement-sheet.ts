/**
 * The endorsement sheet («лист согласования») of a draft: a separate last sheet after the draft
 * and its appendices, as records-management instructions have it. The title «ЛИСТ
 * СОГЛАСОВАНИЯ», the subject «проекта распоряжения министерства … «Об утверждении …»», then a
 * bordered table: № | position | name | date | remarks and signature (visa), one row per
 * endorsement, in the order written.
 *
 *   endorsements: [{position: Первый заместитель министра, name: И.И. Иванов, date: 2022-06-10}]
 *   → {orientation: 'portrait', blocks: [ЛИСТ СОГЛАСОВАНИЯ, проекта …, {type: 'table', borders: 'all',
 *       head: [№ п/п | Должность | Фамилия, инициалы | Дата согласования | Замечания, подпись],
 *       rows: [1. | Первый заместитель министра | И.И. Иванов | 10.06.2022 | ]}]}
 */
import type { Block, Section, TableRow } from '../model/document.js';
import { formatDate } from '../text/russian-date.js';
import type { ComposeContext } from './context.js';
import { kindLines } from './kind-wording.js';
import { plainText, textParagraph } from './rich-text.js';

export function composeEndorsementSheet(ctx: ComposeContext): Section | undefined {
  const doc = ctx.roadmap.document;
  if (doc.endorsements.length === 0) return undefined;
  const [title = '', ...subject] = kindLines(ctx, 'endorsement-title', {
    order: doc.kind === 'order',
    directive: doc.kind === 'directive',
    letter: doc.kind === 'letter',
    authority: doc.authority?.genitive ?? '',
    title: plainText(doc.title),
  });
  const blocks: Block[] = [{ ...textParagraph(title, 'title'), keepWithNext: true }];
  for (const line of subject) blocks.push({ ...textParagraph(line, 'subtitle'), keepWithNext: true });

  const headers = kindLines(ctx, 'endorsement-header', {});
  const widths = ctx.theme.endorsementColumns;
  const cell = (text: string, align: 'left' | 'center' = 'left', style: 'table' | 'table-header' = 'table') => ({
    blocks: [textParagraph(text, style, { align })],
    align,
  });
  const rows: TableRow[] = doc.endorsements.map((e, i) => ({
    kind: 'item',
    cantSplit: true,
    cells: [
      cell(`${i + 1}.`, 'center'),
      cell(e.position),
      cell(e.name),
      cell(e.date ? formatDate(e.date, 'numeric') : '', 'center'),
      cell(e.remarks ?? ''),
    ],
  }));
  blocks.push({
    type: 'table',
    columns: widths.map((width) => ({ width })),
    head: [{ kind: 'header', cantSplit: true, cells: widths.map((_, i) => cell(headers[i] ?? '', 'center', 'table-header')) }],
    repeatHead: 'all',
    rows,
    borders: 'all',
    style: 'table',
  });
  return { orientation: 'portrait', blocks };
}
