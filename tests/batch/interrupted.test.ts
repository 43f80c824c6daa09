/**
 * A batch stopped midway — `kill -9`, a full disk — leaves an output folder the next run takes up
 * cleanly: it knows the outputs already written as its own (the ownership journal), removes the
 * temporary files of the dead run, takes over its lock. Two runs on one folder at the same time:
 * the second is refused (`batch-out-locked`, exit 3) and writes nothing. A report that cannot be
 * written is said so (exit 3), and its paths are not printed.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { batch, CACHE_FILE, JOURNAL_FILE, LOCK_FILE } from '../../src/batch/index.js';
import { NODE_OUTPUT_IO, type OutputIo } from '../../src/output/atomic-write.js';
import { cli, tempDir } from '../cli/harness.js';
import { buildDist } from './build-dist.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MAIN = `${ROOT}dist/cli/main.js`;
const EXAMPLES = `${ROOT}examples/region/`;

beforeAll(buildDist, 120_000);

function region(): string {
  const dir = tempDir();
  cpSync(EXAMPLES, join(dir, 'region'), { recursive: true });
  return dir;
}

/** Every file under `dir`, relative, recursively. */
function filesUnder(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath ?? (e as unknown as { path: string }).path, e.name).slice(dir.length + 1));
}

/** An `OutputIo` whose writes of files matching `when` fail with `code`, as a full disk does. */
function failingIo(when: (file: string) => boolean, code = 'ENOSPC'): OutputIo {
  return {
    ...NODE_OUTPUT_IO,
    async writeFile(file, data, options) {
      if (when(file)) throw Object.assign(new Error(`${code}: no space left on device, write '${file}'`), { code, syscall: 'write', path: file });
      return NODE_OUTPUT_IO.writeFile(file, data, options);
    },
  };
}

/** A process id no process has now: that of a child that has exited. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '']).pid!;
}

/** Run the built CLI; kill it with `signal` once it has printed its first `input` event. */
function batchKilledAfterFirstInput(cwd: string, args: string[], signal: NodeJS.Signals = 'SIGKILL'): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [MAIN, 'batch', ...args, '--json'], { cwd, env: { PATH: process.env.PATH ?? '' } });
    let buffered = '';
    const lines: string[] = [];
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffered += chunk;
      let nl;
      while ((nl = buffered.indexOf('\n')) >= 0) {
        const line = buffered.slice(0, nl);
        buffered = buffered.slice(nl + 1);
        lines.push(line);
        if (line.includes('"type":"input"')) child.kill(signal);
      }
    });
    child.on('error', reject);
    // SIGINT: the CLI cleans up and exits with 130.
    child.on('exit', (code, got) => (got === signal || (signal === 'SIGINT' && code === 130) ? resolve(lines) : reject(new Error(`the batch ended by itself (${code}) before it was stopped`))));
  });
}

