/**
 * `plangraf render -` (standard input), `--out -` (standard output) and `--watch`: the same
 * documents and diagnostics as for a file, bounded input, clear usage errors, and renders again
 * when the file or its base changes.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../src/diagnostics/diagnostic.js';
import { Readable } from 'node:stream';
import { readBoundedStream } from '../../src/input/bounded-read.js';
import { DEFAULT_LIMITS } from '../../src/load/limits.js';
import { dataSizeText } from '../../src/text/quantities.js';
import { watchRenderUntil } from '../../src/preview/render-watch.js';
import { runCli } from '../../src/cli/main.js';
import { buildDist } from '../batch/build-dist.js';
import { readPdf } from '../support/pdf-read.js';
import { cli, tempDir } from './harness.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MAIN = join(ROOT, 'dist/cli/main.js');
const NOW = '2022-02-14T00:00:00Z';
const SMALL = 'document: {kind: order}\nplan:\n  title: ПЛАН-ГРАФИК\n  items:\n    - task: Задача\n';
const BAD = `${SMALL}      dedline: 2022\n`;
const encode = (s: string) => new TextEncoder().encode(s);

// The program and the worker of the build run in some of these tests.
beforeAll(buildDist, 120_000);

/** The CLI in-process with standard input `input` and standard output captured as bytes. */
async function withStreams(args: string[], input: Uint8Array, cwd: string) {
  const chunks: Uint8Array[] = [];
  let err = '';
  let out = '';
  let asked: number | undefined;
  const code = await runCli(args, {
    cwd, env: {}, color: false,
    out: (s) => void (out += s),
    err: (s) => void (err += s),
    // As the program reads its standard input: bounded, refused (FileRefused) past the limit.
    readStdin: async (limit) => {
      asked = limit;
      return readBoundedStream(Readable.from([input]), limit, '<stdin>');
    },
    writeStdout: async (bytes) => void chunks.push(bytes),
  });
  return { code, err, out, stdout: Buffer.concat(chunks), asked };
}

describe('render - and --out -', () => {
  it('renders standard input to standard output: the bytes of the same file rendered to a folder', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'plan.yaml'), SMALL);
    await cli(['render', 'plan.yaml', '--now', NOW], { cwd: dir });
    for (const format of ['pdf', 'docx']) {
      const r = await withStreams(['render', '-', '--format', format, '--out', '-', '--now', NOW], encode(SMALL), dir);
      expect({ code: r.code, err: r.err, out: r.out }).toEqual({ code: EXIT.ok, err: '', out: '' });
      expect(r.stdout.equals(readFileSync(join(dir, `plan.${format}`)))).toBe(true);
      expect(r.asked).toBe(DEFAULT_LIMITS.fileBytes);
    }
  });

  it('a file to standard output; standard input to files named roadmap.docx and roadmap.pdf', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'plan.yaml'), SMALL);
    const toStdout = await withStreams(['render', 'plan.yaml', '--format', 'pdf', '--out', '-', '--now', NOW], new Uint8Array(), dir);
    expect(toStdout.code).toBe(EXIT.ok);
    expect((await readPdf(toStdout.stdout)).text).toContain('Задача');
    expect(readdirSync(dir)).toEqual(['plan.yaml']);

    const toFiles = await withStreams(['render', '-', '--out', 'out', '--now', NOW], encode(SMALL), dir);
    expect(toFiles).toMatchObject({ code: EXIT.ok, out: `записан: ${join('out', 'roadmap.docx')}\nзаписан: ${join('out', 'roadmap.pdf')}\n` });
    const here = await withStreams(['render', '-', '--format', 'docx', '--now', NOW], encode(SMALL), dir);
    expect(here.out).toBe('записан: roadmap.docx\n');
    expect(readFileSync(join(dir, 'roadmap.docx')).equals(readFileSync(join(dir, 'out', 'roadmap.docx')))).toBe(true);
  });

  it('a mistake on standard input is located in <stdin>, nothing is written (exit 1)', async () => {
    const dir = tempDir();
    const r = await withStreams(['render', '-', '--format', 'pdf', '--out', '-'], encode(BAD), dir);
    expect(r.code).toBe(EXIT.inputErrors);
    expect(r.stdout.length).toBe(0);
    expect(r.err).toBe(
      '<stdin>:6:7: ошибка [schema-unknown-key]: Неизвестный ключ „dedline“ — может быть, „deadline“?\n' +
        '    6 |       dedline: 2022\n      |       ^^^^^^^\n' +
        'подсказка: Здесь допустимы ключи: id, task, deadline, executors, result, info, no, extra, merge, execution, remove, after, before.\n' +
        '<stdin>: файлы не записаны из-за ошибок\n',
    );
  });

  it('standard input longer than the file-size limit is refused without reading further (exit 1)', async () => {
    const r = await withStreams(['render', '-', '--lang', 'en'], new Uint8Array(DEFAULT_LIMITS.fileBytes + 1), tempDir());
    expect(r.code).toBe(EXIT.inputErrors);
    expect(r.err).toBe(
      `<stdin>: error [limit-file-size]: The file is too large: more than ${dataSizeText(DEFAULT_LIMITS.fileBytes, 'en')}, the limit is ${dataSizeText(DEFAULT_LIMITS.fileBytes, 'en')}.\n` +
        'hint: Split the roadmap into several files.\n<stdin>: nothing written because of errors\n',
    );
  });

  it('usage errors (exit 2): two formats or two files to standard output, «-» twice, --watch with a stream', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.yaml'), SMALL);
    writeFileSync(join(dir, 'b.yaml'), SMALL);
    expect(await cli(['render', 'a.yaml', '--out', '-'], { cwd: dir })).toEqual({
      code: EXIT.usage, out: '', err: 'plangraf render: --out -: на стандартный вывод пишется один формат: добавьте --format pdf или --format docx\n',
    });
    expect(await cli(['render', 'a.yaml', 'b.yaml', '--format', 'pdf', '--out', '-', '--lang', 'en'], { cwd: dir })).toEqual({
      code: EXIT.usage, out: '', err: 'plangraf render: --out -: standard output takes one document: give one file\n',
    });
    expect(await cli(['render', '-', '-'], { cwd: dir })).toEqual({ code: EXIT.usage, out: '', err: 'plangraf render: «-» (стандартный ввод) можно указать только один раз\n' });
    expect(await cli(['render', '-', '--watch'], { cwd: dir })).toEqual({ code: EXIT.usage, out: '', err: 'plangraf render: --watch следит за файлами: «-» и --out - с ним не сочетаются\n' });
    expect(readdirSync(dir).sort()).toEqual(['a.yaml', 'b.yaml']);
  });
});

