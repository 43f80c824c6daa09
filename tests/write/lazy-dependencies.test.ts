/**
 * pdfkit's, fontkit's and pdfmake's parts a plangraf PDF never uses (Brotli for WOFF2 fonts, AES
 * for encryption, SVG support) are not loaded by writing a PDF (src/write/pdf/lazy-dependencies.ts),
 * yet still work when something calls them. Checked in a fresh Node process on the built package
 * (the module cache is the process's).
 */
import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDist } from '../batch/build-dist.js';

const ROOT = new URL('../../', import.meta.url);

const SCRIPT = `
import { createRequire } from 'node:module';
import { brotliCompressSync } from 'node:zlib';
const root = ${JSON.stringify(new URL('dist/', ROOT).href)};
const { writePdf } = await import(root + 'write/pdf/index.js');
const pdf = await writePdf({ meta: { title: 'T', created: '2022-02-14T09:00:00Z', language: 'ru-RU' },
  sections: [{ orientation: 'portrait', blocks: [{ type: 'paragraph', style: 'body', runs: [{ text: 'Приказ' }] }] }] });
const require = createRequire(${JSON.stringify(new URL('dist/write/pdf/index.js', ROOT).href)});
const pdfmake = require.resolve('pdfmake/js/PDFDocument.js');
const pdfkit = createRequire(pdfmake).resolve('pdfkit');
const fontkit = createRequire(pdfkit).resolve('fontkit');
const loaded = (from, request) => Boolean(require.cache[createRequire(from).resolve(request)]);
const before = {
  pdf: Buffer.from(pdf.subarray(0, 5)).toString(),
  brotliDictionary: loaded(fontkit, 'brotli/dec/dictionary.js'),
  aesCode: loaded(pdfkit, '@noble/ciphers/_polyval.js'),
  sha2: loaded(pdfkit, '@noble/hashes/_md.js'),
  svgToPdfkit: loaded(pdfmake, './3rd-party/svg-to-pdfkit/source.js'),
  sax: loaded(createRequire(pdfmake).resolve('xmldoc'), 'sax'),
};
// Each still works when called.
const decompress = createRequire(fontkit)('brotli/decompress.js');
const used = {
  brotli: Buffer.from(decompress(brotliCompressSync(Buffer.from('проба')))).toString(),
  aes: typeof createRequire(pdfkit)('@noble/ciphers/aes').cbc,
  sha256: Buffer.from(createRequire(pdfkit)('@noble/hashes/sha2').sha256(new Uint8Array([97]))).toString('hex').slice(0, 8),
  svg: typeof createRequire(pdfmake)('./3rd-party/svg-to-pdfkit.js').default,
  xml: new (createRequire(pdfmake)('xmldoc').XmlDocument)('<a b="1"/>').attr.b,
};
console.log(JSON.stringify({ before, used }));
`;

describe('unused parts of the PDF libraries', () => {
  beforeAll(() => buildDist(), 120_000);

  it('are not loaded to write a PDF, and work when called', () => {
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', SCRIPT], { encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual({
      before: { pdf: '%PDF-', brotliDictionary: false, aesCode: false, sha2: false, svgToPdfkit: false, sax: false },
      used: { brotli: 'проба', aes: 'function', sha256: 'ca978112', svg: 'function', xml: '1' },
    });
  }, 60_000);
});
