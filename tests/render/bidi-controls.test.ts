/**
 * Bidi control characters (U+202E and the like) in roadmap text: Word would reorder the text
 * around them and the PDF would not, so both writers leave them out and the DOCX and the PDF say
 * the same thing; the loader warns, naming the characters, at the string.
 */
import { describe, expect, it } from 'vitest';
import { loadRoadmapText } from '../../src/load/index.js';
import { render } from '../../src/render.js';
import { readDocx } from '../support/docx-read.js';
import { readPdf } from '../support/pdf-read.js';

const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

const text = `document:
  kind: plan
  approval: {by: official, position: Директор, name: И.И. Иванов}
plan:
  title: "План \\u2067закупок\\u2069"
  items:
    - task: "Оплата \\u202E10 000,00\\u202C руб."
      result: "Отчёт\\u200F принят"
`;

describe('bidi control characters', () => {
  it('are named in a located warning', async () => {
    const { diagnostics } = await loadRoadmapText(text, { file: 'b.yaml' });
    expect(diagnostics.map((d) => `${d.code} ${d.line}:${d.column}`)).toEqual(['text-bidi-control 5:10', 'text-bidi-control 7:13', 'text-bidi-control 8:15']);
    expect(diagnostics[1]!.message).toContain('U+202E RIGHT-TO-LEFT OVERRIDE, U+202C POP DIRECTIONAL FORMATTING');
  });

  it('the DOCX and the PDF print the same text, in stored order, without them', async () => {
    const { roadmap } = await loadRoadmapText(text);
    const out = await render(roadmap!, { now: '2022-02-14T00:00:00Z' });
    const xml = readDocx(out.docx!).documentXml;
    const pdf = (await readPdf(out.pdf!)).text;
    for (const printed of [xml, pdf]) {
      expect(printed.replace(/\u00a0/g, ' ')).toContain('Оплата 10 000,00 руб.');
      expect(printed).toContain('План закупок');
      expect(printed).toContain('Отчёт принят');
      expect(printed).not.toMatch(BIDI);
    }
  });
});
