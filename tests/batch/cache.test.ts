/**
 * The incremental cache never serves a stale document: the key stored for an input is the hash of
 * exactly the bytes its worker rendered (the input, every base of its `extends` chain, every
 * template, the options, the plangraf version), and a later run compares it with the same files
 * read again. Each test renders, changes something the document depends on, runs again and reads
 * the document back.
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { batch } from '../../src/batch/index.js';
import type { BatchOptions } from '../../src/batch/types.js';
import { paragraphTexts, readDocx } from '../support/docx-read.js';
import { tempDir } from '../cli/harness.js';
import { buildDist } from './build-dist.js';

const BASE = new URL('../../examples/region/base.yaml', import.meta.url).pathname;
const TITLE = 'Об утверждении плана-графика реализации проекта «500+» в 2023 году';

beforeAll(buildDist, 120_000);

/** The text of the document's paragraphs (tables left out). */
/** The DOCX's paragraphs, no-break spaces read as spaces. */
const docText = (file: string): string => paragraphTexts(readDocx(readFileSync(file)).documentXml).join('\n').replace(/\u00a0/g, ' ');

/** A folder with `in/base.yaml` (the example region's base) and the given files. */
function folder(files: Record<string, string>): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'in'));
  copyFileSync(BASE, join(dir, 'in/base.yaml'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const editBaseTitle = (file: string) => writeFileSync(file, readFileSync(file, 'utf8').replace(TITLE, 'Об утверждении изменённого плана-графика'));

describe('batch cache: a document is re-rendered whenever what it was rendered from changes', () => {
  const options = (dir: string, extra: Partial<BatchOptions> = {}): BatchOptions => ({
    out: 'out', cwd: dir, formats: ['docx'], jobs: 1, pattern: '{name}.{ext}', writeReport: false, ...extra,
  });

  it('a quoted "extends" key: an edited base re-renders the child', async () => {
    const dir = folder({ 'in/m/child.yaml': '"extends": ../base.yaml\nmunicipality: Квотированный\n' });
    // The base is above the input's folder: the batch is allowed the folder `in`.
    expect(await batch(['in/m/child.yaml'], options(dir, { root: 'in' }))).toMatchObject({ rendered: 1 });
    expect(docText(join(dir, 'out/child.docx'))).toContain('2023 году');
    editBaseTitle(join(dir, 'in/base.yaml'));
    expect(await batch(['in/m/child.yaml'], options(dir, { root: 'in' }))).toMatchObject({ rendered: 1, skipped: 0 });
    expect(docText(join(dir, 'out/child.docx'))).toContain('изменённого плана-графика');
  });

  it('a chain of 40 bases: an edit of the deepest one re-renders the input', async () => {
    const files: Record<string, string> = { 'in/link-40.yaml': 'extends: base.yaml\n' };
    for (let i = 39; i >= 1; i--) files[`in/link-${i}.yaml`] = `extends: link-${i + 1}.yaml\n`;
    files['in/top.yaml'] = 'extends: link-1.yaml\nmunicipality: Глубокий\n';
    const dir = folder(files);
    expect(await batch(['in/top.yaml'], options(dir))).toMatchObject({ rendered: 1 });
    editBaseTitle(join(dir, 'in/base.yaml'));
    expect(await batch(['in/top.yaml'], options(dir))).toMatchObject({ rendered: 1, skipped: 0 });
    expect(docText(join(dir, 'out/top.docx'))).toContain('изменённого плана-графика');
  });

  it('a template that is a symbolic link is never read, so never served stale: the input fails until it is a file', async () => {
    const dir = folder({ 'in/child.yaml': 'extends: base.yaml\nmunicipality: Со ссылкой\n', 'shared/heading.hbs': 'ПРИКАЗ\n' });
    mkdirSync(join(dir, 'tpl'));
    symlinkSync(join(dir, 'shared/heading.hbs'), join(dir, 'tpl/order-heading.hbs'));
    const opts = options(dir, { templates: 'tpl' });
    const refused = await batch(['in/child.yaml'], opts);
    expect(refused).toMatchObject({ rendered: 0, failed: 1 });
    expect(refused.results[0]!.diagnostics.map((d) => d.code)).toContain('template-unreadable');
    // Nothing was cached for it: the next run tries again (and fails again) rather than skip.
    expect(await batch(['in/child.yaml'], opts)).toMatchObject({ rendered: 0, skipped: 0, failed: 1 });
    rmSync(join(dir, 'tpl/order-heading.hbs'));
    writeFileSync(join(dir, 'tpl/order-heading.hbs'), 'ПРИКАЗ КАК ФАЙЛ\n');
    expect(await batch(['in/child.yaml'], opts)).toMatchObject({ rendered: 1, skipped: 0 });
    expect(docText(join(dir, 'out/child.docx'))).toContain('ПРИКАЗ КАК ФАЙЛ');
    writeFileSync(join(dir, 'tpl/order-heading.hbs'), 'ПРИКАЗ ПОСЛЕ ПРАВКИ\n');
    expect(await batch(['in/child.yaml'], opts)).toMatchObject({ rendered: 1, skipped: 0 });
    expect(docText(join(dir, 'out/child.docx'))).toContain('ПРИКАЗ ПОСЛЕ ПРАВКИ');
  });

  it('an input edited while it was rendered: the next run renders what the file says now', async () => {
    const dir = folder({ 'in/child.yaml': 'extends: base.yaml\nmunicipality: Правка\ndocument:\n  title: Заголовок А\n' });
    // The worker renders «Заголовок Б» and leaves the file saying «Заголовок А».
    const editing = resolve(import.meta.dirname, 'fixtures/editing-worker.mjs');
    expect(await batch(['in/child.yaml'], options(dir, { workerFile: editing }))).toMatchObject({ rendered: 1 });
    expect(docText(join(dir, 'out/child.docx'))).toContain('Заголовок Б');
    expect(await batch(['in/child.yaml'], options(dir))).toMatchObject({ rendered: 1, skipped: 0 });
    expect(docText(join(dir, 'out/child.docx'))).toContain('Заголовок А');
  });

  it('nothing changed: skipped (and a changed option renders again)', async () => {
    const dir = folder({ 'in/child.yaml': 'extends: base.yaml\nmunicipality: Тот же\n' });
    expect(await batch(['in/child.yaml'], options(dir))).toMatchObject({ rendered: 1 });
    expect(await batch(['in/child.yaml'], options(dir))).toMatchObject({ rendered: 0, skipped: 1 });
    expect(await batch(['in/child.yaml'], options(dir, { now: '2023-02-01T00:00:00Z' }))).toMatchObject({ rendered: 1, skipped: 0 });
  });
});

describe('batch cache in this thread (jobs 0)', () => {
  it('a template edited between two runs in one process: the second run renders with the new text', async () => {
    const dir = folder({ 'in/child.yaml': 'extends: base.yaml\nmunicipality: В потоке\n', 'tpl/order-heading.hbs': 'ПРИКАЗ\n' });
    const opts: BatchOptions = { out: 'out', cwd: dir, formats: ['docx'], jobs: 0, pattern: '{name}.{ext}', writeReport: false, templates: 'tpl' };
    expect(await batch(['in/child.yaml'], opts)).toMatchObject({ rendered: 1 });
    writeFileSync(join(dir, 'tpl/order-heading.hbs'), 'ПРИКАЗ НОВЫЙ\n');
    expect(await batch(['in/child.yaml'], opts)).toMatchObject({ rendered: 1, skipped: 0 });
    expect(docText(join(dir, 'out/child.docx'))).toContain('ПРИКАЗ НОВЫЙ');
    expect(await batch(['in/child.yaml'], opts)).toMatchObject({ rendered: 0, skipped: 1 });
  });
});

describe('batch cache: the manifest of an earlier plangraf', () => {
  it('version 1: its outputs stay the inputs’ own (no --force needed), its keys are not trusted', async () => {
    const dir = folder({ 'in/child.yaml': 'extends: base.yaml\nmunicipality: Старый\n' });
    mkdirSync(join(dir, 'out'));
    writeFileSync(join(dir, 'out/child.docx'), 'written by plangraf 0.0');
    writeFileSync(join(dir, 'out/.plangraf-cache.json'), JSON.stringify({ version: 1, inputs: { ['../in/child.yaml']: { key: 'f'.repeat(64), outputs: ['child.docx'] } } }));
    const report = await batch(['in/child.yaml'], { out: 'out', cwd: dir, formats: ['docx'], jobs: 1, pattern: '{name}.{ext}', writeReport: false });
    expect(report).toMatchObject({ rendered: 1, failed: 0 });
    expect(docText(join(dir, 'out/child.docx'))).toContain('2023 году');
  });
});
