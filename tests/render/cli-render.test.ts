import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, stat, utimes, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.js';
import { EXIT } from '../../src/diagnostics/diagnostic.js';
import { FORMAT_REGISTRY, OUTPUT_FORMATS, parseFormatList as parseFormats } from '../../src/output-formats.js';
import { NODE_OUTPUT_IO, type OutputIo } from '../../src/output/atomic-write.js';

const EXAMPLE = path.resolve(import.meta.dirname, '../../examples/khabarovsk-500plus-2022.yaml');

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'plangraf-render-'));
  await copyFile(EXAMPLE, path.join(dir, 'plan.yaml'));
});

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(['render', ...argv], { cwd: dir, out: (s) => void out.push(s), err: (s) => void err.push(s), color: false, env: {} });
  return { code, out: out.join(''), err: err.join('') };
}

describe('parseFormats', () => {
  it('takes comma lists and repeated options, rejects unknown words', () => {
    expect(parseFormats(undefined)).toEqual(['docx', 'pdf']);
    expect(parseFormats(['docx,pdf'])).toEqual(['docx', 'pdf']);
    expect(parseFormats(['pdf', 'docx', 'PDF'])).toEqual(['pdf', 'docx']);
    expect(parseFormats(['docx,odt'])).toBe('odt');
    expect(parseFormats(['XLSX', 'pdf'])).toEqual(['xlsx', 'pdf']);
  });

  it('every format of the registry is in render’s and batch’s usage, help and message; the default ones are said', async () => {
    for (const command of ['render', 'batch']) {
      const help = await runCli([command, '--help'], { cwd: dir, out: () => undefined, err: () => undefined, color: false, env: {} });
      expect(help).toBe(0);
    }
    let text = '';
    await runCli(['render', '--help', '--lang', 'en'], { cwd: dir, out: (s) => void (text += s), err: () => undefined, color: false, env: {} });
    expect(text).toContain('[--format docx,pdf,xlsx]');
    expect(text).toContain('formats to write (default docx,pdf):');
    for (const f of OUTPUT_FORMATS) expect(text).toMatch(new RegExp(`^ +${f} +${FORMAT_REGISTRY[f].label.en}$`, 'm'));
    const bad = await run('plan.yaml', '--format', 'odt');
    expect(bad.code).toBe(EXIT.usage);
    expect(bad.err).toBe('plangraf render: неизвестный формат «odt»: допустимы docx, pdf, xlsx\n');
  });

  it('batch and serve name every format of the registry; report and diff offer the page formats and say why xlsx is refused', async () => {
    const help = async (...argv: string[]) => {
      let text = '';
      await runCli([...argv, '--help', '--lang', 'en'], { cwd: dir, out: (s) => void (text += s), err: () => undefined, color: false, env: {} });
      return text;
    };
    const batch = await help('batch');
    expect(batch).toContain('[--format docx,pdf,xlsx]');
    for (const f of OUTPUT_FORMATS) expect(batch).toMatch(new RegExp(`^ +${f} +${FORMAT_REGISTRY[f].label.en}$`, 'm'));
    expect(await help('serve')).toContain(`(YAML or JSON → ${OUTPUT_FORMATS.map((f) => f.toUpperCase()).join(', ')} or zip)`);
    const report = await help('report');
    expect(report).toContain('[--format docx,pdf]');
    expect(report).not.toMatch(/^ +xlsx /m);
    const err: string[] = [];
    const code = await runCli(['report', 'plan.yaml', '--as-of', '30.09.2022', '--format', 'xlsx'], { cwd: dir, out: () => undefined, err: (s) => void err.push(s), color: false, env: {} });
    expect(code).toBe(EXIT.usage);
    expect(err.join('')).toBe('plangraf report: формат «xlsx» здесь не записывается: допустимы docx, pdf\n');
    // The change sheet of diff is such a document too.
    expect(await help('diff')).toContain('[--document docx,pdf]');
    err.length = 0;
    const diff = await runCli(['diff', 'plan.yaml', 'plan.yaml', '--document', 'xlsx'], { cwd: dir, out: () => undefined, err: (s) => void err.push(s), color: false, env: {} });
    expect(diff).toBe(EXIT.usage);
    expect(err.join('')).toBe('plangraf diff: --document: формат «xlsx» здесь не записывается: допустимы docx, pdf\n');
  });
});

