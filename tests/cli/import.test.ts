/**
 * `plangraf import plan.docx [--out FILE|-] [--force]`: where the YAML goes, what is refused
 * (an existing file, the document itself as output, a FIFO, a folder, a file over the size
 * limit, a file that is not a DOCX), the report on stderr in Russian or English, and the exit
 * codes its --help lists.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/diagnostics/diagnostic.js';
import { loadRoadmapText } from '../../src/load/index.js';
import { p, tbl, tc, tr, wordDocx } from '../support/word-build.js';
import { cli, tempDir } from './harness.js';

function planDocx(deadline = 'до 22.02.2022'): Uint8Array {
  return wordDocx([
    p('ПЛАН-ГРАФИК'),
    tbl([1000, 6000, 2000, 3000], [
      tr(['№ п/п', 'Наименование мероприятия', 'Сроки реализации', 'Исполнители'].map((h) => tc(p(h)))),
      tr([tc(p('1.')), tc(p('Разработка плана')), tc(p(deadline)), tc(p('УО'))]),
      tr([tc(p('2.')), tc(p('Совещание')), tc(p('март 2022 г.')), tc(p('УО'))]),
    ]),
    p('Текст после таблицы'),
  ]);
}

function folder(docx = planDocx()): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'plan.docx'), docx);
  return dir;
}

describe('plangraf import', () => {
  it('writes plan.yaml beside plan.docx; the report on stderr, a summary on stdout', async () => {
    const dir = folder();
    const r = await cli(['import', 'plan.docx'], { cwd: dir });
    expect(r.code).toBe(EXIT.ok);
    expect(r.out).toBe('записан plan.yaml: 1 план, 2 мероприятия, 0 разделов; предупреждений: 1. Дальше: plangraf render plan.yaml\n');
    expect(r.err).toContain('plan.docx: предупреждение [import-text-skipped]: Абзац 2: текст вне таблицы плана не перенесён: «Текст после таблицы».');
    const yaml = readFileSync(join(dir, 'plan.yaml'), 'utf8');
    expect(yaml.startsWith('# Импортировано из «plan.docx» командой plangraf import')).toBe(true);
    const { roadmap, diagnostics } = await loadRoadmapText(yaml, { file: 'plan.yaml' });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(roadmap!.plans[0]!.title).toBe('ПЛАН-ГРАФИК');
  });

  it('--out FILE, --out - (standard output: the YAML only), --lang en', async () => {
    const dir = folder();
    expect((await cli(['import', 'plan.docx', '--out', 'sub/other.yaml'], { cwd: dir })).code).toBe(EXIT.ok);
    expect(existsSync(join(dir, 'sub/other.yaml'))).toBe(true);
    let written = '';
    const r = await cli(['import', 'plan.docx', '--out', '-', '--lang', 'en'], { cwd: dir, writeStdout: async (b) => void (written += new TextDecoder().decode(b)) });
    expect(r.code).toBe(EXIT.ok);
    expect(r.out).toBe('');
    expect(written.startsWith('# Imported from «plan.docx» by plangraf import')).toBe(true);
    expect(r.err).toContain('plan.docx: warning [import-text-skipped]: Paragraph 2: text outside the plan’s table was not imported');
    expect(r.err).toContain('YAML written to standard output: 1 plan, 2 items, 0 sections; 1 warning.');
  });

  it('--out - on a full disk: said in words, exit 3, no stack trace', async () => {
    const dir = folder();
    const full = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    const r = await cli(['import', 'plan.docx', '--out', '-'], { cwd: dir, writeStdout: async () => { throw full; } });
    expect(r.code).toBe(EXIT.io);
    expect(r.err).not.toMatch(/\bat .*\.(?:js|ts):\d+/);
    expect(r.err).toMatch(/мест/i);
  });

  it('never overwrites without --force (exit 3); never writes over the document (exit 2)', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'plan.yaml'), 'мой файл');
    const r = await cli(['import', 'plan.docx'], { cwd: dir });
    expect(r.code).toBe(EXIT.io);
    expect(r.err).toContain('plangraf import: plan.yaml уже есть и не перезаписан. Укажите другой файл (--out) или перезапишите его: --force');
    expect(readFileSync(join(dir, 'plan.yaml'), 'utf8')).toBe('мой файл');
    expect((await cli(['import', 'plan.docx', '--force'], { cwd: dir })).code).toBe(EXIT.ok);
    expect(readFileSync(join(dir, 'plan.yaml'), 'utf8')).toContain('ПЛАН-ГРАФИК');
    expect((await cli(['import', 'plan.docx', '--out', 'plan.docx'], { cwd: dir })).code).toBe(EXIT.usage);
    expect((await cli(['import'], { cwd: dir })).code).toBe(EXIT.usage);
    expect((await cli(['import', 'a.docx', 'b.docx'], { cwd: dir })).code).toBe(EXIT.usage);
  });

  it('a FIFO, a folder, a link to a FIFO are refused unread (exit 3); a link to a DOCX is read', async () => {
    const dir = folder();
    execFileSync('mkfifo', [join(dir, 'pipe.docx')]);
    mkdirSync(join(dir, 'folder.docx'));
    symlinkSync(join(dir, 'pipe.docx'), join(dir, 'to-pipe.docx'));
    symlinkSync(join(dir, 'plan.docx'), join(dir, 'link.docx'));
    const fifo = await cli(['import', 'pipe.docx'], { cwd: dir });
    expect(fifo.code).toBe(EXIT.io);
    expect(fifo.err).toContain('pipe.docx: ошибка [io-not-a-file]');
    expect((await cli(['import', 'folder.docx'], { cwd: dir })).code).toBe(EXIT.io);
    expect((await cli(['import', 'to-pipe.docx'], { cwd: dir })).err).toContain('[io-not-a-file]');
    expect((await cli(['import', 'missing.docx'], { cwd: dir })).code).toBe(EXIT.io);
    expect((await cli(['import', 'link.docx'], { cwd: dir })).code).toBe(EXIT.ok);
  });

  it('a file over the size limit (exit 1, unread) or not a DOCX (exit 1): nothing written', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'big.docx'), '');
    truncateSync(join(dir, 'big.docx'), 41 * 1024 * 1024);
    const big = await cli(['import', 'big.docx'], { cwd: dir });
    expect(big.code).toBe(EXIT.inputErrors);
    expect(big.err).toContain('[limit-file-size]');
    writeFileSync(join(dir, 'text.docx'), 'просто текст');
    const text = await cli(['import', 'text.docx'], { cwd: dir });
    expect(text.code).toBe(EXIT.inputErrors);
    expect(text.err).toContain('text.docx: ошибка [import-not-docx]: Файл не является документом Word в формате DOCX: это не zip-архив, каким является файл .docx.');
    expect(existsSync(join(dir, 'text.yaml'))).toBe(false);
  });

  it('a YAML that carries the document’s own mistake is written, the error shown at its line (exit 1)', async () => {
    const dir = folder(planDocx('до 30.02.2022'));
    const r = await cli(['import', 'plan.docx'], { cwd: dir });
    expect(r.code).toBe(EXIT.inputErrors);
    expect(r.err).toMatch(/plan\.yaml:\d+:\d+: ошибка \[deadline-impossible-date\]: Такой даты нет: 30\.02\.2022\./);
    expect(r.out).toContain('Исправьте 1 ошибку в файле, затем plangraf render plan.yaml');
    expect(existsSync(join(dir, 'plan.yaml'))).toBe(true);
  });

  it('a write that fails is said with its reason (exit 3)', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'file'), '');
    const r = await cli(['import', 'plan.docx', '--out', 'file/plan.yaml'], { cwd: dir });
    expect(r.code).toBe(EXIT.io);
    expect(r.err).toContain('[io-write]');
  });
});
