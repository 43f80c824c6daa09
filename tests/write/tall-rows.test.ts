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
