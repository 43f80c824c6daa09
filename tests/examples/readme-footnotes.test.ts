/**
 * The README's examples of footnotes and of the letterhead's requisites load without warnings
 * and render to what the README says, in both formats (the README promises examples that work).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadRoadmapText } from '../../src/load/index.js';
import { render, type RenderResult } from '../../src/render.js';
import { elements, paragraphText, readDocx, tables } from '../support/docx-read.js';
import { readPdf } from '../support/pdf-read.js';
import { normal } from '../support/render-example.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** The first ```yaml block after a heading. */
function example(heading: string): string {
  const at = readme.indexOf(`\n${heading}\n`);
  expect(at, heading).toBeGreaterThan(0);
  return /```yaml\n([\s\S]*?)```/.exec(readme.slice(at))![1]!;
}

async function rendered(yaml: string): Promise<RenderResult> {
  const loaded = await loadRoadmapText(yaml, { file: 'README.yaml' });
  expect(loaded.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  return render(loaded.roadmap!, { now: '2022-06-16T00:00:00Z' });
}

describe('README: footnotes and the letterhead', () => {
  it('Footnotes: four notes numbered by first reference, a second reference repeating its number, at the foot of page 1 and in Word\'s footnotes', async () => {
    const result = await rendered(example('### Footnotes'));
    const pdf = await readPdf(result.pdf!);
    const first = normal(pdf.pages[0]!.text);
    for (const note of ['Утверждён протоколом', 'По данным ФГБУ «ФИОКО», см. сайт института.', 'Доля рассчитывается']) expect(first).toContain(note);
    const last = pdf.pages.at(-1)!;
    expect(normal(last.text)).toContain('Сроки указаны включительно.');
    // The plan's title repeats the goal's note: one note, printed once.
    expect(pdf.text.split('По данным ФГБУ').length - 1).toBe(1);
    const docx = readDocx(result.docx!);
    expect([...docx.documentXml.matchAll(/<w:footnoteReference w:id="(\d)"\/>/g)].map((m) => m[1])).toEqual(['1', '2', '3', '4']);
    expect(docx.documentXml).toContain('NOTEREF _RefFootnote2');
    const notes = elements(docx.part('word/footnotes.xml'), 'w:footnote').slice(2).map((n) => normal(paragraphText(n)).trim());
    expect(notes).toEqual([
      'Утверждён протоколом заседания проектного офиса от 14.05.2022 № 3.',
      'По данным ФГБУ «ФИОКО», см. сайт института.',
      'Доля рассчитывается от числа школ региона на 1 сентября.',
      'Сроки указаны включительно.',
    ]);
    // The note's link is a relationship of the footnotes part.
    expect(docx.part('word/_rels/footnotes.xml.rels')).toContain('Target="https://fioco.ru"');
  });

  it('Letterhead and addressee: the requisites as written, in order, one per line; the e-mail under the addressee', async () => {
    const result = await rendered(example('### Letterhead and addressee'));
    const lines = [
      'пр. Ленина, д. 24, г. Петрозаводск, 185035',
      'Телефон: (8142) 71-73-00',
      'Факс: (8142) 78-17-59',
      'E-mail: minedu@karelia.ru',
      'ОКПО 00097590, ОКОГУ 2300223',
      'ОГРН 1021000538481, ИНН/КПП 1001040375/100101001',
    ];
    const letterhead = tables(readDocx(result.docx!).documentXml)[0]!.rows[0]!.cells;
    const left = elements(letterhead[0]!.xml, 'w:p').map((p) => normal(paragraphText(p)));
    expect(left.slice(2, 2 + lines.length)).toEqual(lines);
    expect(elements(letterhead[2]!.xml, 'w:p').map((p) => normal(paragraphText(p)))).toEqual(['Директору ФГБУ «ФИОКО»', 'Станченко С.В.', 'e-mail: info@fioco.ru']);
    const page = (await readPdf(result.pdf!)).pages[0]!;
    const at = (s: string) => page.items.find((i) => normal(i.str).includes(s))!;
    // One line each, top to bottom in the author's order («ОГРН …» may wrap in the narrow column).
    const ys = lines.map((l) => at(l.slice(0, 14)).y);
    expect(ys).toEqual([...ys].sort((a, b) => b - a));
    expect(new Set(ys).size).toBe(lines.length);
    expect(at('e-mail: info@fioco.ru').y).toBeLessThan(at('Станченко С.В.').y);
    expect(at('e-mail: info@fioco.ru').x).toBeCloseTo(at('Станченко С.В.').x, 0);
  });
});
