/** Runs one corpus case (cases.ts) and throws with every problem found. */
import { expect } from 'vitest';
import { relationships, readDocx } from '../../support/docx-read.js';
import type { HardeningCase } from '../cases.js';
import { bodyRowCount, documentProblems, endToEnd, offPage, pdfStreamText, squash, unhyphenated } from './e2e.js';

export async function runCase(c: HardeningCase): Promise<void> {
  const input = c.input();
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  const file = `${c.name.replace(/^file:/, '')}${c.name.endsWith('.yaml') ? '' : '.yaml'}`;
  const r = await endToEnd(bytes, { ...c.options, file });
  const errors = r.diagnostics.filter((d) => d.severity === 'error');
  const shown = r.diagnostics.map((d) => `${d.severity} ${d.code} ${d.line}:${d.column} ${d.message}`).join('\n');

  if (c.outcome === 'diagnostic') {
    expect(r.model, `expected no document, got one; diagnostics:\n${shown}`).toBeUndefined();
    expect(errors.map((d) => `${d.code} ${d.line}:${d.column}`), shown).toContain(`${c.code} ${c.line}:${c.column}`);
    for (const d of r.diagnostics) {
      expect(d.file).toBe(file);
      expect(d.message.length).toBeGreaterThan(8);
    }
    return;
  }

  expect(errors, `expected a document; diagnostics:\n${shown}`).toEqual([]);
  expect(r.model).toBeDefined();
  const { problems, pdf, docxText } = await documentProblems(r);
  expect(problems, problems.join('\n')).toEqual([]);
  const pdfText = pdfStreamText(pdf!);
  for (const check of c.checks) {
    if ('rows' in check) expect(bodyRowCount(r.model!), 'body rows').toBe(check.rows);
    else if ('pagesAtLeast' in check) expect(pdf!.pages.length, 'PDF pages').toBeGreaterThanOrEqual(check.pagesAtLeast);
    else if ('withinPage' in check) expect(offPage(pdf!), 'PDF text beyond the page edge').toEqual([]);
    else if ('diagnostic' in check) expect(r.diagnostics.map((d) => d.code), shown).toContain(check.diagnostic);
    else if ('noDiagnostic' in check) expect(r.diagnostics.map((d) => d.code), shown).not.toContain(check.noDiagnostic);
    else if ('fontWarning' in check) {
      const w = r.diagnostics.find((d) => d.severity === 'warning' && /glyph|font/i.test(d.code));
      expect(w, `a warning about characters the font lacks, naming the cell; got:\n${shown}`).toBeDefined();
      expect(w!.line, 'the warning is located').toBeGreaterThan(0);
    } else if ('substitute' in check) {
      expect(/[□▯?\uFFFD]/u.test(pdfText), 'a visible substitute for characters the font lacks').toBe(true);
    } else if ('text' in check) {
      expect(squash(docxText!), `DOCX has «${check.text}»`).toContain(squash(check.text));
      // (Hyphens left out on both sides: the PDF hyphenates words too wide for their column.)
      expect(unhyphenated(squash(pdfText)), `PDF has «${check.text}»`).toContain(unhyphenated(squash(check.text)));
    } else if ('absent' in check) {
      expect(docxText!.includes(check.absent) || pdfText.includes(check.absent), `«${check.absent}» must not be printed`).toBe(false);
    } else if ('noLinkTo' in check) {
      const links = [...relationships(readDocx(r.docx!)).values()].filter((l) => l.external).map((l) => l.target);
      expect(links.filter((l) => l.toLowerCase().startsWith(check.noLinkTo)), 'DOCX hyperlinks').toEqual([]);
      expect(Buffer.from(r.pdf!).toString('latin1').includes(`/URI (${check.noLinkTo}`), 'PDF link annotation').toBe(false);
    }
  }
}
