/**
 * What a program pays for at `import 'plangraf'`: the package's index re-exports everything, but
 * the heavy libraries load only when their part is used — `yaml` for a file the fast reader leaves
 * to it (or a batch reading its inputs), pdfkit and fontkit for a PDF (a DOCX is measured from
 * the kept Tinos metrics, without them), saxes for a Word import. Checked in a fresh Node
 * process on the built package, through its CommonJS module cache (these libraries are CommonJS).
 */
import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDist } from '../batch/build-dist.js';

const INDEX = new URL('../../dist/index.js', import.meta.url).href;

function loadedAfter(code: string): string[] {
  const script = `
import { createRequire } from 'node:module';
const plangraf = await import(${JSON.stringify(INDEX)});
${code}
const cache = createRequire(import.meta.url).cache;
const names = Object.keys(cache).filter((k) => k.includes('/node_modules/')).map((k) => k.replace(/^.*\\/node_modules\\//, '').split('/')[0]);
console.log(JSON.stringify([...new Set(names)].sort()));
`;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })) as string[];
}

describe('heavy libraries load when used', () => {
  beforeAll(() => buildDist(), 120_000);

  it('importing the package loads neither yaml nor the PDF libraries', () => {
    const loaded = loadedAfter('');
    expect(loaded).not.toContain('yaml');
    expect(loaded).not.toContain('pdfkit');
    expect(loaded).not.toContain('fontkit');
  }, 60_000);

  it('writing a DOCX without tables loads neither fontkit nor pdfkit; a PDF does, and so does a DOCX with a plan (laid out as its PDF first: one pagination)', () => {
    const render = (format: string) => `const r = await plangraf.loadRoadmapText('document: {kind: plan}\\nplan: {title: П, items: [{task: Т}]}\\n'); const out = await plangraf.render(r.roadmap, { formats: ['${format}'] }); if (!out.${format}) throw new Error('no ${format}');`;
    const text = "const m = { meta: { title: 'П', created: '2022-01-01T00:00:00Z', language: 'ru-RU' }, sections: [{ orientation: 'portrait', blocks: [{ type: 'paragraph', style: 'body', runs: [{ text: 'Текст' }] }] }] }; const d = await plangraf.writeDocx(m); if (!d.length) throw new Error('no docx');";
    const docx = loadedAfter(text);
    expect(docx).not.toContain('fontkit');
    expect(docx).not.toContain('pdfkit');
    expect(loadedAfter(render('docx'))).toEqual(expect.arrayContaining(['fontkit', 'pdfkit']));
    expect(loadedAfter(render('pdf'))).toEqual(expect.arrayContaining(['fontkit', 'pdfkit']));
  }, 60_000);

  it('importing the package does not load saxes; importing a DOCX does', () => {
    expect(loadedAfter('')).not.toContain('saxes');
    const imported = "const r = await plangraf.loadRoadmapText('document: {kind: plan}\\nplan: {title: П, items: [{task: Т}]}\\n'); const out = await plangraf.render(r.roadmap, { formats: ['docx'] }); const i = await plangraf.importDocx(out.docx); if (!i.yaml) throw new Error('not imported');";
    expect(loadedAfter(imported)).toContain('saxes');
  }, 60_000);

  it('an XLSX loads neither docx nor the PDF libraries nor saxes; import-status loads saxes', () => {
    const xlsx = loadedAfter("const r = await plangraf.loadRoadmapText('document: {kind: plan}\\nplan: {title: П, items: [{id: a, task: Т}]}\\n'); const out = await plangraf.render(r.roadmap, { formats: ['xlsx'] }); if (!out.xlsx) throw new Error('no xlsx');");
    for (const heavy of ['docx', 'pdfkit', 'fontkit', 'saxes']) expect(xlsx).not.toContain(heavy);
    const imported = "const fs = await import('node:fs'); const os = await import('node:os'); const path = await import('node:path'); const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'plangraf-lazy-')), 'plan.yaml'); const yaml = 'document: {kind: plan}\\nplan: {title: П, items: [{id: a, task: Т}]}\\n'; fs.writeFileSync(file, yaml); const r = await plangraf.loadRoadmapText(yaml); const out = await plangraf.render(r.roadmap, { formats: ['xlsx'] }); const i = await plangraf.importStatus(file, out.xlsx); fs.rmSync(path.dirname(file), { recursive: true, force: true }); if (i.diagnostics.length > 0) throw new Error('not read');";
    expect(loadedAfter(imported)).toContain('saxes');
  }, 60_000);

  it('loading a plain roadmap does not load yaml; one with an anchor does', () => {
    const plain = "const r = await plangraf.loadRoadmapText('document: {kind: plan}\\nplan: {title: П, items: [{task: Т}]}\\n'); if (!r.roadmap) throw new Error('not loaded');";
    expect(loadedAfter(plain)).not.toContain('yaml');
    const anchored = "await plangraf.loadRoadmapText('document: &d {kind: plan}\\nplan: {title: П, items: [{task: Т}]}\\n');";
    expect(loadedAfter(anchored)).toContain('yaml');
  }, 60_000);
});
