/**
 * The archival PDF (`--pdfa`): PDF/A-3b structures checked directly (veraPDF, a Java program
 * from Maven, cannot be installed here): the file passes `qpdf --check`, is PDF 1.7, its XMP
 * names pdfaid part 3 conformance B and agrees with the information dictionary, the catalog has
 * an sRGB output intent with its ICC profile, every font is embedded, and the source YAML is the
 * associated file roadmap.yaml (AFRelationship /Source, MIME application/yaml, dated); `extract`
 * returns its exact bytes, also after qpdf rewrote the file with object streams.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { embeddedRoadmapSource } from '../../src/archive/embedded-source.js';
import { loadRoadmapSource, roadmapSourceBytes } from '../../src/archive/roadmap-source.js';
import { loadRoadmapFile, loadRoadmapText } from '../../src/load/index.js';
import { render } from '../../src/render.js';
import { cli, tempDir } from '../cli/harness.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const EXAMPLE = join(ROOT, 'examples/gorokhovets-order-2022.yaml');
const NOW = '2022-02-14T00:00:00Z';

async function archival(file = EXAMPLE): Promise<{ pdf: Uint8Array; source: Uint8Array }> {
  const loaded = await loadRoadmapFile(file, { extendsRoot: ROOT });
  const source = (await roadmapSourceBytes(loaded, file))!;
  const { pdf } = await render(loaded.roadmap!, { formats: ['pdf'], now: NOW, pdfa: { source } });
  return { pdf: pdf!, source };
}

/** `qpdf --show-object` of an object (or the trailer) as text. */
function show(file: string, object: string): string {
  return execFileSync('qpdf', [`--show-object=${object}`, file], { encoding: 'latin1' });
}

function xmp(pdf: Uint8Array): string {
  const text = Buffer.from(pdf).toString('utf8');
  const start = text.indexOf('<?xpacket begin');
  return text.slice(start, text.indexOf('<?xpacket end="w"?>', start) + 19);
}

