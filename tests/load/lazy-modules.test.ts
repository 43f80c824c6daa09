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

  it('writing a DOCX loads neither fontkit nor pdfkit; writing a PDF does', () => {
    const render = (format: string) => `const r = await plangraf.loadRoadmapText('document: {kind: plan}\\nplan: {title: П, items: [{task: Т}]}\\n'); const out = await plangraf.render(r.roadmap, { formats: ['${format}'] }); if (!out.${format}) throw new Error('no ${format}');`;
    const docx = loadedAfter(render('docx'));
    expect(docx).not.toContain('fontkit');
    expect(docx).not.toContain('pdfkit');
    expect(loadedAfter(render('pdf'))).toEqual(expect.arrayContaining(['fontkit', 'pdfkit']));
  }, 60_000);

  it('importing the package does not load saxes; importing a DOCX does', () => {
    expect(loadedAfter('')).not.toContain('saxes');
    const imported = "const r = await plangraf.loadRoadmapText('document: {kind: plan}\\nplan: {title: П, items: [{task: Т}]}\\n'); const out = await plangraf.render(r.roadmap, { formats: ['docx'] }); const i = await plangraf.importDocx(out.docx); if (!i.yaml) throw new Error('not imported');";
    expect(loadedAfter(imported)).toContain('saxes');
  }, 60_000);

  it('loading a plain roadmap does not load yaml; one with an anchor does', () => {
    const plain = "const r = await plangraf.loadRoadmapText('document: {kind: plan}\\nplan: {title: П, items: [{task: Т}]}\\n'); if (!r.roadmap) throw new Error('not loaded');";
    expect(loadedAfter(plain)).not.toContain('yaml');
    const anchored = "await plangraf.loadRoadmapText('document: &d {kind: plan}\\nplan: {title: П, items: [{task: Т}]}\\n');";
    expect(loadedAfter(anchored)).toContain('yaml');
  }, 60_000);
});