describe('render - through the built program', () => {
  it('reads a pipe and writes the PDF to its standard output: the bytes of the file rendered to a folder', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'plan.yaml'), SMALL);
    spawnSync(process.execPath, [MAIN, 'render', 'plan.yaml', '--format', 'pdf', '--now', NOW], { cwd: dir });
    const piped = spawnSync(process.execPath, [MAIN, 'render', '-', '--format', 'pdf', '--out', '-', '--now', NOW], { cwd: dir, input: SMALL });
    expect(piped.status).toBe(EXIT.ok);
    expect(Buffer.compare(piped.stdout, readFileSync(join(dir, 'plan.pdf')))).toBe(0);
  });

  it('stops reading a pipe that never ends once it passes the limit, and exits 1', async () => {
    const child = spawn(process.execPath, [MAIN, 'render', '-', '--out', '-', '--format', 'pdf'], { cwd: tempDir() });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.stdin.on('error', () => undefined);
    const chunk = Buffer.alloc(1024 * 1024, 0x23);
    // More than the limit, and the pipe is never closed: only a reader that stops lets it exit.
    for (let i = 0; i <= DEFAULT_LIMITS.fileBytes / chunk.length; i++) child.stdin.write(chunk);
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(EXIT.inputErrors);
    expect(stderr).toContain('<stdin>: ошибка [limit-file-size]');
  }, 60_000);
});