function runBuilt(cwd: string, args: string[]) {
  const r = spawnSync(process.execPath, [MAIN, 'batch', ...args], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('batch after an interruption', () => {
  it('kill -9 midway: the next run takes its outputs as its own, removes its temporary files and its lock', async () => {
    const dir = region();
    const args = ['region', '--out', 'out', '--format', 'docx', '--jobs', '1'];
    const lines = await batchKilledAfterFirstInput(dir, args);
    const first = (JSON.parse(lines.find((l) => l.includes('"type":"input"'))!) as { result: { input: string; status: string } }).result;
    expect(first.status).toBe('rendered');
    // The killed run left its lock and its journal, no manifest.
    expect(existsSync(join(dir, 'out', LOCK_FILE))).toBe(true);
    expect(existsSync(join(dir, 'out', JOURNAL_FILE))).toBe(true);
    // Temporary files as a killed run leaves them, and one of a process still running.
    const stale = `.order.docx.${deadPid()}-0-0.tmp`;
    const live = `.order.docx.${process.pid}-0-0.tmp`;
    mkdirSync(join(dir, 'out/округ Муром'), { recursive: true });
    writeFileSync(join(dir, 'out/округ Муром', stale), 'half');
    writeFileSync(join(dir, 'out', live), 'being written');

    const r = runBuilt(dir, [...args, '--json']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const events = r.out.trim().split('\n').map((l) => JSON.parse(l) as { type: string; result?: { input: string; status: string } });
    const results = events.filter((e) => e.type === 'input').map((e) => e.result!);
    expect(results).toHaveLength(6);
    expect(results.filter((x) => x.status === 'failed')).toEqual([]);
    // The input finished before the kill is known unchanged.
    expect(results.find((x) => x.input === first.input)!.status).toBe('skipped');
    const left = filesUnder(join(dir, 'out'));
    expect(left.filter((f) => f.endsWith('.tmp'))).toEqual([live]);
    expect(left).not.toContain(LOCK_FILE);
    expect(left).not.toContain(JOURNAL_FILE);
    const manifest = JSON.parse(readFileSync(join(dir, 'out', CACHE_FILE), 'utf8')) as { inputs: Record<string, { key?: string }> };
    expect(Object.values(manifest.inputs).filter((e) => e.key)).toHaveLength(6);
  }, 60_000);

  it('Ctrl-C midway: the folder is given back (no lock, no temporary file); the next run goes on from there', async () => {
    const dir = region();
    const args = ['region', '--out', 'out', '--format', 'docx', '--jobs', '1'];
    await batchKilledAfterFirstInput(dir, args, 'SIGINT');
    const left = filesUnder(join(dir, 'out'));
    expect(left).not.toContain(LOCK_FILE);
    expect(left.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const r = runBuilt(dir, args);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^6 файлов: собрано \d, с ошибками 0, без изменений \(пропущено\) [1-6],/m);
  }, 60_000);

  it('a disk that fills up midway: the failed input is reported in words, and the next run is not refused', async () => {
    const dir = region();
    const inputs = ['region/municipalities/murom.yaml', 'region/municipalities/kovrov.yaml'];
    const options = { out: 'out', cwd: dir, root: 'region', formats: ['docx' as const, 'pdf' as const], jobs: 0 };
    // The DOCX of Муром is written, then the disk is full for its PDF.
    const full = await batch(inputs, { ...options, outputIo: failingIo((f) => f.includes('округ Муром') && f.includes('.pdf.')) });
    expect(full.ioFailed).toBe(true);
    const murom = full.results.find((x) => x.input === inputs[0])!;
    expect(murom.status).toBe('failed');
    expect(murom.outputs).toEqual(['округ Муром/order.docx']);
    expect(murom.diagnostics[0]).toMatchObject({
      code: 'batch-write-failed',
      message: 'Не удалось записать „округ Муром/order.pdf“: на диске нет места.',
      hint: 'Освободите место на диске или укажите папку на другом диске.',
    });
    expect(JSON.stringify(full)).not.toMatch(/ENOSPC|no space left on device/);
    expect(existsSync(join(dir, 'out/округ Муром/order.docx'))).toBe(true);

    const again = await batch(inputs, options);
    expect(again.results.map((x) => [x.input, x.status])).toEqual([
      ['region/municipalities/kovrov.yaml', 'skipped'],
      ['region/municipalities/murom.yaml', 'rendered'],
    ]);
  });

  it('a report that cannot be written: said so, located, exit 3, and its paths are not printed', async () => {
    const dir = region();
    const io = failingIo((f) => /[\\/]\.report\.(md|json)\./.test(f));
    const r = await cli(['batch', 'region/municipalities/murom.yaml', '--extends-root', 'region', '--out', 'out', '--format', 'docx', '--jobs', '1'], { cwd: dir, outputIo: io });
    expect(r.code).toBe(3);
    expect(r.err).toContain('out: ошибка [batch-report-failed]: Отчёт „out/report.md“ не записан: на диске нет места.');
    expect(r.err).toContain('подсказка: Освободите место на диске или укажите папку на другом диске.');
    expect(r.out).toMatch(/^1 файл: собрано 1, с ошибками 0/m);
    expect(r.out).not.toContain('report.md');
    expect(`${r.out}${r.err}`).not.toMatch(/ENOSPC|no space left/);
    expect(existsSync(join(dir, 'out/report.md'))).toBe(false);
    expect(existsSync(join(dir, 'out/report.json'))).toBe(false);

    const en = await cli(['batch', 'region/municipalities/murom.yaml', '--extends-root', 'region', '--out', 'out', '--format', 'docx', '--lang', 'en'], { cwd: dir, outputIo: io });
    expect(en.code).toBe(3);
    expect(en.err).toContain('out: error [batch-report-failed]: The report “out/report.md” was not written: no space left on the disk.');
  });
});

describe('the output folder', () => {
  it('--out names a file: the reason in words, located, exit 3, nothing else printed', async () => {
    const dir = region();
    writeFileSync(join(dir, 'out'), 'a file');
    const r = await cli(['batch', 'region', '--out', 'out'], { cwd: dir });
    expect(r.code).toBe(3);
    expect(r.err).toBe('out: ошибка [batch-write-failed]: Не удалось записать „out“: „out“ — это файл, а не папка.\nподсказка: Переименуйте или удалите файл „out“ либо укажите другую папку.\n');
    expect(r.out).toBe('');
  });
});

describe('two batches on one output folder', () => {
  it('at the same time: exactly one runs, the other is refused with batch-out-locked and writes nothing', async () => {
    const dir = region();
    const options = { out: 'out', cwd: dir, root: 'region', formats: ['docx' as const], jobs: 1 };
    const reports = await Promise.all([batch(['region/municipalities/murom.yaml'], options), batch(['region/municipalities/kovrov.yaml'], options)]);
    const refused = reports.filter((r) => r.diagnostics.some((d) => d.code === 'batch-out-locked'));
    expect(refused).toHaveLength(1);
    expect(refused[0]).toMatchObject({ total: 0, ioFailed: true, reportWritten: false });
    const ran = reports.find((r) => r !== refused[0])!;
    expect(ran).toMatchObject({ rendered: 1, reportWritten: true });
    expect(readdirSync(join(dir, 'out')).filter((f) => !f.startsWith('.') && !f.startsWith('report'))).toEqual([ran.results[0]!.outputs[0]!.split('/')[0]]);
    expect(existsSync(join(dir, 'out', LOCK_FILE))).toBe(false);
  });

  it('the CLI: a folder taken by a running process is refused (exit 3); a lock of a dead one is taken over', async () => {
    const dir = region();
    mkdirSync(join(dir, 'out'));
    const lock = (pid: number) => writeFileSync(join(dir, 'out', LOCK_FILE), JSON.stringify({ pid, host: hostname(), startedAt: '2024-05-01T10:00:00.000Z', token: 'x' }));
    lock(process.pid);
    const args = ['batch', 'region/municipalities/murom.yaml', '--extends-root', 'region', '--out', 'out', '--format', 'docx'];
    const r = await cli(args, { cwd: dir });
    expect(r.code).toBe(3);
    expect(r.err).toContain(`out: ошибка [batch-out-locked]: В папку результатов „out“ уже пишет другой запуск plangraf batch (процесс ${process.pid} на компьютере ${hostname()}, начат 2024-05-01T10:00:00.000Z); этот запуск ничего не записал.`);
    expect(r.err).toContain('Если такого запуска нет, удалите файл „out/.plangraf-lock“.');
    expect(r.out).toBe('');
    expect(readdirSync(join(dir, 'out'))).toEqual([LOCK_FILE]);

    lock(deadPid());
    const taken = await cli(args, { cwd: dir });
    expect(taken.err).toBe('');
    expect(taken.code).toBe(0);
    expect(existsSync(join(dir, 'out', LOCK_FILE))).toBe(false);
  });
});
