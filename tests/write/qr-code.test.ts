/**
 * The QR code node in both writers: PDF vector rectangles bottom right of page 1 (no page added,
 * nothing moved), DOCX a PNG in a floating drawing anchored bottom right of the margin area in the
 * first paragraph of the first section; the PNG decodes back to the encoder's matrix; both
 * formats are byte-identical between runs.
 */
import { inflateSync } from 'node:zlib';
import { strFromU8, unzipSync } from 'fflate';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import type { DocumentModel, QrCode } from '../../src/model/document.js';
import { GOST_THEME } from '../../src/model/theme.js';
import { writeDocx } from '../../src/write/docx/index.js';
import { crc32 } from '../../src/write/docx/crc32.js';
import { qrPng } from '../../src/write/docx/qr-png.js';
import { writePdf } from '../../src/write/pdf/index.js';
import { qrMatrix } from '../../src/write/qr-matrix.js';
import { mmToPt } from '../../src/write/units.js';
import { readPdf } from '../support/pdf-read.js';
import { sampleOrder } from '../support/sample-model.js';

const QR: QrCode = {
  type: 'qr-code',
  text: 'МИНИСТЕРСТВО ОБРАЗОВАНИЯ И НАУКИ; РАСПОРЯЖЕНИЕ; от 14.02.2022 № 50; Об утверждении плана-графика',
  size: 25,
};

/** The sample order (act + landscape appendix) with the QR code first in its first section. */
function withQr(): DocumentModel {
  const m = sampleOrder();
  const [first, ...rest] = m.sections;
  return { ...m, sections: [{ ...first!, blocks: [QR, ...first!.blocks] }, ...rest] };
}

/** Dark runs per row of a matrix: the rectangles the PDF writer draws. */
const runs = (matrix: boolean[][]) => matrix.reduce((n, row) => n + row.filter((d, x) => d && !row[x - 1]).length, 0);

/**
 * Bounding boxes of the paths of each page, [minX, minY, maxX, maxY] in pdfkit's flipped space (y
 * from the top of the page): pdf.js 4 gives them as the last argument of `constructPath`.
 */
async function pathBoxes(bytes: Uint8Array): Promise<string[][]> {
  const doc = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
  const out: string[][] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const list = await (await doc.getPage(n)).getOperatorList();
    const boxes: string[] = [];
    list.fnArray.forEach((fn, i) => {
      if (fn === OPS.constructPath) boxes.push(JSON.stringify((list.argsArray[i] as unknown[])[2]));
    });
    out.push(boxes);
  }
  return out;
}

/** What `after` has more than `before` (multisets). */
function added(before: string[], after: string[]): string[] {
  const left = [...before];
  return after.filter((x) => {
    const i = left.indexOf(x);
    if (i < 0) return true;
    left.splice(i, 1);
    return false;
  });
}

describe('writePdf: the QR code', async () => {
  const plain = await writePdf(sampleOrder());
  const coded = await writePdf(withQr());
  const [a, b] = [await readPdf(plain), await readPdf(coded)];

  it('adds no page and moves no text', () => {
    expect(b.pages.length).toBe(a.pages.length);
    expect(b.text).toBe(a.text);
    for (const [i, page] of b.pages.entries()) expect(page.items).toEqual(a.pages[i]!.items);
  });

  it('draws one rectangle per run of dark modules, on page 1 only, bottom right of its text area', async () => {
    const [pa, pb] = [await pathBoxes(plain), await pathBoxes(coded)];
    const rects = added(pa[0]!, pb[0]!).map((b) => JSON.parse(b) as [number, number, number, number]);
    expect(rects).toHaveLength(runs(qrMatrix(QR.text)));
    for (const [i, page] of pb.slice(1).entries()) expect(added(pa[i + 1]!, page)).toEqual([]);
    const m = GOST_THEME.page.portraitMargins;
    const size = mmToPt(QR.size);
    const right = mmToPt(GOST_THEME.page.width - m.right);
    const bottom = mmToPt(GOST_THEME.page.height - m.bottom) - 1;
    const box = [Math.min(...rects.map((r) => r[0])), Math.min(...rects.map((r) => r[1])), Math.max(...rects.map((r) => r[2])), Math.max(...rects.map((r) => r[3]))];
    // The finder patterns fill the symbol's corners: the union is the whole square.
    expect(box[0]).toBeCloseTo(right - size, 2);
    expect(box[1]).toBeCloseTo(bottom - size, 2);
    expect(box[2]).toBeCloseTo(right, 2);
    expect(box[3]).toBeCloseTo(bottom, 2);
  });

  it('is byte-identical between runs', async () => {
    expect(Buffer.from(await writePdf(withQr())).equals(Buffer.from(coded))).toBe(true);
  });
});

