/**
 * Words wider than their line outside table cells (justified body text, the approval stamp):
 * broken from a line of their own at their Russian hyphenation points, a hyphen printed at each
 * line end (never cut mid-syllable without one), and in linear time. pdfmake cut such a word itself by measuring the whole rest of the word again for every
 * line: a 10 000-character word in an approval stamp took 23 s and 1.1 GB. Counted, not timed:
 * the characters pdfmake measures grow in proportion to the word.
 */
import { createRequire } from 'node:module';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DocumentModel } from '../../src/model/document.js';
import { GOST_THEME } from '../../src/model/theme.js';
import { writePdf } from '../../src/write/pdf/index.js';
import { mmToPt } from '../../src/write/units.js';
import { readPdf } from '../support/pdf-read.js';
import { model } from '../support/sample-model.js';

const require = createRequire(import.meta.url);
const TextInlines = (require('pdfmake/js/TextInlines.js') as { default: { prototype: { widthOfText(text: string, inline: unknown): number } } }).default;

const word = (n: number) => 'Сверхдлинноеслово'.repeat(Math.ceil(n / 17)).slice(0, n);

/** A stamp and a justified paragraph (with a first-line indent), each with the word in the middle. */
const doc = (w: string): DocumentModel =>
  model([
    { type: 'approval-stamp', word: 'УТВЕРЖДЕН', lines: [[{ text: `распоряжением ${w} министерства` }]] },
    { type: 'paragraph', style: 'body', runs: [{ text: `${w} и далее текст абзаца по ширине` }] },
  ]);

/** Characters pdfmake measures while writing `m`. */
async function measured(m: DocumentModel): Promise<number> {
  let chars = 0;
  const original = TextInlines.prototype.widthOfText;
  const spy = vi.spyOn(TextInlines.prototype, 'widthOfText').mockImplementation(function (this: unknown, text: string, inline: unknown) {
    chars += text.length;
    return original.call(this, text, inline);
  });
  await writePdf(m);
  spy.mockRestore();
  return chars;
}

afterEach(() => vi.restoreAllMocks());

describe('a word wider than its line, outside table cells', () => {
  it('is measured in linear time: four times the word, at most about four times the characters', async () => {
    const small = await measured(doc(word(2500)));
    const large = await measured(doc(word(10_000)));
    expect(large / small).toBeLessThan(5);
  });

  it('is printed whole, in order, within the text width, from a line of its own', async () => {
    const w = word(700);
    const pdf = await readPdf(await writePdf(doc(w)));
    expect(pdf.pages).toHaveLength(1);
    const text = pdf.pages.map((p) => p.items.map((i) => i.str).join('')).join('').replace(/\s+/g, '');
    // Broken at its hyphenation points, a hyphen at each line end (the word has none of its own).
    expect(text.replace(/-/g, '').split(w).length - 1, 'the word, twice (stamp and paragraph)').toBe(2);
    expect(text.split(w).length - 1, 'never printed whole on a line').toBe(0);
    const left = mmToPt(GOST_THEME.page.portraitMargins.left);
    const right = (pdf.pages[0]?.width ?? 0) - mmToPt(GOST_THEME.page.portraitMargins.right);
    // (Within a point: pdfkit's glyph positions and our advance widths differ by rounding.)
    for (const page of pdf.pages) for (const i of page.items) expect(i.x + i.width, i.str.slice(0, 20)).toBeLessThanOrEqual(right + 1);
    // The paragraph (the left half of the page): its first line starts with the word at the
    // first-line indent, the other parts of the word fill lines from the margin.
    const parts = (pdf.pages[0]?.items ?? []).filter((i) => i.x < (pdf.pages[0]?.width ?? 0) / 3 && /^[А-Яа-я]{10,}-$/.test(i.str)).sort((a, b) => b.y - a.y);
    expect(parts.length).toBeGreaterThan(3);
    expect(parts[0]?.str.startsWith('Сверх')).toBe(true);
    expect(parts[0]?.x).toBeCloseTo(left + mmToPt(GOST_THEME.styles.body.firstLineIndent ?? 0), 0);
    for (const part of parts.slice(1)) expect(part.x).toBeCloseTo(left, 0);
  });
});
