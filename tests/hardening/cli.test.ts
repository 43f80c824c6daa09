/**
 * Nothing lost: the CLI never overwrites an input, writes outputs only inside the output folder
 * whatever the input is called, and leaves no partial or temporary file when interrupted.
 * Output names come from input names: `..`, reserved Windows names, spaces, Cyrillic, NUL.
 */
import { spawn } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from '../cli/harness.js';
import { item, manyRows, plan } from './cases.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MAIN = join(ROOT, 'dist/cli/main.js');
const SLOW_RENAME = fileURLToPath(new URL('./support/slow-rename.cjs', import.meta.url));
const SMALL = plan(item('Задача для проверки имён'));

function listAll(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
}

describe('the CLI never overwrites an input', () => {
  it('--out equal to the input folder: outputs next to the input, the input unchanged', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'plan.yaml'), SMALL);
    const r = await cli(['render', 'plan.yaml', '--out', dir], { cwd: dir });
    expect(r.code, r.err).toBe(0);
    expect(readFileSync(join(dir, 'plan.yaml'), 'utf8')).toBe(SMALL);
    expect(listAll(dir)).toEqual(['plan.docx', 'plan.pdf', 'plan.yaml']);
  });

  it('an input named like an output of another input is refused, not overwritten', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'plan.yaml'), SMALL);
    writeFileSync(join(dir, 'plan.docx'), SMALL); // a YAML file that happens to be called plan.docx
    const r = await cli(['render', 'plan.yaml', 'plan.docx', '--out', '.'], { cwd: dir });
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/входной файл|input file/);
    expect(readFileSync(join(dir, 'plan.docx'), 'utf8')).toBe(SMALL);
    expect(listAll(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('an input reached through a symlinked output folder is not overwritten', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in', 'plan.yaml'), SMALL);
    writeFileSync(join(dir, 'in', 'plan.docx'), SMALL); // a second input that the first one's output would replace
    symlinkSync(join(dir, 'in'), join(dir, 'link'));
    await cli(['render', 'in/plan.yaml', 'in/plan.docx', '--out', 'link'], { cwd: dir });
    expect(readFileSync(join(dir, 'in', 'plan.docx'), 'utf8')).toBe(SMALL);
  });

  it('an output path that is a symlink to the input replaces the link, never the input', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'plan.yaml'), SMALL);
    symlinkSync(join(dir, 'plan.yaml'), join(dir, 'plan.pdf'));
    const r = await cli(['render', 'plan.yaml'], { cwd: dir });
    expect(r.code, r.err).toBe(0);
    expect(readFileSync(join(dir, 'plan.yaml'), 'utf8')).toBe(SMALL);
    expect(lstatSync(join(dir, 'plan.pdf')).isSymbolicLink()).toBe(false);
    expect(readFileSync(join(dir, 'plan.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });
});

describe('output names: written inside --out whatever the input is called', () => {
  const names: Array<[string, string]> = [
    ['CON.yaml', 'CON'],
    ['NUL.yaml', 'NUL'],
    ['com1.yaml', 'com1'],
    ['LPT9.yml', 'LPT9'],
    ['a..b.yaml', 'a..b'],
    ['..yaml', '.'],
    ['...yaml', '..'],
    ['план с пробелами «кавычки».yaml', 'план с пробелами «кавычки»'],
    ['-dash.yaml', '-dash'],
    ['trailing.dot..yaml', 'trailing.dot.'],
  ];
  it.each(names)('%s → %s.docx / .pdf in the output folder', async (input, base) => {
    const dir = tempDir();
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in', input), SMALL);
    const r = await cli(['render', '--out', 'out', '--', join('in', input)], { cwd: dir });
    expect(r.code, r.err).toBe(0);
    expect(listAll(join(dir, 'out'))).toEqual([`${base}.docx`, `${base}.pdf`].sort());
    expect(listAll(join(dir, 'in'))).toEqual([input]);
    expect(readdirSync(dir).sort()).toEqual(['in', 'out']);
  });

  it('an input path with «..» and folders: outputs go to --out, not beside the input', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'a', 'b'), { recursive: true });
    writeFileSync(join(dir, 'a', 'plan.yaml'), SMALL);
    const r = await cli(['render', 'a/b/../plan.yaml', '--out', 'out'], { cwd: dir });
    expect(r.code, r.err).toBe(0);
    expect(listAll(join(dir, 'out'))).toEqual(['plan.docx', 'plan.pdf']);
    expect(listAll(join(dir, 'a'))).toEqual(['b', 'plan.yaml']);
  });

  it('a file name with NUL: an I/O error (exit 3), nothing written, no crash', async () => {
    const dir = tempDir();
    const r = await cli(['render', 'pl\0an.yaml', '--out', 'out'], { cwd: dir });
    expect(r.code).toBe(3);
    expect(r.err).not.toMatch(/внутренняя ошибка|internal error/);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('--out with NUL: an I/O error, no crash', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'plan.yaml'), SMALL);
    const r = await cli(['render', 'plan.yaml', '--out', 'o\0ut'], { cwd: dir });
    expect([2, 3]).toContain(r.code);
    expect(r.err).not.toMatch(/внутренняя ошибка|internal error/);
    expect(listAll(dir)).toEqual(['plan.yaml']);
  });

  it('a folder given as the input: an I/O error, no crash', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'folder.yaml'));
    const r = await cli(['render', 'folder.yaml'], { cwd: dir });
    expect(r.code).toBe(3);
    expect(r.err).not.toMatch(/внутренняя ошибка|internal error/);
  });
});

describe('no partial outputs when interrupted', () => {
  const haveDist = existsSync(MAIN);

  function start(dir: string, args: string[], preload: boolean) {
    const child = spawn(process.execPath, [...(preload ? ['--require', SLOW_RENAME] : []), MAIN, ...args], { cwd: dir, env: { PATH: process.env.PATH ?? '' } });
    let err = '';
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal ? -1 : null))));
    return { child, exited, stderr: () => err };
  }

  it.skipIf(!haveDist)('Ctrl-C while rendering: no output and no temporary file', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'big.yaml'), manyRows(3000));
    const run = start(dir, ['render', 'big.yaml', '--out', 'out'], false);
    await new Promise((r) => setTimeout(r, 1200));
    run.child.kill('SIGINT');
    await run.exited;
    const out = existsSync(join(dir, 'out')) ? listAll(join(dir, 'out')) : [];
    expect(out.filter((f) => !/^big\.(docx|pdf)$/.test(f)), 'temporary or partial files').toEqual([]);
    for (const f of out) expect(readFileSync(join(dir, 'out', f)).length).toBeGreaterThan(1000);
  }, 30_000);

  it.skipIf(!haveDist)('Ctrl-C while an output is being moved into place: no temporary file left', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'plan.yaml'), SMALL);
    const run = start(dir, ['render', 'plan.yaml', '--out', 'out'], true);
    for (let i = 0; i < 200 && !run.stderr().includes('RENAME'); i++) await new Promise((r) => setTimeout(r, 50));
    expect(run.stderr()).toContain('RENAME');
    run.child.kill('SIGINT');
    await run.exited;
    expect(listAll(join(dir, 'out'))).toEqual([]);
  }, 30_000);
});