/** PNG chunks after the signature, CRC-checked. */
function pngChunks(png: Uint8Array): Array<{ type: string; data: Uint8Array }> {
  const v = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const out: Array<{ type: string; data: Uint8Array }> = [];
  for (let at = 8; at < png.length; ) {
    const len = v.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    const data = png.subarray(at + 8, at + 8 + len);
    expect(v.getUint32(at + 8 + len), `CRC of ${type}`).toBe(crc32(png.subarray(at + 4, at + 8 + len)));
    out.push({ type, data });
    at += 12 + len;
  }
  return out;
}

/** The matrix read back from a 1-bit grayscale PNG of `scale` pixels per module (module centres). */
function decodePng(png: Uint8Array, scale: number): { width: number; height: number; matrix: boolean[][] } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const chunks = pngChunks(png);
  expect(chunks.map((c) => c.type)).toEqual(['IHDR', 'pHYs', 'IDAT', 'IEND']);
  const ihdr = new DataView(chunks[0]!.data.buffer, chunks[0]!.data.byteOffset, 13);
  const width = ihdr.getUint32(0);
  const height = ihdr.getUint32(4);
  expect([...chunks[0]!.data.subarray(8)]).toEqual([1, 0, 0, 0, 0]);
  const raw = inflateSync(chunks[2]!.data);
  const rowBytes = Math.ceil(width / 8);
  expect(raw.length).toBe((rowBytes + 1) * height);
  const n = width / scale;
  const matrix = Array.from({ length: n }, (_, my) => {
    const y = my * scale + Math.floor(scale / 2);
    expect(raw[y * (rowBytes + 1)]).toBe(0);
    return Array.from({ length: n }, (_, mx) => {
      const x = mx * scale + Math.floor(scale / 2);
      const bit = (raw[y * (rowBytes + 1) + 1 + (x >> 3)]! >> (7 - (x & 7))) & 1;
      return bit === 0;
    });
  });
  return { width, height, matrix };
}

describe('qrPng', () => {
  it('decodes back to the matrix; IHDR is the matrix side × scale; deterministic', () => {
    const matrix = qrMatrix(QR.text);
    const png = qrPng(matrix);
    const decoded = decodePng(png, 8);
    expect(decoded.width).toBe(matrix.length * 8);
    expect(decoded.height).toBe(matrix.length * 8);
    expect(decoded.matrix).toEqual(matrix);
    expect(Buffer.from(qrPng(matrix)).equals(Buffer.from(png))).toBe(true);
  });

  it('a quiet zone is white', () => {
    const matrix = qrMatrix('x');
    const decoded = decodePng(qrPng(matrix, { scale: 3, quiet: 4 }), 3);
    expect(decoded.width).toBe((matrix.length + 8) * 3);
    expect(decoded.matrix[0]!.every((d) => !d)).toBe(true);
    expect(decoded.matrix.slice(4, -4).map((r) => r.slice(4, -4))).toEqual(matrix);
  });
});

