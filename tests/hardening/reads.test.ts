/**
 * Hostile files on the built program, `node dist/cli/main.js`, each in a child process that is
 * killed if it does not end: a FIFO or /dev/zero as the input, as a template or as an `extends`
 * base (in `render`, `validate` and `batch`, whose main thread reads inputs and bases ahead),
 * endless standard input for `validate -`, a huge sparse file, a template that is a link to a
 * file outside its folder. Before the bounded reader, the FIFOs blocked a thread in a read that
 * no time limit can stop (the process printed its time-limit message and never exited), and the
 * endless inputs grew memory by gigabytes.
 *
 * Each run must end on its own, with the diagnostic that names the problem and the documented
 * exit code. The children get a generous deadline (a loaded machine is slow to start worker
 * threads); the assertion is that they end, not how fast.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../src/diagnostics/diagnostic.js';
import { buildDist } from '../batch/build-dist.js';
import { tempDir } from '../cli/harness.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MAIN = join(ROOT, 'dist/cli/main.js');
const ORDER = join(ROOT, 'examples/gorokhovets-order-2022.yaml');
/** How long a child may run before it counts as hung and is killed. */
const DEADLINE_MS = 60_000;
const TEST_MS = DEADLINE_MS + 30_000;
const posix = process.platform !== 'win32';

beforeAll(buildDist, 120_000);

const alive = new Set<ChildProcess>();
afterEach(() => {
  for (const c of alive) c.kill('SIGKILL');
  alive.clear();
});

interface Run {
  code: number | null;
  out: string;
  err: string;
  /** Killed at the deadline: it did not end by itself. */
  hung: boolean;
}

/** Run the built CLI; `stdin: 'yes'` pipes the endless output of yes(1) into it. */
function plangraf(args: string[], cwd: string, stdin?: 'yes'): Promise<Run> {
  return new Promise((resolve) => {
    const yes = stdin === 'yes' ? spawn('yes', [], { stdio: ['ignore', 'pipe', 'ignore'] }) : undefined;
    const child = spawn(process.execPath, [MAIN, ...args], { cwd, stdio: [yes ? yes.stdout! : 'ignore', 'pipe', 'pipe'], env: { PATH: process.env.PATH ?? '' } });
    for (const c of [child, yes]) if (c) alive.add(c);
    let out = '';
    let err = '';
    let hung = false;
    child.stdout!.on('data', (d: Buffer) => void (out += d.toString()));
    child.stderr!.on('data', (d: Buffer) => void (err += d.toString()));
    const timer = setTimeout(() => {
      hung = true;
      child.kill('SIGKILL');
    }, DEADLINE_MS);
    child.on('close', (code) => {
      clearTimeout(timer);
      yes?.kill('SIGKILL');
      alive.delete(child);
      if (yes) alive.delete(yes);
      resolve({ code, out, err, hung });
    });
  });
}

function mkfifo(path: string): void {
  execFileSync('mkfifo', [path]);
}

const SMALL = 'document: {kind: order}\nplan:\n  title: ПЛАН-ГРАФИК\n  items:\n    - task: Задача\n';

