/**
 * A signature's name goes flush right on the line of the position's last line when both fit,
 * else on a line of its own below (src/write/signature-line.ts), in both formats. Before, the
 * PDF gave the name an 'auto' column as wide as the name: a long name pushed the position into
 * nothing and ran off the page, while the DOCX tab put it after the position.
 */
import { describe, expect, it } from 'vitest';
import type { SignatureBlock } from '../../src/model/document.js';
import { GOST_THEME } from '../../src/model/theme.js';
import { writeDocx } from '../../src/write/docx/index.js';
import { writePdf } from '../../src/write/pdf/index.js';
import { mmToPt } from '../../src/write/units.js';
import { elements, paragraphText, plainSpaces, readDocx } from '../support/docx-read.js';
import { readPdf } from '../support/pdf-read.js';
import { model } from '../support/sample-model.js';

const WORD = 'Заместительминистра'.repeat(2);
const signature = (position: string[], name: string): SignatureBlock => ({ type: 'signature', layout: 'stacked', entries: [{ position, name }] });

async function read(block: SignatureBlock) {
  const doc = model([block]);
  const docx = elements(readDocx(await writeDocx(doc)).documentXml, 'w:p');
  const pdf = await readPdf(await writePdf(doc));
  return { docx, pdf: pdf.pages[0] };
}

describe('signature: the name beside the position or below it, the same in both formats', () => {
  it('beside the last position line when both fit', async () => {
    const { docx, pdf } = await read(signature(['Начальник управления', 'общего образования'], 'Е.В. Матаржук'));
    expect(docx.map(paragraphText).map(plainSpaces).filter(Boolean)).toEqual(['Начальник управления', 'общего образования\tЕ.В. Матаржук']);
    expect(pdf?.lines).toContain('общего образования Е.В. Матаржук');
  });

  it('on a line of its own, flush right, when they do not fit side by side', async () => {
    const name = `Е.Ф. ${WORD}`;
    const { docx, pdf } = await read(signature([`Начальник ${WORD} управления`], name));
    const texts = docx.map(paragraphText).map(plainSpaces).filter(Boolean);
    expect(texts).toEqual([`Начальник ${WORD} управления`, name]);
    expect(docx.find((p) => plainSpaces(paragraphText(p)) === name)).toMatch(/<w:jc w:val="right"\/>/);
    // PDF: the name below «управления», ending at the right margin, nothing past the page.
    const items = (pdf?.items ?? []).filter((i) => i.str.trim());
    const position = items.find((i) => i.str.includes('управления'));
    const nameItems = items.filter((i) => i.str.includes('Е.Ф.') || i.str.startsWith(WORD));
    expect(nameItems.length).toBeGreaterThan(0);
    for (const i of nameItems) expect(i.y).toBeLessThan((position?.y ?? 0) - 1);
    const right = (pdf?.width ?? 0) - mmToPt(GOST_THEME.page.portraitMargins.right);
    const last = nameItems.at(-1);
    expect((last?.x ?? 0) + (last?.width ?? 0)).toBeCloseTo(right, 0);
    for (const i of items) expect(i.x + i.width, i.str).toBeLessThanOrEqual(right + 0.5);
  });
});