describe('render --watch', () => {
  /** Waits (polling, no fixed sleep) until `check` holds; a generous bound so a loaded machine cannot fail it. */
  async function until(check: () => boolean, what: string): Promise<void> {
    const deadline = Date.now() + 60_000;
    while (!check()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  it('renders again when the file or its base changes; a broken edit is reported and the last output stays', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'out'));
    writeFileSync(join(dir, 'base.yaml'), 'document: {kind: order}\nplan:\n  title: ПЛАН-ГРАФИК ОСНОВЫ\n  items:\n    - {id: a, task: Задача основы}\n');
    writeFileSync(join(dir, 'plan.yaml'), 'extends: base.yaml\n');
    let err = '';
    let out = '';
    const ctx = { cwd: dir, env: {}, color: false, lang: 'ru' as const, out: (s: string) => void (out += s), err: (s: string) => void (err += s), fs: undefined as never };
    const stop = new AbortController();
    const pdf = join(dir, 'out', 'plan.pdf');
    const text = async () => (await readPdf(new Uint8Array(readFileSync(pdf)))).text;
    const running = watchRenderUntil(ctx, { positionals: ['plan.yaml'], values: { format: ['pdf'], out: 'out', now: NOW } }, stop.signal);
    try {
      await until(() => err.includes('Слежу за изменениями: 2 файла'), 'the first render');
      expect(out).toBe(`записан: ${join('out', 'plan.pdf')}\n`);
      expect(await text()).toContain('Задача основы');

      writeFileSync(join(dir, 'base.yaml'), 'document: {kind: order}\nplan:\n  title: ПЛАН-ГРАФИК ОСНОВЫ\n  items:\n    - {id: a, task: Новая задача основы}\n');
      await until(() => out.split('записан').length === 3, 'the render after the base changed');
      expect(err).toContain('изменено: base.yaml');
      expect(await text()).toContain('Новая задача основы');

      const before = statSync(pdf).mtimeMs;
      writeFileSync(join(dir, 'plan.yaml'), 'extends: base.yaml\nplan:\n  titel: X\n');
      await until(() => err.includes('файлы не записаны из-за ошибок'), 'the broken edit');
      expect(err).toContain('plan.yaml:3:3: ошибка [schema-unknown-key]');
      expect(statSync(pdf).mtimeMs).toBe(before);
      expect(await text()).toContain('Новая задача основы');
    } finally {
      stop.abort();
      expect(await running).toBe(EXIT.ok);
    }
    expect(existsSync(pdf)).toBe(true);
  });

  it('an amending order whose previous version is an archival PDF watches the PDF itself and renders again when it changes', async () => {
    const dir = tempDir();
    const version = (first: string) => `plan:\n  title: План-график\n  items:\n    - {id: a, task: ${first}, deadline: до 01.03.2022}\n    - {id: b, task: Совещание, deadline: до 01.12.2022}\n`;
    const signed = async (first: string) => {
      writeFileSync(join(dir, 'signed.yaml'), `document: {kind: order, date: 14.01.2022, number: '5'}\n${version(first)}`);
      expect((await cli(['render', 'signed.yaml', '--format', 'pdf', '--pdfa', '--out', 'signed', '--now', NOW], { cwd: dir })).code).toBe(EXIT.ok);
      writeFileSync(join(dir, 'old.pdf'), readFileSync(join(dir, 'signed/signed.pdf')));
    };
    await signed('Анализ');
    writeFileSync(join(dir, 'order.yaml'), `document:\n  kind: order\n  date: 15.02.2022\n  number: '9'\n  amends: {previous: old.pdf}\n  points: ['{point:amendments}']\n${version('Анализ').replace('Совещание', 'Совещание по итогам года')}`);
    let err = '';
    let out = '';
    const ctx = { cwd: dir, env: {}, color: false, lang: 'ru' as const, out: (s: string) => void (out += s), err: (s: string) => void (err += s), fs: undefined as never };
    const stop = new AbortController();
    const text = async () => (await readPdf(new Uint8Array(readFileSync(join(dir, 'out', 'order.pdf'))))).text.replace(/\s+/g, ' ');
    const running = watchRenderUntil(ctx, { positionals: ['order.yaml'], values: { format: ['pdf'], out: 'out', now: NOW } }, stop.signal);
    try {
      await until(() => err.includes('Слежу за изменениями: 2 файла'), 'the first render');
      expect(await text()).toContain('Пункт 2 изложить в следующей редакции');
      expect(await text()).not.toContain('Пункт 1 изложить');

      // The amended act signed again with another first row: the order now restates row 1 too.
      await signed('Анализ результатов');
      await until(() => out.split('записан').length === 3, 'the render after the PDF changed');
      expect(err).toContain('изменено: old.pdf\n');
      expect(await text()).toContain('Пункт 1 изложить в следующей редакции');
    } finally {
      stop.abort();
      expect(await running).toBe(EXIT.ok);
    }
  }, 120_000);

  it('renders every input again with a fresh worker when a template changes (a worker keeps the templates it compiled)', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'templates'));
    copyFileSync(join(ROOT, 'templates/order-heading.hbs'), join(dir, 'templates/order-heading.hbs'));
    writeFileSync(join(dir, 'plan.yaml'), SMALL);
    let err = '';
    let out = '';
    const ctx = {
      cwd: dir, env: {}, color: false, lang: 'ru' as const, out: (s: string) => void (out += s), err: (s: string) => void (err += s), fs: undefined as never,
      renderWorker: join(ROOT, 'dist/cli/render-worker.js'),
    };
    const stop = new AbortController();
    const running = watchRenderUntil(ctx, { positionals: ['plan.yaml'], values: { format: ['pdf'], templates: 'templates', now: NOW } }, stop.signal);
    try {
      await until(() => err.includes('Слежу за изменениями'), 'the first render');
      writeFileSync(join(dir, 'templates/order-heading.hbs'), 'ПРИКАЗ ПО ШАБЛОНУ\n');
      await until(() => out.split('записан').length === 3, 'the render after the template changed');
      expect((await readPdf(new Uint8Array(readFileSync(join(dir, 'plan.pdf'))))).text).toContain('ПРИКАЗ ПО ШАБЛОНУ');
    } finally {
      stop.abort();
      await running;
    }
  }, 120_000);
});