describe.skipIf(!posix)('hostile reads end with a diagnostic, never hang', () => {
  it('render: a FIFO as the input → io-not-a-file, exit 3; the next file still renders', async () => {
    const dir = tempDir();
    mkfifo(join(dir, 'pipe.yaml'));
    writeFileSync(join(dir, 'good.yaml'), SMALL);
    const r = await plangraf(['render', 'pipe.yaml', 'good.yaml', '--format', 'docx', '--time-limit', '20'], dir);
    expect(r.hung, r.err).toBe(false);
    expect(r.code).toBe(EXIT.io);
    expect(r.err).toContain('pipe.yaml: ошибка [io-not-a-file]: Это именованный канал (FIFO), а не обычный файл');
    expect(existsSync(join(dir, 'good.docx'))).toBe(true);
  }, TEST_MS);

  it('validate: a FIFO and /dev/zero → io-not-a-file, exit 3', async () => {
    const dir = tempDir();
    mkfifo(join(dir, 'pipe.yaml'));
    const r = await plangraf(['validate', 'pipe.yaml', '/dev/zero', '--lang', 'en'], dir);
    expect(r.hung).toBe(false);
    expect(r.code).toBe(EXIT.io);
    expect(r.out).toContain('pipe.yaml: error [io-not-a-file]: This is a named pipe (FIFO), not a regular file');
    expect(r.out).toContain('/dev/zero: error [io-not-a-file]: This is a device, not a regular file');
  }, TEST_MS);

  it('validate -: endless standard input is cut at the size limit → limit-file-size, exit 1', async () => {
    const r = await plangraf(['validate', '-'], tempDir(), 'yes');
    expect(r.hung).toBe(false);
    expect(r.code).toBe(EXIT.inputErrors);
    expect(r.out).toContain('<stdin>: ошибка [limit-file-size]: Файл слишком большой: более 40 МиБ при пределе 40 МиБ.');
  }, TEST_MS);

  it('validate: a 1 GiB sparse file → limit-file-size by its size, exit 1', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'big.yaml'), '');
    truncateSync(join(dir, 'big.yaml'), 1024 * 1024 * 1024);
    const r = await plangraf(['validate', 'big.yaml'], dir);
    expect(r.hung).toBe(false);
    expect(r.code).toBe(EXIT.inputErrors);
    expect(r.out).toContain('big.yaml: ошибка [limit-file-size]: Файл слишком большой: 1024 МиБ при пределе 40 МиБ.');
  }, TEST_MS);

  it('render: a template that is a FIFO → template-unreadable, exit 1, nothing written', async () => {
    const dir = tempDir();
    copyFileSync(ORDER, join(dir, 'order.yaml'));
    mkdirSync(join(dir, 'tpl'));
    mkfifo(join(dir, 'tpl', 'order-heading.hbs'));
    const r = await plangraf(['render', 'order.yaml', '--templates', 'tpl', '--time-limit', '20'], dir);
    expect(r.hung, r.err).toBe(false);
    expect(r.code).toBe(EXIT.inputErrors);
    expect(r.err).toContain(`${join('tpl', 'order-heading.hbs')}: ошибка [template-unreadable]: Файл шаблона не прочитан: это именованный канал (FIFO), а не обычный файл.`);
    expect(existsSync(join(dir, 'order.docx'))).toBe(false);
  }, TEST_MS);

  it('render and batch: a template that links to a file outside its folder is refused, its text never printed', async () => {
    const dir = tempDir();
    copyFileSync(ORDER, join(dir, 'order.yaml'));
    writeFileSync(join(dir, 'secret.txt'), 'СЕКРЕТ-из-чужого-файла');
    mkdirSync(join(dir, 'tpl'));
    symlinkSync(join(dir, 'secret.txt'), join(dir, 'tpl', 'order-heading.hbs'));
    const r = await plangraf(['render', 'order.yaml', '--templates', 'tpl', '--format', 'docx', '--lang', 'en'], dir);
    expect(r.hung).toBe(false);
    expect(r.code).toBe(EXIT.inputErrors);
    expect(r.err).toContain('[template-unreadable]: The template file was not read: it is a symbolic link, not a regular file.');
    expect(existsSync(join(dir, 'order.docx'))).toBe(false);
    const b = await plangraf(['batch', 'order.yaml', '--out', 'out', '--templates', 'tpl', '--format', 'docx', '--jobs', '1'], dir);
    expect(b.hung).toBe(false);
    expect(b.code).toBe(EXIT.inputErrors);
    expect(b.out).toContain('[template-unreadable]');
    expect(readFileSync(join(dir, 'out', 'report.json'), 'utf8')).not.toContain('СЕКРЕТ');
    expect(`${r.out}${r.err}${b.out}${b.err}`).not.toContain('СЕКРЕТ');
  }, TEST_MS);

  it('render: an extends base that is a FIFO, or a link to /dev/zero → extends-not-a-file at the extends value, exit 1', async () => {
    const dir = tempDir();
    mkfifo(join(dir, 'base.yaml'));
    symlinkSync('/dev/zero', join(dir, 'zero.yaml'));
    writeFileSync(join(dir, 'a.yaml'), 'extends: base.yaml\nplan:\n  items:\n    - task: X\n');
    writeFileSync(join(dir, 'b.yaml'), 'extends: zero.yaml\nplan:\n  items:\n    - task: X\n');
    const r = await plangraf(['render', 'a.yaml', 'b.yaml', '--time-limit', '20'], dir);
    expect(r.hung, r.err).toBe(false);
    expect(r.code).toBe(EXIT.inputErrors);
    expect(r.err).toContain('a.yaml:1:10: ошибка [extends-not-a-file]: Основа „base.yaml“ — именованный канал (FIFO), а не обычный файл');
    // The link leads out of the input's folder (its real path is /dev/zero) …
    expect(r.err).toContain('b.yaml:1:10: ошибка [extends-outside-root]');
    // … and with every folder allowed, the device itself is refused.
    const wide = await plangraf(['render', 'b.yaml', '--time-limit', '20', '--extends-root', '/'], dir);
    expect(wide.hung, wide.err).toBe(false);
    expect(wide.code).toBe(EXIT.inputErrors);
    expect(wide.err).toContain('b.yaml:1:10: ошибка [extends-not-a-file]: Основа „zero.yaml“ — устройство, а не обычный файл');
  }, TEST_MS);

  it('batch: a FIFO as an input, and as a base its inputs extend (read ahead in the main thread)', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'region', 'm'), { recursive: true });
    mkfifo(join(dir, 'region', 'base.yaml'));
    writeFileSync(join(dir, 'region', 'm', 'town.yaml'), 'extends: ../base.yaml\nmunicipality: Город\n');
    mkfifo(join(dir, 'pipe.yaml'));
    const r = await plangraf(['batch', 'region', 'pipe.yaml', '--out', 'out', '--format', 'docx', '--jobs', '1', '--time-limit', '20', '--lang', 'en'], dir);
    expect(r.hung, r.out).toBe(false);
    expect(r.code).toBe(EXIT.io);
    expect(r.out).toContain('✗ pipe.yaml — pipe.yaml: [io-not-a-file] This is a named pipe (FIFO), not a regular file');
    expect(r.out).toContain('✗ region/m/town.yaml — region/m/town.yaml:1:10: [extends-not-a-file] The base “../base.yaml” is a named pipe (FIFO)');
  }, TEST_MS);
});