describe('writeDocx: the QR code', async () => {
  const bytes = await writeDocx(withQr());
  const files = unzipSync(bytes);
  const documentXml = strFromU8(files['word/document.xml']!);
  const rels = strFromU8(files['word/_rels/document.xml.rels']!);

  it('one PNG part, referenced from the first paragraph of the first section', () => {
    const media = Object.keys(files).filter((p) => p.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    expect(media[0]).toMatch(/^word\/media\/[^/]+\.png$/);
    const rel = new RegExp(`<Relationship Id="([^"]+)" Type="[^"]*/image" Target="${media[0]!.slice('word/'.length)}"/>`).exec(rels);
    expect(rel).not.toBeNull();
    const embed = documentXml.indexOf(`r:embed="${rel![1]}"`);
    expect(embed).toBeGreaterThan(0);
    expect(embed).toBeLessThan(documentXml.indexOf('<w:sectPr'));
    expect(embed).toBeLessThan(documentXml.indexOf('</w:p>'));
    expect(strFromU8(files['[Content_Types].xml']!)).toMatch(/Extension="png"/);
  });

  it('floats bottom right of the margin area, 25 mm square, text wrapped at its left', () => {
    const anchor = /<wp:anchor [\s\S]*?<\/wp:anchor>/.exec(documentXml)![0];
    expect(anchor).toMatch(/<wp:positionH relativeFrom="margin"><wp:align>right<\/wp:align>/);
    expect(anchor).toMatch(/<wp:positionV relativeFrom="margin"><wp:align>bottom<\/wp:align>/);
    expect(anchor).toMatch(/<wp:wrapSquare wrapText="left"/);
    const cx = Number(/<wp:extent cx="(\d+)" cy="(\d+)"/.exec(anchor)![1]);
    expect(Math.abs(cx / 36_000 - QR.size)).toBeLessThan(0.2);
  });

  it('the PNG in the package decodes to the encoder\'s matrix', () => {
    const png = Object.entries(files).find(([p]) => p.endsWith('.png'))![1];
    const matrix = qrMatrix(QR.text);
    expect(decodePng(png, 8).matrix).toEqual(matrix);
  });

  it('2016 (no node): no image', async () => {
    const plain = unzipSync(await writeDocx(sampleOrder()));
    expect(Object.keys(plain).filter((p) => p.startsWith('word/media/'))).toEqual([]);
  });

  it('is byte-identical between runs (the image relationship id is stable)', async () => {
    expect(Buffer.from(await writeDocx(withQr())).equals(Buffer.from(bytes))).toBe(true);
    expect(rels).not.toMatch(/Id="(?!rId)[^"]*"/);
  });
});

describe('the directive example (gost: 2025), once registered, against the same roadmap under 2016', async () => {
  const { loadRoadmapFile } = await import('../../src/load/index.js');
  const { render } = await import('../../src/render.js');
  const path = await import('node:path');
  const loaded = await loadRoadmapFile(path.resolve(import.meta.dirname, '../../examples/khabarovsk-directive-draft-2022.yaml'));
  // The example is a draft (no QR code); registered, it has a date and a number.
  const draft = loaded.roadmap!;
  const roadmap = { ...draft, document: { ...draft.document, date: '2022-06-10', number: '123-р' } };
  const now = '2022-06-10T00:00:00Z';
  const r2025 = await render(roadmap, { now });
  const r2016 = await render({ ...roadmap, document: { ...roadmap.document, gost: '2016' } }, { now });

  it('the 2025 rendering has the QR code in both formats and the same page count', async () => {
    expect(roadmap.document.gost).toBe('2025');
    const [p25, p16] = [await readPdf(r2025.pdf!), await readPdf(r2016.pdf!)];
    expect(p25.pages.length).toBe(p16.pages.length);
    const [b25, b16] = [await pathBoxes(r2025.pdf!), await pathBoxes(r2016.pdf!)];
    expect(added(b16[0]!, b25[0]!).length).toBeGreaterThan(100);
    expect(Object.keys(unzipSync(r2025.docx!)).filter((p) => p.endsWith('.png'))).toHaveLength(1);
    expect(Object.keys(unzipSync(r2016.docx!)).filter((p) => p.endsWith('.png'))).toHaveLength(0);
  });
});
