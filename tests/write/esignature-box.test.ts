/**
 * The e-signature stamp stays inside its column: a certificate number with no break opportunity
 * used to widen the frame over the signatory's name.
 */
import { describe, expect, it } from 'vitest';
import type { SignatureBlock } from '../../src/model/document.js';
import { writePdf } from '../../src/write/pdf/index.js';
import { readPdf } from '../support/pdf-read.js';
import { model } from '../support/sample-model.js';

const CERT = '01D8A3F2C4B5E6D7A8B9C0D1E2F3A4B5C6D7E8F9';

function signature(layout: SignatureBlock['layout'], n: number): SignatureBlock {
  const entry = (i: number) => ({
    position: ['Министр'],
    name: `А.Г. Кузнецова${i}`,
    esignature: { lines: ['ДОКУМЕНТ ПОДПИСАН ЭЛЕКТРОННОЙ ПОДПИСЬЮ', `Сертификат: ${CERT}`, 'Владелец: Кузнецова Анна Геннадьевна'] },
  });
  return { type: 'signature', layout, entries: Array.from({ length: n }, (_, i) => entry(i)) };
}

describe('e-signature stamp in the PDF', () => {
  it('stacked: the frame and its text end before the name begins; the certificate is printed whole', async () => {
    const pdf = await readPdf(await writePdf(model([signature('stacked', 1)])));
    const items = pdf.pages[0]!.items;
    const name = items.find((i) => i.str.includes('Кузнецова0'))!;
    const stampText = items.filter((i) => /Сертификат|01D8|Владелец|ДОКУМЕНТ|[0-9A-F]{4,}/.test(i.str) && !i.str.includes('Кузнецова0'));
    expect(stampText.length).toBeGreaterThan(0);
    for (const i of stampText) expect(i.x + i.width, i.str).toBeLessThanOrEqual(name.x);
    expect(pdf.text.replace(/\s/g, '')).toContain(CERT);
  });

  it('side by side: each frame stays in its own column', async () => {
    const pdf = await readPdf(await writePdf(model([signature('side-by-side', 2)])));
    const items = pdf.pages[0]!.items;
    const secondColumn = Math.min(...items.filter((i) => i.str.includes('Кузнецова1') || i.str.startsWith('Министр')).map((i) => i.x).filter((x) => x > 200));
    const firstStamp = items.filter((i) => /[0-9A-F]{6,}/.test(i.str) && i.x < secondColumn);
    expect(firstStamp.length).toBeGreaterThan(0);
    for (const i of firstStamp) expect(i.x + i.width, i.str).toBeLessThanOrEqual(secondColumn);
  });
});
