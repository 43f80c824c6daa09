/**
 * Where a batch refuses to write: through a symbolic link inside --out (a folder or the output
 * file itself), and onto one of its inputs (a --pattern that leads there). The input fails with
 * a located diagnostic; nothing outside the output folder and no input is touched.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync, lstatSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { batch } from '../../src/batch/index.js';
import { cli, tempDir } from '../cli/harness.js';
import { buildDist } from './build-dist.js';
import { EXAMPLE_REGION, regionCopy } from './example-region.js';

beforeAll(buildDist, 120_000);

describe('batch never writes through a symbolic link inside --out', () => {
  it('a folder of the output name that is a link: refused, nothing written where it points', async () => {
    const dir = regionCopy();
    mkdirSync(join(dir, 'elsewhere'));
    mkdirSync(join(dir, 'out'));
    symlinkSync(join(dir, 'elsewhere'), join(dir, 'out/округ Муром'));
    const r = await cli(['batch', 'region/municipalities/murom.yaml', 'region/municipalities/kovrov.yaml', '--extends-root', 'region', '--out', 'out', '--format', 'docx', '--jobs', '1'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.out).toContain('region/municipalities/murom.yaml: [batch-output-link] Результат „округ Муром/order.docx“ не записан: „округ Муром“ в папке результатов — символическая ссылка, а через ссылки plangraf не пишет.');
    expect(r.out).toContain('подсказка: Удалите ссылку „округ Муром“ (plangraf создаст обычную папку или файл) или укажите другую --out.');
    expect(readdirSync(join(dir, 'elsewhere'))).toEqual([]);
    expect(readdirSync(join(dir, 'out/Ковровский район'))).toEqual(['order.docx']);
  });

  it('an output file that is a link: refused, the file it points to unchanged, the link kept', async () => {
    const dir = regionCopy();
    writeFileSync(join(dir, 'precious.txt'), 'не трогать');
    mkdirSync(join(dir, 'out/округ Муром'), { recursive: true });
    symlinkSync(join(dir, 'precious.txt'), join(dir, 'out/округ Муром/order.docx'));
    const report = await batch(['region/municipalities/murom.yaml'], { out: 'out', cwd: dir, root: 'region', formats: ['docx'], jobs: 1, force: true, lang: 'en' });
    expect(report.results[0]!.diagnostics[0]).toMatchObject({ code: 'batch-output-link', message: expect.stringContaining('“округ Муром/order.docx” in the output folder is a symbolic link') });
    expect(readFileSync(join(dir, 'precious.txt'), 'utf8')).toBe('не трогать');
    expect(lstatSync(join(dir, 'out/округ Муром/order.docx')).isSymbolicLink()).toBe(true);
  });
});

describe('batch never writes over an input', () => {
  it('a --pattern leading onto the input file itself is refused for that input', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'plans/docx'), { recursive: true });
    const text = 'document: {kind: plan}\nplan:\n  title: ПЛАН-ГРАФИК\n  items:\n    - task: Задача\n';
    writeFileSync(join(dir, 'plans/docx/a.yaml'), text);
    // {ext}/{name}.yaml with --out plans: the DOCX of plans/docx/a.yaml would be plans/docx/a.yaml.
    const report = await batch(['plans/docx/a.yaml'], { out: 'plans', cwd: dir, pattern: '{ext}/{name}.yaml', jobs: 1, force: true });
    expect(report.results[0]!.status).toBe('failed');
    expect(report.results[0]!.diagnostics.map((d) => [d.code, d.message])).toEqual([
      ['batch-output-is-input', 'Результат „docx/a.yaml“ пришёлся бы на входной файл „plans/docx/a.yaml“; не записан.'],
    ]);
    expect(readFileSync(join(dir, 'plans/docx/a.yaml'), 'utf8')).toBe(text);
    expect(readdirSync(join(dir, 'plans'))).not.toContain('pdf');
  });

  it('nor over a base of an input', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'docx/m'), { recursive: true });
    cpSync(join(EXAMPLE_REGION, 'base.yaml'), join(dir, 'docx/base.yaml'));
    writeFileSync(join(dir, 'docx/m/child.yaml'), 'extends: ../base.yaml\nmunicipality: base\n');
    const before = readFileSync(join(dir, 'docx/base.yaml'), 'utf8');
    // {ext}/{municipality}.yaml into the working folder: docx/base.yaml, the base.
    const r = await cli(['batch', 'docx/m/child.yaml', '--extends-root', 'docx', '--out', '.', '--pattern', '{ext}/{municipality}.yaml', '--format', 'docx', '--jobs', '1', '--lang', 'en', '--force'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.out).toContain('docx/m/child.yaml: [batch-output-is-input] The output “docx/base.yaml” would land on the input file “docx/base.yaml”; not written.');
    expect(readFileSync(join(dir, 'docx/base.yaml'), 'utf8')).toBe(before);
  });
});
