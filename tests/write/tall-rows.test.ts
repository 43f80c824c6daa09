/**
 * A row taller than a page is cut into pieces at line boundaries (src/write/pdf/tall-rows.ts).
 * Lines the author started on their own (executors one per line: runs with `breakBefore`) stay on
 * their own lines in the pieces: they ran together («РИАЦОКОВИРОМ-КУ ИМОЦОО») before.
 */
import { describe, expect, it } from 'vitest';
import type { Paragraph, Run, TableRow } from '../../src/model/document.js';
import { resolveTheme } from '../../src/model/theme.js';
import { tinosMetrics } from '../../src/write/measure.js';
import { cutTallRow } from '../../src/write/pdf/tall-rows.js';
import { estimateCellHeight } from '../../src/write/text-height.js';

const paragraph = (runs: Run[]): Paragraph => ({ type: 'paragraph', style: 'table', runs });

describe('cutting a row taller than a page', () => {
  it('keeps the line breaks between runs written one per line, in every piece', () => {
    const theme = resolveTheme();
    const long = paragraph([{ text: Array.from({ length: 400 }, (_, i) => `слово${i}`).join(' ') }]);
    const names = ['РИАЦОКО', 'ВИРО', 'МКУ ИМОЦ', 'ОО'];
    const executors = paragraph(names.map((text, i) => ({ text, ...(i > 0 ? { breakBefore: true } : {}) })));
    const row: TableRow = { kind: 'body', cells: [{ blocks: [long] }, { blocks: [executors] }] };
    const pieces = cutTallRow(row, [200, 100], 300, theme, tinosMetrics());
    expect(pieces.length).toBeGreaterThan(1);
    const runs = pieces.flatMap((p) => p.row.cells[1]!.blocks.flatMap((b) => (b as Paragraph).runs));
    expect(runs.map((r) => r.text)).toEqual(names);
    expect(runs.map((r) => r.breakBefore === true)).toEqual([false, true, true, true]);
    // The long cell loses nothing either.
    const text = pieces.map((p) => p.row.cells[0]!.blocks.flatMap((b) => (b as Paragraph).runs.map((r) => r.text)).join('')).join(' ');
    expect(text.split(/\s+/).filter(Boolean)).toHaveLength(400);
  });
});

describe('cutting a row to the room left on a page', () => {
  it('the first piece fits `firstBudget`, the others `budget`, and no line is lost', () => {
    const theme = resolveTheme();
    const words = Array.from({ length: 300 }, (_, i) => `слово${i}`);
    const row: TableRow = { kind: 'body', cells: [{ blocks: [paragraph([{ text: words.join(' ') }])] }] };
    const m = tinosMetrics();
    const pieces = cutTallRow(row, [200], 400, theme, m, false, undefined, 100);
    const heights = pieces.map((p) => estimateCellHeight(p.row.cells[0]!.blocks as Paragraph[], 200, theme, m));
    expect(heights[0]).toBeLessThanOrEqual(100);
    expect(heights[0]).toBeGreaterThan(70);
    expect(heights.slice(1).every((h) => h <= 400)).toBe(true);
    expect(pieces.map((p) => p.continuation)).toEqual(pieces.map((_, i) => i > 0));
    const text = pieces.flatMap((p) => (p.row.cells[0]!.blocks as Paragraph[]).flatMap((b) => b.runs.map((r) => r.text))).join('');
    expect(text.split(/\s+/).filter(Boolean)).toEqual(words);
  });

  it('a row that fits whole under `firstBudget` is left whole', () => {
    const row: TableRow = { kind: 'body', cells: [{ blocks: [paragraph([{ text: 'Короткая строка' }])] }] };
    expect(cutTallRow(row, [200], 400, resolveTheme(), tinosMetrics(), false, undefined, 100)).toEqual([{ row, continuation: false }]);
  });
});
