/**
 * The pre-broken cell text (measure-pieces.ts) is measured by our own code, not by pdfmake: the
 * PDF must be byte for byte the one pdfmake makes from the same pieces given as its `text`.
 */
import { describe, expect, it } from 'vitest';
import type { DocumentModel, Paragraph, TableCell, TableRow } from '../../src/model/document.js';
import { tinosFonts } from '../../src/write/pdf/fonts.js';
import { pdfDefinition } from '../../src/write/pdf/index.js';
import { PIECES } from '../../src/write/pdf/measure-pieces.js';
import { renderPdf } from '../../src/write/pdf/pdfmake.js';
import type { DocDefinition } from '../../src/write/pdf/pdfmake.js';
import { cell, model, p, planTable, sampleOrder, samplePlan } from '../support/sample-model.js';

/** The definition with every node of pieces turned back into a plain pdfmake text node. */
function withPlainText(def: DocDefinition): DocDefinition {
  const seen = new Set<unknown>();
  const visit = (x: unknown): void => {
    if (x === null || typeof x !== 'object' || seen.has(x)) return;
    seen.add(x);
    if (Array.isArray(x)) return x.forEach(visit);
    const node = x as Record<string, unknown>;
    if (Array.isArray(node[PIECES])) {
      node.text = node[PIECES];
      delete node[PIECES];
    }
    for (const v of Object.values(node)) visit(v);
  };
  visit(def.content);
  return def;
}

async function bothWays(m: DocumentModel): Promise<[Uint8Array, Uint8Array]> {
  const fast = await renderPdf(pdfDefinition(m), tinosFonts());
  const plain = await renderPdf(withPlainText(pdfDefinition(m)), tinosFonts());
  return [fast, plain];
}

const para = (runs: Paragraph['runs'], extra: Partial<Paragraph> = {}): Paragraph => ({ type: 'paragraph', style: 'table', runs, ...extra });

/** Cells with every kind of run formatting and line shape the cells of a plan have. */
function mixedTable(): DocumentModel {
  const cells: TableCell[][] = [
    [
      { blocks: [para([{ text: 'Жирное ', bold: true }, { text: 'и курсив', italic: true }, { text: ' подчёркнутое', underline: true }])] },
      { blocks: [para([{ text: 'ссылка', link: 'https://example.org/a' }, { text: ' после ссылки' }])] },
      { blocks: [para([{ text: 'сноска' }, { text: '1)', superscript: true }, { text: ' и текст\tс табуляцией' }])] },
      { blocks: [para([{ text: 'первая строка' }, { text: 'вторая строка', breakBefore: true }, { text: '', breakBefore: true }, { text: 'после пустой', breakBefore: true }])] },
      { blocks: [para([{ text: 'https://example.org/very/long/path/that/does-not-fit-in-a-narrow-column/at-all' }])] },
      { blocks: [para([{ text: 'Оченьдлинноесловобезпробеловкотороененаходитсявстолбце' }]), para([{ text: '' }])] },
    ],
    [
      { blocks: [para([{ text: 'по центру, жирный' }], { align: 'center', bold: true })] },
      { blocks: [para([{ text: 'справа' }], { align: 'right' })] },
      { blocks: [para([{ text: 'пункт списка с довольно длинным текстом' }], { bullet: true }), para([{ text: 'уровень' }], { level: 1 })] },
      { blocks: [para([{ text: 'До\u00a020\u00a0декабря\u00a02022\u00a0г.' }])] },
      { blocks: [para([{ text: 'план-график ХК-ИРО, слово-через-дефис' }])] },
      { blocks: [para([{ text: 'по ширине — не разбивается заранее' }], { align: 'justify' })] },
    ],
  ];
  const table = planTable(3);
  table.rows.push(...cells.map((c): TableRow => ({ kind: 'item', cells: c })));
  table.rows.push({ kind: 'group', cells: [cell('Раздел 2. Группа')] });
  table.rows.push({ kind: 'item', cells: [cell('1'), cell('2'), cell('3'), cell('4'), cell('5'), cell('6')] });
  return model([p('Абзац вне таблицы'), table], 'landscape');
}

describe('pre-broken cell text', () => {
  it('has nodes of pieces to measure', () => {
    const def = pdfDefinition(samplePlan(3));
    expect(JSON.stringify(def.content)).toContain(PIECES);
  });

  it.each([
    ['a plan', () => samplePlan(40)],
    ['an order with its appendix', () => sampleOrder()],
    ['every run format in cells', () => mixedTable()],
  ])('%s: the same PDF as pdfmake measuring the pieces itself', async (_name, make) => {
    const [fast, plain] = await bothWays(make());
    expect(Buffer.from(fast).equals(Buffer.from(plain))).toBe(true);
  });
});