describe('archival PDF (PDF/A-3b)', () => {
  it('passes qpdf --check, is PDF 1.7 and carries pdfaid, the output intent and the source', async () => {
    const { pdf, source } = await archival();
    const file = join(tempDir(), 'order.pdf');
    writeFileSync(file, pdf);
    expect(execFileSync('qpdf', ['--check', file], { encoding: 'utf8' })).toContain('No syntax or stream encoding errors');
    expect(Buffer.from(pdf.subarray(0, 9)).toString('latin1')).toBe('%PDF-1.7\n');
    // Binary comment on the second line (four bytes over 127), as PDF/A asks.
    expect([...pdf.subarray(10, 14)].every((b) => b > 127)).toBe(true);

    const trailer = show(file, 'trailer');
    expect(trailer).toMatch(/\/ID \[ <([0-9a-f]{32})> <\1> \]/);
    const root = /\/Root (\d+) 0 R/.exec(trailer)![1]!;
    const catalog = show(file, root);
    expect(catalog).not.toContain('/Encrypt');
    const ref = (key: string) => new RegExp(`/${key} \\[? ?(\\d+) 0 R`).exec(catalog)?.[1];

    // XMP: pdfaid part 3, conformance B, and the same title, creator, producer and dates as /Info.
    const metadata = show(file, ref('Metadata')!);
    expect(metadata).toContain('/Subtype /XML');
    expect(metadata).not.toContain('/Filter');
    const packet = xmp(pdf);
    expect(packet).toContain('<pdfaid:part>3</pdfaid:part>');
    expect(packet).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
    expect(packet).toContain('<xmp:CreateDate>2022-02-14T00:00:00Z</xmp:CreateDate>');
    expect(packet).toContain('<xmp:ModifyDate>2022-02-14T00:00:00Z</xmp:ModifyDate>');
    expect(packet).toContain('<pdf:Producer>plangraf</pdf:Producer>');
    expect(packet).toContain('<xmp:CreatorTool>plangraf</xmp:CreatorTool>');
    expect(packet).toContain('<rdf:li xml:lang="x-default">Об утверждении плана-графика');
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/CreationDate:\s+Mon Feb 14 00:00:00 2022 UTC/);
    expect(info).toMatch(/ModDate:\s+Mon Feb 14 00:00:00 2022 UTC/);

    // The sRGB output intent with an RGB ICC profile.
    const intent = show(file, ref('OutputIntents')!);
    expect(intent).toContain('/S /GTS_PDFA1');
    expect(intent).toContain('/OutputConditionIdentifier (sRGB IEC61966-2.1)');
    const profile = /\/DestOutputProfile (\d+) 0 R/.exec(intent)![1]!;
    expect(show(file, profile)).toContain('/N 3');
    const icc = execFileSync('qpdf', [`--show-object=${profile}`, '--filtered-stream-data', file]);
    expect(icc.subarray(36, 40).toString('latin1')).toBe('acsp');
    expect(icc.subarray(16, 20).toString('latin1')).toBe('RGB ');

    // Every font embedded.
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter((l) => l.trim());
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) expect(line, line).toMatch(/ yes +yes +yes /);

    // The source: /AF [filespec] with /AFRelationship /Source, the embedded file typed and dated.
    const spec = show(file, ref('AF')!);
    expect(spec).toContain('/AFRelationship /Source');
    expect(spec).toContain('/F (roadmap.yaml)');
    expect(spec).toContain('/UF (roadmap.yaml)');
    const ef = /\/EF << \/F (\d+) 0 R >>/.exec(spec)![1]!;
    const stream = show(file, ef);
    expect(stream).toContain('/Type /EmbeddedFile');
    expect(stream).toContain('/Subtype /application#2fyaml');
    expect(stream).toMatch(/\/ModDate \(D:20220214000000Z\)/);
    expect(stream).toContain(`/Size ${source.length}`);
    expect(execFileSync('pdfdetach', ['-list', file], { encoding: 'utf8' })).toContain('1: roadmap.yaml');
  });

  it('is deterministic, and the file identifier depends on the source', async () => {
    const a = await archival();
    const b = await archival();
    expect(Buffer.compare(a.pdf, b.pdf)).toBe(0);
    const loaded = await loadRoadmapFile(EXAMPLE);
    const other = await render(loaded.roadmap!, { formats: ['pdf'], now: NOW, pdfa: { source: new TextEncoder().encode('# another\n') } });
    const id = (pdf: Uint8Array) => /\/ID \[<([0-9a-f]+)>/.exec(Buffer.from(pdf).toString('latin1'))?.[1];
    expect(id(a.pdf)).toBeDefined();
    expect(id(other.pdf!)).not.toBe(id(a.pdf));
  });

  it('extract returns the exact bytes of the YAML, from the PDF and after qpdf rewrote it with object streams', async () => {
    const { pdf } = await archival();
    const yaml = readFileSync(EXAMPLE);
    const found = embeddedRoadmapSource(pdf, 40 << 20);
    expect(found.ok && Buffer.compare(Buffer.from(found.bytes), yaml)).toBe(0);

    const dir = tempDir();
    writeFileSync(join(dir, 'order.pdf'), pdf);
    execFileSync('qpdf', ['--object-streams=generate', join(dir, 'order.pdf'), join(dir, 'rewritten.pdf')]);
    const again = embeddedRoadmapSource(readFileSync(join(dir, 'rewritten.pdf')), 40 << 20);
    expect(again.ok && Buffer.compare(Buffer.from(again.bytes), yaml)).toBe(0);

    let stdout: Uint8Array = new Uint8Array();
    const r = await cli(['extract', 'order.pdf'], { cwd: dir, writeStdout: async (b) => void (stdout = b) });
    expect(r.code).toBe(0);
    expect(Buffer.compare(Buffer.from(stdout), yaml)).toBe(0);
    const w = await cli(['extract', 'order.pdf', '--out', 'back.yaml'], { cwd: dir });
    expect(w.code).toBe(0);
    expect(Buffer.compare(readFileSync(join(dir, 'back.yaml')), yaml)).toBe(0);
  });

  it('reads a PDF with an incremental update appended (as a signing program writes one)', async () => {
    const { pdf } = await archival();
    const text = Buffer.from(pdf).toString('latin1');
    const prev = [...text.matchAll(/startxref\s+(\d+)/g)].at(-1)![1]!;
    const trailer = text.slice(text.lastIndexOf('trailer'));
    const size = Number(/\/Size (\d+)/.exec(trailer)![1]);
    const root = /\/Root (\d+ 0 R)/.exec(trailer)![1]!;
    const objectAt = pdf.length;
    const object = `${size} 0 obj\n<< /Producer (re-saved) >>\nendobj\n`;
    const xrefAt = objectAt + object.length;
    const update = `${object}xref\n${size} 1\n${String(objectAt).padStart(10, '0')} 00000 n \ntrailer\n<< /Size ${size + 1} /Root ${root} /Info ${size} 0 R /Prev ${prev} >>\nstartxref\n${xrefAt}\n%%EOF\n`;
    const updated = Buffer.concat([Buffer.from(pdf), Buffer.from(update, 'latin1')]);
    const file = join(tempDir(), 'signed.pdf');
    writeFileSync(file, updated);
    expect(execFileSync('qpdf', ['--check', file], { encoding: 'utf8' })).toContain('No syntax or stream encoding errors');
    expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/Producer:\s+re-saved/);
    const found = embeddedRoadmapSource(updated, 40 << 20);
    expect(found.ok && Buffer.compare(Buffer.from(found.bytes), readFileSync(EXAMPLE))).toBe(0);
  });

  it('a file with extends embeds the merged roadmap: loaded back from the PDF, it renders the same document', async () => {
    const file = join(ROOT, 'examples/region/municipalities/murom.yaml');
    const { pdf, source } = await archival(file);
    const text = new TextDecoder().decode(source);
    expect(text.split('\n')[0]).toBe('# Собрано plangraf из murom.yaml ← base.yaml (extends применён) / merged by plangraf from murom.yaml ← base.yaml');
    expect(text).not.toMatch(/^extends:/m);
    const dir = tempDir();
    writeFileSync(join(dir, 'murom.pdf'), pdf);
    const back = await loadRoadmapSource(join(dir, 'murom.pdf'));
    expect(back.diagnostics).toEqual([]);
    expect(back.from).toBe('pdf');
    expect(back.file).toBe(join(dir, 'murom.pdf#roadmap.yaml'));
    const original = await loadRoadmapFile(file, { extendsRoot: join(ROOT, 'examples/region') });
    const [a, b] = await Promise.all([original, back].map((l) => render(l.roadmap!, { formats: ['docx'], now: NOW })));
    expect(Buffer.compare(a!.docx!, b!.docx!)).toBe(0);
  });

  it('an XML-special title is escaped in the XMP', async () => {
    const { roadmap } = await loadRoadmapText('document: {kind: order, title: "О «A & B» <проект>"}\nplan: {title: П, items: [{task: Т}]}\n');
    const { pdf } = await render(roadmap!, { formats: ['pdf'], now: NOW, pdfa: {} });
    const packet = xmp(pdf!);
    expect(packet).toContain('О «A &amp; B» &lt;проект&gt;');
    expect(packet).not.toContain('A & B');
  });

  it('PDFs that carry no roadmap: exit 1 with a diagnostic; not a PDF: usage', async () => {
    const dir = tempDir();
    const loaded = await loadRoadmapFile(EXAMPLE);
    const { pdf } = await render(loaded.roadmap!, { formats: ['pdf'], now: NOW });
    writeFileSync(join(dir, 'plain.pdf'), pdf!);
    const plain = await cli(['extract', 'plain.pdf'], { cwd: dir });
    expect(plain.code).toBe(1);
    expect(plain.err).toContain('plain.pdf: ошибка [pdf-no-roadmap]: В этом PDF нет встроенного плана (roadmap.yaml)');
    const { pdf: archived } = await archival();
    writeFileSync(join(dir, 'cut.pdf'), archived.subarray(0, Math.floor(archived.length / 3)));
    const cut = await cli(['extract', 'cut.pdf', '--lang', 'en'], { cwd: dir });
    expect(cut.code).toBe(1);
    expect(cut.err).toContain('cut.pdf: error [pdf-unreadable]: The PDF could not be read: the file is damaged or cut short.');
    writeFileSync(join(dir, 'fake.pdf'), 'document: {kind: plan}\n');
    const fake = await cli(['extract', 'fake.pdf'], { cwd: dir });
    expect(fake.code).toBe(1);
    expect(fake.err).toContain('[pdf-unreadable]');
    const yaml = await cli(['extract', EXAMPLE], { cwd: dir });
    expect(yaml.code).toBe(2);
    const missing = await cli(['extract', 'none.pdf'], { cwd: dir });
    expect(missing.code).toBe(3);
  });

  it('render --pdfa and batch --pdfa write archival PDFs; --pdfa without pdf is a usage error', async () => {
    const out = tempDir();
    const r = await cli(['render', EXAMPLE, '--pdfa', '--format', 'pdf', '--out', out, '--now', NOW]);
    expect(r.code).toBe(0);
    const written = readFileSync(join(out, 'gorokhovets-order-2022.pdf'));
    expect(Buffer.compare(written, (await archival()).pdf)).toBe(0);
    const bad = await cli(['render', EXAMPLE, '--pdfa', '--format', 'docx', '--out', out]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--pdfa относится к PDF');
    const batchOut = tempDir();
    const b = await cli(['batch', join(ROOT, 'examples/region'), '--pdfa', '--format', 'pdf', '--out', batchOut, '--jobs', '1']);
    expect(b.code).toBe(0);
    const murom = embeddedRoadmapSource(readFileSync(join(batchOut, 'округ Муром', 'order.pdf')), 40 << 20);
    expect(murom.ok && new TextDecoder().decode(murom.bytes)).toContain('municipality: округ Муром');
  });
});
