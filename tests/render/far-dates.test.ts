/**
 * Dates the schema allows up to 2200 (and any `--now`): a DOCX zip entry holds an MS-DOS time
 * (1980–2107 only), so a later time is stamped as the last one it can hold (src/write/docx/zip.ts);
 * the document's own dates (docProps/core.xml, the PDF info) keep the real one. Before, a date
 * from 2108 on crashed the DOCX writer (exit 70).
 */
import { copyFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/diagnostics/diagnostic.js';
import { loadRoadmapText } from '../../src/load/index.js';
import { render } from '../../src/render.js';
import { readDocx } from '../support/docx-read.js';
import { readPdf } from '../support/pdf-read.js';
import { cli, tempDir } from '../cli/harness.js';

const text = `document:
  kind: order
  authority: {name: [АДМИНИСТРАЦИЯ]}
  date: 01.03.2150
  number: 1
  title: О плане
  points: [Утвердить план]
  signatories:
    - {position: Глава, name: И.И. Иванов}
plan:
  title: План
  period: 2150
  items:
    - task: Задача
      deadline: до 01.12.2150
`;

/** Year, month, day of the first local zip entry's MS-DOS date. */
function entryDate(docx: Uint8Array): [number, number, number] {
  const dos = new DataView(docx.buffer, docx.byteOffset).getUint32(10, true);
  return [(dos >>> 25) + 1980, (dos >>> 21) & 15, (dos >>> 16) & 31];
}

describe('dates past 2107', () => {
  it.each([[undefined, '2150-03-01T00:00:00Z', 'D:21500301'], ['2200-01-01T00:00:00Z', '2200-01-01T00:00:00Z', 'D:22000101']])(
    'now %s: both formats written; core.xml and the PDF keep the real date, the zip entries 2107-12-31', async (now, created, pdfDate) => {
      const { roadmap, diagnostics } = await loadRoadmapText(text);
      expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      const out = await render(roadmap!, now === undefined ? {} : { now });
      expect(Object.keys(unzipSync(out.docx!))).toContain('word/document.xml');
      expect(readDocx(out.docx!).part('docProps/core.xml')).toContain(`<dcterms:created xsi:type="dcterms:W3CDTF">${created}</dcterms:created>`);
      expect(entryDate(out.docx!)).toEqual([2107, 12, 31]);
      const pdf = await readPdf(out.pdf!);
      expect(String(pdf.info.CreationDate)).toMatch(new RegExp(`^${pdfDate}`));
      expect(pdf.text).toContain('01.03.2150');
    });

  it('plangraf render --now 2200-01-01: exit 0, both files written', async () => {
    const dir = tempDir();
    copyFileSync(resolve(import.meta.dirname, '../../examples/gorokhovets-order-2022.yaml'), join(dir, 'order.yaml'));
    const r = await cli(['render', 'order.yaml', '--now', '2200-01-01'], { cwd: dir });
    expect(r.err).not.toContain('render-worker-crashed');
    expect(r.code).toBe(EXIT.ok);
    expect(existsSync(join(dir, 'order.docx')) && existsSync(join(dir, 'order.pdf'))).toBe(true);
  });
});
