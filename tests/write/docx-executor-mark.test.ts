/**
 * The executor mark in DOCX: one framed paragraph holding every line, and the section break never
 * on the framed paragraph. LibreOffice stacked several framed paragraphs on top of each other, and
 * moved a framed paragraph that carried the section break to the next page.
 */
import { describe, expect, it } from 'vitest';
import { writeDocx } from '../../src/write/docx/index.js';
import { elements, paragraphText, plainSpaces, readDocx } from '../support/docx-read.js';
import { samplePlan } from '../support/sample-model.js';

describe('DOCX executor mark', () => {
  it('is one framed paragraph with both lines; the section break is on a paragraph without a frame', async () => {
    const xml = readDocx(await writeDocx(samplePlan(5))).documentXml;
    const framed = elements(xml, 'w:p').filter((p) => p.includes('<w:framePr'));
    expect(framed).toHaveLength(1);
    expect(plainSpaces(paragraphText(framed[0]!))).toContain('Исп. Иванова И.И.');
    expect(plainSpaces(paragraphText(framed[0]!))).toContain('тел. 8 (4212) 00-00-00');
    expect(framed[0]).toContain('<w:br/>');
    expect(framed[0]).not.toContain('<w:sectPr');
  });
});