describe('plangraf render', () => {
  it('writes <name>.docx next to the input, says where, leaves no temporary file', async () => {
    const r = await run('plan.yaml', '--format', 'docx');
    expect(r.err).toBe('');
    expect(r.code).toBe(EXIT.ok);
    expect(r.out).toBe('записан: plan.docx\n');
    const docx = await readFile(path.join(dir, 'plan.docx'));
    expect(docx.subarray(0, 2).toString()).toBe('PK');
    expect((await readdir(dir)).sort()).toEqual(['plan.docx', 'plan.yaml']);
  });

  it('writes both formats by default', async () => {
    const r = await run('plan.yaml', '--now', '2022-02-14T00:00:00Z');
    expect(r.code).toBe(EXIT.ok);
    expect(r.out).toBe('записан: plan.docx\nзаписан: plan.pdf\n');
    expect((await readFile(path.join(dir, 'plan.pdf'))).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('--format xlsx writes <name>.xlsx only; docx,pdf,xlsx all three', async () => {
    const one = await run('plan.yaml', '--format', 'xlsx', '--now', '2022-02-14T00:00:00Z');
    expect(one.code).toBe(EXIT.ok);
    expect(one.out).toBe('записан: plan.xlsx\n');
    expect((await readFile(path.join(dir, 'plan.xlsx'))).subarray(0, 2).toString()).toBe('PK');
    const all = await run('plan.yaml', '--format', 'docx,pdf,xlsx', '--out', 'all', '--now', '2022-02-14T00:00:00Z');
    expect(all.out).toBe(['plan.docx', 'plan.pdf', 'plan.xlsx'].map((f) => `записан: ${path.join('all', f)}\n`).join(''));
  });

  it('--out DIR is created; messages in English with --lang en', async () => {
    const r = await run('plan.yaml', '--format=docx', '--out', 'out/nested', '--lang', 'en');
    expect(r.code).toBe(EXIT.ok);
    expect(r.out).toBe(`wrote ${path.join('out', 'nested', 'plan.docx')}\n`);
    expect((await stat(path.join(dir, 'out/nested/plan.docx'))).size).toBeGreaterThan(1000);
  });

  it('--no-overwrite-newer keeps an output newer than its input', async () => {
    const target = path.join(dir, 'plan.docx');
    await writeFile(target, 'mine');
    const future = new Date(Date.now() + 3600_000);
    await utimes(target, future, future);
    const r = await run('plan.yaml', '--format', 'docx', '--no-overwrite-newer');
    expect(r.code).toBe(EXIT.ok);
    expect(r.err).toMatch(/пропущен: plan\.docx новее исходного файла/);
    expect(await readFile(target, 'utf8')).toBe('mine');
    // Without the option it is overwritten.
    expect((await run('plan.yaml', '--format', 'docx')).code).toBe(EXIT.ok);
    expect(await readFile(target, 'utf8')).not.toBe('mine');
  });

  it('never overwrites an input file', async () => {
    await writeFile(path.join(dir, 'plan.docx'), 'input');
    const r = await run('plan.yaml', 'plan.docx', '--format', 'docx');
    expect(r.err).toMatch(/plan\.docx — это входной файл/);
    expect(await readFile(path.join(dir, 'plan.docx'), 'utf8')).toBe('input');
    expect(r.code).not.toBe(EXIT.ok);
  });

  it('a file with errors is not written (exit 1); the others still are', async () => {
    await writeFile(path.join(dir, 'bad.yaml'), 'document: {kind: nonsense}\n');
    const r = await run('bad.yaml', 'plan.yaml', '--format', 'docx');
    expect(r.code).toBe(EXIT.inputErrors);
    expect(r.err).toMatch(/bad\.yaml/);
    expect(r.err).toMatch(/bad\.yaml: файлы не записаны из-за ошибок/);
    expect(r.out).toBe('записан: plan.docx\n');
    expect((await readdir(dir)).sort()).toEqual(['bad.yaml', 'plan.docx', 'plan.yaml']);
  });

  it('a missing file is an I/O error (exit 3)', async () => {
    expect((await run('missing.yaml', '--format', 'docx')).code).toBe(EXIT.io);
  });

  it('usage errors exit 2', async () => {
    expect((await run()).code).toBe(EXIT.usage);
    expect((await run('plan.yaml', '--format', 'odt')).code).toBe(EXIT.usage);
    expect((await run('plan.yaml', '--now', 'yesterday')).code).toBe(EXIT.usage);
  });

  it('--strict refuses a file with warnings', async () => {
    const text = await readFile(path.join(dir, 'plan.yaml'), 'utf8');
    // Without an approval stamp the approved plan gets a composing warning.
    await writeFile(path.join(dir, 'warn.yaml'), text.replace(/  approval:\n    by: act\n.*\n    year: 2022\n/, ''));
    const lenient = await run('warn.yaml', '--format', 'docx');
    expect(lenient.code).toBe(EXIT.ok);
    expect(lenient.err).toMatch(/plan-no-approval/);
    const strict = await run('warn.yaml', '--format', 'docx', '--strict', '--out', 'strict');
    expect(strict.code).toBe(EXIT.inputErrors);
    expect(strict.out).toBe('');
  });
});

describe('plangraf render: two files, one output name', () => {
  it('a/plan.yaml and b/plan.yaml into one --out: both refused with a hint, neither written, exit 2; another file still rendered', async () => {
    for (const sub of ['a', 'b', 'c']) await mkdir(path.join(dir, sub));
    await copyFile(EXAMPLE, path.join(dir, 'a/plan.yaml'));
    await copyFile(EXAMPLE, path.join(dir, 'b/plan.yaml'));
    await copyFile(EXAMPLE, path.join(dir, 'c/other.yaml'));
    const r = await run('a/plan.yaml', 'b/plan.yaml', 'c/other.yaml', '--out', 'o', '--format', 'docx');
    expect(r.code).toBe(EXIT.usage);
    expect(r.err).toContain('a/plan.yaml: ошибка [render-output-collision]: Результат „o/plan.docx“ получается и из другого файла: b/plan.yaml; ни один не записан.');
    expect(r.err).toContain('b/plan.yaml: ошибка [render-output-collision]: Результат „o/plan.docx“ получается и из другого файла: a/plan.yaml; ни один не записан.');
    expect(r.err).toContain('подсказка: Соберите эти файлы в разные папки (отдельными запусками с разными --out) или переименуйте один из них.');
    expect(await readdir(path.join(dir, 'o'))).toEqual(['other.docx']);
  });

  it('the same file named twice is rendered once', async () => {
    const r = await run('plan.yaml', './plan.yaml', '--format', 'docx');
    expect(r.err).toBe('');
    expect(r.code).toBe(EXIT.ok);
    expect(r.out).toBe('записан: plan.docx\n');
  });
});

describe('plangraf render: a write that fails is said in words, located, exit 3', () => {
  it('--out names a file: «„f“ — это файл, а не папка», no Node error text', async () => {
    await writeFile(path.join(dir, 'f'), 'not a folder');
    const r = await run('plan.yaml', '--out', 'f', '--format', 'docx');
    expect(r.code).toBe(EXIT.io);
    expect(r.err).toContain('f/plan.docx: ошибка [io-write]: Не удалось записать файл: „f“ — это файл, а не папка.');
    expect(r.err).toContain('подсказка: Переименуйте или удалите файл „f“ либо укажите другую папку.');
    expect(r.err).not.toMatch(/EEXIST|ENOTDIR|mkdir/);
    expect(r.err).not.toContain(dir);
  });

  it('a full disk, in Russian and English', async () => {
    const full: OutputIo = {
      ...NODE_OUTPUT_IO,
      writeFile: async () => {
        throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', syscall: 'write' });
      },
    };
    const ctx = { cwd: dir, color: false, env: {}, outputIo: full };
    let err = '';
    const code = await runCli(['render', 'plan.yaml', '--format', 'pdf'], { ...ctx, out: () => undefined, err: (s) => void (err += s) });
    expect(code).toBe(EXIT.io);
    expect(err).toBe('plan.pdf: ошибка [io-write]: Не удалось записать файл: на диске нет места.\nподсказка: Освободите место на диске или укажите папку на другом диске.\n');
    err = '';
    await runCli(['render', 'plan.yaml', '--format', 'pdf', '--lang', 'en'], { ...ctx, out: () => undefined, err: (s) => void (err += s) });
    expect(err).toBe('plan.pdf: error [io-write]: Could not write the file: no space left on the disk.\nhint: Free some disk space or choose a folder on another disk.\n');
    expect(await readdir(dir)).toEqual(['plan.yaml']);
  });

  it('temporary files a killed run left in the output folder are removed; those of a running process are kept', async () => {
    const dead = spawnSync(process.execPath, ['-e', '']).pid!;
    await mkdir(path.join(dir, 'o'));
    await writeFile(path.join(dir, 'o', `.plan.docx.${dead}-0-0.tmp`), 'half');
    await writeFile(path.join(dir, 'o', `.plan.docx.${process.pid}-0-5.tmp`), 'being written');
    const r = await run('plan.yaml', '--out', 'o', '--format', 'docx');
    expect(r.code).toBe(EXIT.ok);
    expect((await readdir(path.join(dir, 'o'))).sort()).toEqual([`.plan.docx.${process.pid}-0-5.tmp`, 'plan.docx']);
  });
});
