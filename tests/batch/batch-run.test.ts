/**
 * The batch end to end through the worker pool (1–2 workers, small inputs): the example region,
 * a broken input among good ones, collisions, unsafe names, no overwriting without --force, the
 * cache, report.json / report.md and JSON lines.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { batch } from '../../src/batch/index.js';
import type { BatchReport } from '../../src/batch/types.js';
import { cli } from '../cli/harness.js';
import { buildDist } from './build-dist.js';
import { regionCopy } from './example-region.js';

beforeAll(buildDist, 120_000);

const readReport = (dir: string, out = 'out'): BatchReport => JSON.parse(readFileSync(join(dir, out, 'report.json'), 'utf8')) as BatchReport;

describe('plangraf batch', () => {
  it('renders the example region with one command (DOCX and PDF), skipping the base', async () => {
    const dir = regionCopy();
    const r = await cli(['batch', 'region', '--out', 'out', '--jobs', '2'], { cwd: dir });
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const report = readReport(dir);
    expect(report).toMatchObject({ total: 6, rendered: 6, failed: 0, skipped: 0, jobs: 2 });
    expect(report.results.map((x) => x.input)).not.toContain('region/base.yaml');
    expect(readdirSync(join(dir, 'out', 'Ковровский район')).sort()).toEqual(['order.docx', 'order.pdf']);
    expect(r.out).toContain('[6/6]');
    expect(r.out).toMatch(/6 файлов: собрано 6, с ошибками 0/);
  });

  it('a folder loses nothing it holds: a linked YAML file is rendered, a FIFO named .yaml is reported, not skipped', async () => {
    const dir = regionCopy();
    // A municipality kept elsewhere and linked in, as officials share files.
    mkdirSync(join(dir, 'shared'));
    cpSync(join(dir, 'region/municipalities/murom.yaml'), join(dir, 'shared/sobinka.yaml'));
    writeFileSync(join(dir, 'shared/sobinka.yaml'), readFileSync(join(dir, 'shared/sobinka.yaml'), 'utf8').replace(/municipality: .*/, 'municipality: Собинский район'));
    symlinkSync(join(dir, 'shared/sobinka.yaml'), join(dir, 'region/municipalities/sobinka.yaml'));
    execFileSync('mkfifo', [join(dir, 'region/municipalities/pipe.yaml')]);
    const report = await batch(['region'], { out: 'out', cwd: dir, formats: ['docx'], jobs: 1, root: dir });
    const byInput = Object.fromEntries(report.results.map((x) => [x.input, x]));
    expect(byInput['region/municipalities/pipe.yaml']?.diagnostics.map((d) => d.code)).toEqual(['io-not-a-file']);
    expect(byInput['region/municipalities/sobinka.yaml']?.status).toBe('rendered');
    expect(report).toMatchObject({ total: 8, rendered: 7, failed: 1 });
  });

  it('a broken input never stops the others; exit 1; the report lists the failure with its located diagnostic', async () => {
    const dir = regionCopy();
    writeFileSync(join(dir, 'region/municipalities/broken.yaml'), 'extends: ../base.yaml\nmunicipality: Сломанный\nplan:\n  items:\n    - id: org.list\n      dedline: до 01.05.2023\n');
    writeFileSync(join(dir, 'region/municipalities/bad-base.yaml'), 'extends: ../nope.yaml\nmunicipality: Без основы\n');
    const r = await cli(['batch', 'region', '--out', 'out', '--format', 'docx', '--jobs', '2', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(1);
    const report = readReport(dir);
    expect(report).toMatchObject({ total: 8, rendered: 6, failed: 2 });
    const broken = report.results.find((x) => x.input === 'region/municipalities/broken.yaml')!;
    expect(broken.status).toBe('failed');
    expect(broken.diagnostics[0]).toMatchObject({ code: 'schema-unknown-key', file: 'region/municipalities/broken.yaml', line: 6, column: 7 });
    const badBase = report.results.find((x) => x.input === 'region/municipalities/bad-base.yaml')!;
    expect(badBase.diagnostics[0]).toMatchObject({ code: 'extends-missing', line: 1, column: 10 });
    expect(existsSync(join(dir, 'out/Сломанный'))).toBe(false);
    expect(r.out).toContain('✗ region/municipalities/broken.yaml — region/municipalities/broken.yaml:6:7: [schema-unknown-key]');
    const md = readFileSync(join(dir, 'out/report.md'), 'utf8');
    expect(md).toContain('## Failures');
    expect(md).toContain('`region/municipalities/broken.yaml:6:7` [schema-unknown-key]');
    expect(md).toContain('| region/municipalities/murom.yaml | rendered | округ Муром/order.docx |');
  });

  it('collisions: both inputs reported, neither written', async () => {
    const dir = regionCopy();
    writeFileSync(join(dir, 'region/municipalities/murom-2.yaml'), 'extends: ../base.yaml\nmunicipality: округ Муром\n');
    const r = await cli(['batch', 'region', '--out', 'out', '--format', 'docx', '--jobs', '1'], { cwd: dir });
    expect(r.code).toBe(1);
    const report = readReport(dir);
    const failed = report.results.filter((x) => x.status === 'failed');
    expect(failed.map((x) => x.input).sort()).toEqual(['region/municipalities/murom-2.yaml', 'region/municipalities/murom.yaml']);
    expect(failed[0]!.diagnostics[0]!.code).toBe('batch-output-collision');
    expect(existsSync(join(dir, 'out/округ Муром'))).toBe(false);
  });

  it('unsafe names from a municipality are refused; the pattern is checked as usage', async () => {
    const dir = regionCopy();
    writeFileSync(join(dir, 'region/municipalities/con.yaml'), 'extends: ../base.yaml\nmunicipality: CON\n');
    const r = await cli(['batch', 'region/municipalities/con.yaml', '--out', 'out', '--format', 'docx', '--jobs', '1'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(readReport(dir).results[0]!.diagnostics[0]).toMatchObject({ code: 'batch-unsafe-name' });
    const usage = await cli(['batch', 'region', '--out', 'out', '--pattern', '../{name}.{ext}'], { cwd: dir });
    expect(usage.code).toBe(2);
  });

  it('does not overwrite a file it did not write unless --force', async () => {
    const dir = regionCopy();
    mkdirSync(join(dir, 'out/округ Муром'), { recursive: true });
    writeFileSync(join(dir, 'out/округ Муром/order.docx'), 'mine');
    // A file named alone may extend files beside and below it only: the region is allowed by name.
    const args = ['batch', 'region/municipalities/murom.yaml', '--out', 'out', '--format', 'docx', '--jobs', '1', '--extends-root', 'region'];
    const r = await cli(args, { cwd: dir });
    expect(r.code).toBe(1);
    expect(readReport(dir).results[0]!.diagnostics[0]!.code).toBe('batch-output-exists');
    expect(readFileSync(join(dir, 'out/округ Муром/order.docx'), 'utf8')).toBe('mine');
    const forced = await cli([...args, '--force'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(readFileSync(join(dir, 'out/округ Муром/order.docx')).subarray(0, 2).toString()).toBe('PK');
  });

  it('cache: a second run skips everything; a changed base re-renders its children; --no-cache renders all', async () => {
    const dir = regionCopy();
    const options = { out: 'out', cwd: dir, formats: ['docx' as const], jobs: 2 };
    expect(await batch(['region'], options)).toMatchObject({ rendered: 6, skipped: 0 });
    expect(await batch(['region'], options)).toMatchObject({ rendered: 0, skipped: 6 });
    writeFileSync(join(dir, 'region/municipalities/murom.yaml'), readFileSync(join(dir, 'region/municipalities/murom.yaml'), 'utf8') + '# правка\n');
    expect(await batch(['region'], options)).toMatchObject({ rendered: 1, skipped: 5 });
    writeFileSync(join(dir, 'region/base.yaml'), readFileSync(join(dir, 'region/base.yaml'), 'utf8') + '# правка основы\n');
    expect(await batch(['region'], options)).toMatchObject({ rendered: 6, skipped: 0 });
    expect(await batch(['region'], { ...options, cache: false })).toMatchObject({ rendered: 6, skipped: 0 });
    const r = await cli(['batch', 'region', '--out', 'out', '--format', 'docx'], { cwd: dir });
    expect(r.out).toMatch(/без изменений \(пропущено\) 6/);
  });

  it('--json prints one JSON object per line: start, input…, done', async () => {
    const dir = regionCopy();
    const r = await cli(['batch', 'region', '--out', 'out', '--format', 'docx', '--jobs', '1', '--json'], { cwd: dir });
    expect(r.code).toBe(0);
    const events = r.out.trim().split('\n').map((l) => JSON.parse(l) as { type: string; done?: number; report?: BatchReport });
    expect(events[0]).toMatchObject({ type: 'start', total: 6, jobs: 1 });
    expect(events.filter((e) => e.type === 'input')).toHaveLength(6);
    expect(events.at(-1)).toMatchObject({ type: 'done', report: { rendered: 6, failed: 0 } });
  });

  it('a manifest lists inputs; a missing input is an I/O failure (exit 3), the others still rendered', async () => {
    const dir = regionCopy();
    writeFileSync(join(dir, 'inputs.list'), '# два муниципалитета\nregion/municipalities/murom.yaml\nregion/municipalities/kovrov.yaml\nregion/municipalities/none.yaml\n');
    const r = await cli(['batch', 'inputs.list', '--out', 'out', '--format', 'docx', '--jobs', '1'], { cwd: dir });
    expect(r.code).toBe(3);
    expect(readReport(dir)).toMatchObject({ rendered: 2, failed: 1 });
  });

  it('the library call: progress events in order, one result per input; jobs 0 renders in this thread', async () => {
    const dir = regionCopy();
    const seen: string[] = [];
    const report = await batch(['region/municipalities/murom.yaml', 'region/municipalities/kovrov.yaml'], { out: 'out', cwd: dir, root: 'region', formats: ['pdf'], jobs: 0, lang: 'en' }, (e) => {
      seen.push(e.type === 'input' ? `${e.type} ${e.done}/${e.total}` : e.type);
    });
    expect(seen).toEqual(['start', 'input 1/2', 'input 2/2', 'done']);
    expect(report.results.map((r) => [r.input, r.status, r.outputs])).toEqual([
      ['region/municipalities/kovrov.yaml', 'rendered', ['Ковровский район/order.pdf']],
      ['region/municipalities/murom.yaml', 'rendered', ['округ Муром/order.pdf']],
    ]);
    expect(readFileSync(join(dir, 'out/округ Муром/order.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    expect(readdirSync(join(dir, 'out/округ Муром')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('where bases may come from: the folder given (or the list’s folder); a file given alone, its own folder', async () => {
    const dir = regionCopy();
    // region/municipalities/murom.yaml extends ../base.yaml.
    const alone = await cli(['batch', 'region/municipalities/murom.yaml', '--out', 'out1', '--format', 'docx', '--jobs', '1', '--lang', 'en'], { cwd: dir });
    expect(alone.code).toBe(1);
    expect(alone.out).toContain('region/municipalities/murom.yaml:2:10: [extends-outside-root]');
    const lib = await batch(['region/municipalities/murom.yaml'], { out: 'out2', cwd: dir, formats: ['docx'], jobs: 0 });
    expect(lib.results[0]!.diagnostics[0]!.code).toBe('extends-outside-root');
    writeFileSync(join(dir, 'region', 'two.list'), 'municipalities/murom.yaml\nmunicipalities/kovrov.yaml\n');
    expect(await batch(['region/two.list'], { out: 'out3', cwd: dir, formats: ['docx'], jobs: 0 })).toMatchObject({ rendered: 2, failed: 0 });
    expect(await batch(['region/municipalities'], { out: 'out4', cwd: dir, formats: ['docx'], jobs: 0 })).toMatchObject({ rendered: 0, failed: 6 });
    expect(await batch(['region/municipalities'], { out: 'out5', cwd: dir, formats: ['docx'], jobs: 0, root: 'region' })).toMatchObject({ rendered: 6, failed: 0 });
  });

  it('usage errors: no inputs, no --out, bad --jobs', async () => {
    expect((await cli(['batch', '--out', 'x'])).code).toBe(2);
    expect((await cli(['batch', 'a.yaml'])).code).toBe(2);
    expect((await cli(['batch', 'a.yaml', '--out', 'x', '--jobs', 'many'])).code).toBe(2);
  });
});
