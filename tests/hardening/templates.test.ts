/**
 * User templates are untrusted too: a template that tries to reach `constructor`, `__proto__`,
 * `process`, the environment, partials or files gets a located template diagnostic, the
 * built-in wording is used instead, nothing leaks into the documents, and rendering never throws.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRoadmapText } from '../../src/load/index.js';
import { render } from '../../src/render.js';
import { item, plan } from './cases.js';
import { docxProblems } from './support/package-check.js';
import { docxText, NOW, pdfStreamText } from './support/e2e.js';
import { readPdf } from '../support/pdf-read.js';

const HOSTILE: Array<[string, string]> = [
  ['constructor chain', '{{constructor.constructor "return process"}}'],
  ['__proto__ path', '{{this.__proto__}}'],
  ['prototype via with', '{{#with this}}{{constructor.prototype}}{{/with}}'],
  ['lookup helper', '{{lookup this "constructor"}}'],
  ['log helper', '{{log "secret"}}'],
  ['partial', '{{> ../../../etc/passwd}}'],
  ['@root constructor', '{{@root.constructor.name}}'],
  ['process.env', '{{process.env.HOME}}'],
  ['broken syntax', '{{#if word}}unclosed'],
  ['decorator', '{{* decorator}}'],
];

describe('hostile user templates', () => {
  it.each(HOSTILE)('%s: a located template diagnostic, built-in wording, no leak', async (_name, source) => {
    const dir = mkdtempSync(join(tmpdir(), 'plangraf-tpl-'));
    writeFileSync(join(dir, 'approval-official.hbs'), `УТВЕРЖДАЮ\n${source}\n{{#each position}}{{this}}\n{{/each}}`);
    const loaded = await loadRoadmapText(plan(item('Задача')), { file: 'plan.yaml' });
    expect(loaded.roadmap).toBeDefined();
    const out = await render(loaded.roadmap!, { formats: ['docx', 'pdf'], now: NOW, templates: dir });
    const d = out.diagnostics.find((x) => x.code.startsWith('template-'));
    expect(d, JSON.stringify(out.diagnostics)).toBeDefined();
    expect(d!.line, 'located in the template').toBeGreaterThan(0);
    expect(d!.file).toContain('approval-official.hbs');
    expect(docxProblems(out.docx!)).toEqual([]);
    const text = `${docxText(out.docx!)}\n${pdfStreamText(await readPdf(out.pdf!))}`;
    expect(text).toContain('УТВЕРЖДАЮ');
    for (const leak of ['function', 'Function', '[object', 'native code', 'secret', 'root:x:0', ...(process.env.HOME && process.env.HOME.length > 3 ? [process.env.HOME] : [])]) {
      expect(text.includes(leak), `the document must not contain «${leak}»`).toBe(false);
    }
  });
});

describe('hostile templates written in the YAML (`wording:`)', () => {
  it.each(HOSTILE)('%s: located in the YAML, no leak', async (_name, source) => {
    const wording = `  wording:\n    approval-official: ${JSON.stringify(`УТВЕРЖДАЮ\n${source}\n{{#each position}}{{this}}\n{{/each}}`)}\n`;
    const yaml = plan(item('Задача')).replace(/^document:\n/m, `document:\n${wording}`);
    const line = yaml.split('\n').findIndex((l) => l.includes('approval-official:')) + 1;
    const loaded = await loadRoadmapText(yaml, { file: 'plan.yaml' });
    let diagnostics = loaded.diagnostics;
    if (loaded.roadmap) {
      // Problems met only when the template runs: reported by composing, the built-in wording used.
      const out = await render(loaded.roadmap, { formats: ['docx', 'pdf'], now: NOW });
      diagnostics = out.diagnostics;
      expect(docxProblems(out.docx!)).toEqual([]);
      const text = `${docxText(out.docx!)}\n${pdfStreamText(await readPdf(out.pdf!))}`;
      expect(text).toContain('УТВЕРЖДАЮ');
      for (const leak of ['function', 'Function', '[object', 'native code', 'secret', 'root:x:0', ...(process.env.HOME && process.env.HOME.length > 3 ? [process.env.HOME] : [])]) {
        expect(text.includes(leak), `the document must not contain «${leak}»`).toBe(false);
      }
    }
    const d = diagnostics.find((x) => x.code.startsWith('template-'));
    expect(d, JSON.stringify(diagnostics)).toBeDefined();
    expect([d!.file, d!.line], 'located at the wording value').toEqual(['plan.yaml', line]);
  });
});
