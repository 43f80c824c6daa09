/**
 * `plangraf render --time-limit`: each file loads and renders in a worker thread; one still
 * running at the limit is stopped with its thread, reported with `render-time-limit`, and leaves
 * no output and no temporary file; the other files are rendered as before, with the same
 * messages and the same bytes as without a worker.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_TIME_LIMIT_SECONDS } from '../../src/batch/time-limit.js';
import { EXIT } from '../../src/diagnostics/diagnostic.js';
import { buildDist } from '../batch/build-dist.js';
import { manyRows } from '../hardening/cases.js';
import { cli, tempDir } from './harness.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MAIN = join(ROOT, 'dist/cli/main.js');
/** The worker of the build, as `plangraf render` runs it. */
const WORKER = join(ROOT, 'dist/cli/render-worker.js');
/** The real worker, except that files named *hang* never finish and *crash* throw. */
const STAND_IN = resolve(import.meta.dirname, 'fixtures/render-worker.mjs');
/** The real worker behind a thread that takes 2.5 s to start. */
const SLOW_START = resolve(import.meta.dirname, 'fixtures/slow-start-worker.mjs');
const EXAMPLE = join(ROOT, 'examples/khabarovsk-500plus-2022.yaml');
const ORDER = join(ROOT, 'examples/gorokhovets-order-2022.yaml');
const NOW = '2022-02-14T00:00:00Z';
const SMALL = 'document: {kind: order}\nplan:\n  title: ПЛАН-ГРАФИК\n  items:\n    - task: Задача\n';

beforeAll(buildDist, 120_000);

function listAll(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
}

function folder(files: Record<string, string>): string {
  const dir = tempDir();
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('render --time-limit', () => {
  it('stops a file past the limit: exit 1, a located message with a fix, nothing written; the next file renders', async () => {
    const dir = folder({ 'hang.yaml': SMALL, 'good.yaml': SMALL });
    // The fresh worker that renders good.yaml starts (loads and warms up plangraf) before its
    // clock starts: however loaded the machine, only the file's own work counts.
    const r = await cli(['render', 'hang.yaml', 'good.yaml', '--out', 'out', '--time-limit', '3'], { cwd: dir, renderWorker: STAND_IN });
    expect(r.code).toBe(EXIT.inputErrors);
    expect(r.err).toBe(
      'hang.yaml: ошибка [render-time-limit]: Сборка файла не уложилась в 3 с и остановлена.\n' +
        'подсказка: Время растёт с числом строк и длиной ячеек: разделите план на несколько файлов или увеличьте предел, например --time-limit 6 (сейчас 3 с).\n' +
        'hang.yaml: файлы не записаны из-за ошибок\n',
    );
    // A fresh worker took the next file.
    expect(r.out).toBe(`записан: ${join('out', 'good.docx')}\nзаписан: ${join('out', 'good.pdf')}\n`);
    expect(listAll(dir)).toEqual(['good.yaml', 'hang.yaml', 'out', join('out', 'good.docx'), join('out', 'good.pdf')]);
  }, 60_000);

  it('counts only the file: a worker slower to start than the limit still renders it', async () => {
    const dir = folder({ 'good.yaml': SMALL });
    const r = await cli(['render', 'good.yaml', '--format', 'docx', '--time-limit', '1'], { cwd: dir, renderWorker: SLOW_START });
    expect(r).toEqual({ code: EXIT.ok, out: 'записан: good.docx\n', err: '' });
  }, 60_000);

  it('says it in English with --lang en', async () => {
    const dir = folder({ 'hang.yaml': SMALL });
    const r = await cli(['render', 'hang.yaml', '--time-limit', '1', '--lang', 'en'], { cwd: dir, renderWorker: STAND_IN });
    expect(r.code).toBe(EXIT.inputErrors);
    expect(r.err).toBe(
      'hang.yaml: error [render-time-limit]: Rendering took longer than 1 s and was stopped.\n' +
        'hint: The time grows with the rows and the length of cells: split the plan into several files or raise the limit, e.g. --time-limit 2 (now 1 s).\n' +
        'hang.yaml: nothing written because of errors\n',
    );
    expect(r.out).toBe('');
    expect(listAll(dir)).toEqual(['hang.yaml']);
  }, 30_000);

  it('rejects a value that is not a whole number of seconds from 1 to 86400 (exit 2)', async () => {
    const dir = folder({ 'plan.yaml': SMALL });
    for (const v of ['0', '-5', '1.5', '2s', 'abc', '', '86401', '1e3']) {
      const r = await cli(['render', 'plan.yaml', `--time-limit=${v}`], { cwd: dir });
      expect(r, v).toEqual({ code: EXIT.usage, out: '', err: `plangraf render: --time-limit: «${v}» — нужно целое число секунд от 1 до 86400\n` });
    }
    const en = await cli(['render', 'plan.yaml', '--time-limit', 'soon', '--lang', 'en'], { cwd: dir });
    expect(en).toEqual({ code: EXIT.usage, out: '', err: "plangraf render: --time-limit: 'soon' must be a whole number of seconds from 1 to 86400\n" });
    expect((await cli(['render', 'plan.yaml', '--time-limit'], { cwd: dir })).code).toBe(EXIT.usage);
    // The batch command checks it the same way.
    expect((await cli(['batch', 'plan.yaml', '--out', 'out', '--time-limit=0'], { cwd: dir })).err).toContain('--time-limit: «0» — нужно целое число секунд от 1 до 86400');
    expect(listAll(dir)).toEqual(['plan.yaml']);
  });

  it('accepts the bounds and documents the option', async () => {
    const dir = folder({ 'plan.yaml': SMALL });
    for (const v of ['1', '86400']) {
      // In this thread (no worker): only the check of the value is tested here.
      const r = await cli(['render', 'plan.yaml', '--format', 'docx', '--time-limit', v], { cwd: dir });
      expect(r, v).toEqual({ code: EXIT.ok, out: 'записан: plan.docx\n', err: '' });
    }
    const help = await cli(['render', '--help']);
    expect(help.out).toContain('--time-limit S');
    expect(help.out).toContain('по умолчанию 300');
    expect((await cli(['render', '--help', '--lang', 'en'])).out).toMatch(/^ {2}1 +input errors \(or warnings with --strict\), or a file ran past --time-limit$/m);
  });

  it('a defect in the worker fails its file as an internal error (exit 70); the other files are rendered', async () => {
    const dir = folder({ 'crash.yaml': SMALL, 'ok.yaml': SMALL });
    const r = await cli(['render', 'crash.yaml', 'ok.yaml', '--format', 'docx'], { cwd: dir, renderWorker: STAND_IN });
    expect(r.code).toBe(EXIT.internal);
    expect(r.err).toContain('crash.yaml: ошибка [render-worker-crashed]: Сборка файла прервалась внутренней ошибкой plangraf: boom.');
    expect(r.err).toContain('подсказка: Сообщите об ошибке разработчикам, приложив файл.');
    expect(listAll(dir)).toEqual(['crash.yaml', 'ok.docx', 'ok.yaml']);
    const en = await cli(['render', 'crash.yaml', '--lang', 'en'], { cwd: dir, renderWorker: STAND_IN });
    expect(en.code).toBe(EXIT.internal);
    expect(en.err).toContain('crash.yaml: error [render-worker-crashed]: Rendering stopped on an internal plangraf error: boom.');
  });
});

describe('render in the worker: the same messages and files as in the calling thread', () => {
  async function both(dir: string, args: string[]) {
    const here = await cli(['render', ...args, '--out', 'here'], { cwd: dir });
    const worker = await cli(['render', ...args, '--out', 'worker'], { cwd: dir, renderWorker: WORKER });
    const names = (out: string) => (existsSync(join(dir, out)) ? listAll(join(dir, out)) : []);
    expect(names('worker')).toEqual(names('here'));
    for (const f of names('here')) expect(readFileSync(join(dir, 'worker', f)).equals(readFileSync(join(dir, 'here', f))), f).toBe(true);
    const same = (s: string) => s.replaceAll(/\bworker\b/g, 'here');
    expect({ ...worker, out: same(worker.out), err: same(worker.err) }).toEqual(here);
    return here;
  }

  it('a plan: DOCX and PDF byte for byte', async () => {
    const dir = tempDir();
    copyFileSync(EXAMPLE, join(dir, 'plan.yaml'));
    const r = await both(dir, ['plan.yaml', '--now', NOW]);
    expect(r).toEqual({ code: EXIT.ok, out: `записан: ${join('here', 'plan.docx')}\nзаписан: ${join('here', 'plan.pdf')}\n`, err: '' });
  });

  it('errors in a base, with the base’s excerpt; warnings under --strict', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'm'));
    writeFileSync(join(dir, 'base.yaml'), 'document: {kind: plan}\nplan:\n  title: ПЛАН-ГРАФИК\n  items:\n    - id: a\n      task: Задача\n      deadline: 30.02.2022\n');
    writeFileSync(join(dir, 'm', 'town.yaml'), 'extends: ../base.yaml\nplan:\n  items:\n    - id: b\n      task: Своя\n      after: a\n');
    copyFileSync(EXAMPLE, join(dir, 'plan.yaml'));
    writeFileSync(join(dir, 'warn.yaml'), readFileSync(EXAMPLE, 'utf8').replace(/  approval:\n    by: act\n.*\n    year: 2022\n/, ''));
    const r = await both(dir, [join('m', 'town.yaml'), 'warn.yaml', 'plan.yaml', '--strict', '--now', NOW, '--lang', 'en', '--extends-root', dir]);
    expect(r.code).toBe(EXIT.inputErrors);
    expect(r.err).toContain('7 |       deadline: 30.02.2022');
    expect(r.err).toContain('[plan-no-approval]');
    expect(r.err).toContain('warn.yaml: nothing written (--strict: there are warnings)');
  });

  it('a broken user template, with the template’s excerpt', async () => {
    const dir = tempDir();
    copyFileSync(ORDER, join(dir, 'order.yaml'));
    mkdirSync(join(dir, 'tpl'));
    writeFileSync(join(dir, 'tpl', 'appendix-mark.hbs'), 'Приложение\n{{#if (equals total 1)}}{{/if}}\n');
    const r = await both(dir, ['order.yaml', '--templates', 'tpl']);
    expect(r.code).toBe(EXIT.inputErrors);
    expect(r.err).toContain('    2 | {{#if (equals total 1)}}{{/if}}');
  });

  it('an unreadable file is still an I/O error (exit 3)', async () => {
    const dir = tempDir();
    const r = await both(dir, ['missing.yaml']);
    expect(r.code).toBe(EXIT.io);
    expect(r.err).toContain('missing.yaml: ошибка [io-read]');
  });
});

describe('dist/cli/main.js render --time-limit', () => {
  function run(dir: string, args: string[]) {
    const r = spawnSync(process.execPath, [MAIN, ...args], { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
    return { code: r.status, out: r.stdout, err: r.stderr };
  }

  it('a real plan too large for its limit: stopped, exit 1, no output, no temporary file', () => {
    const dir = folder({ 'big.yaml': manyRows(6000) });
    const r = run(dir, ['render', 'big.yaml', '--out', 'out', '--time-limit', '1']);
    expect(r.code, r.err).toBe(EXIT.inputErrors);
    expect(r.err).toContain('big.yaml: ошибка [render-time-limit]: Сборка файла не уложилась в 1 с и остановлена.');
    expect(r.err).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
    expect(r.out).toBe('');
    expect(listAll(dir)).toEqual(['big.yaml']);
  }, 60_000);

  it('a plan under the limit: the same files as the library renders in the calling thread', async () => {
    const dir = tempDir();
    copyFileSync(EXAMPLE, join(dir, 'plan.yaml'));
    const r = run(dir, ['render', 'plan.yaml', '--out', 'bin', '--now', NOW, '--time-limit', '60']);
    expect(r).toEqual({ code: EXIT.ok, out: `записан: ${join('bin', 'plan.docx')}\nзаписан: ${join('bin', 'plan.pdf')}\n`, err: '' });
    const here = await cli(['render', 'plan.yaml', '--out', 'here', '--now', NOW], { cwd: dir });
    expect(here.code).toBe(EXIT.ok);
    for (const f of ['plan.docx', 'plan.pdf']) expect(readFileSync(join(dir, 'bin', f)).equals(readFileSync(join(dir, 'here', f))), f).toBe(true);
  }, 30_000);
});

describe('the time limit is documented', () => {
  const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const SECURITY = readFileSync(join(ROOT, 'SECURITY.md'), 'utf8');

  it('README: the command line, the limits, the exit codes', () => {
    expect(README).toMatch(/plangraf render <files…(?:\|-)?> .*\[--time-limit S\]/);
    const limits = README.slice(README.indexOf('## Limits'), README.indexOf('## Layout'));
    expect(limits).toContain(`\`--time-limit\` seconds\n(default ${DEFAULT_TIME_LIMIT_SECONDS}, a whole number from 1 to 86400)`);
    expect(limits).toContain('`render-time-limit`');
    expect(limits).toContain('no time limit');
    expect(README).toMatch(/\| 1 \| .*`render-time-limit`/);
  });

  it('SECURITY: render has a time limit now', () => {
    expect(SECURITY).not.toMatch(/`plangraf render` and the library's\s+`render\(\)` run in the calling process/);
    expect(SECURITY).toContain('`render-time-limit`');
    expect(SECURITY).toContain(`(default ${DEFAULT_TIME_LIMIT_SECONDS}, a whole number from 1 to\n86400`);
  });

  it('README: the example of a time limit from code runs', () => {
    const start = README.indexOf('```js\nimport { batch } from \'plangraf\';');
    expect(start).toBeGreaterThan(0);
    const code = README.slice(start + 6, README.indexOf('```', start + 6));
    // The block writes its own plan.yaml (examples/ is not shipped; tests/package runs every block).
    const dir = tempDir();
    writeFileSync(join(dir, 'example.mjs'), code.replace("from 'plangraf'", `from '${pathToFileURL(join(ROOT, 'dist/index.js')).href}'`));
    const r = spawnSync(process.execPath, ['example.mjs'], { cwd: dir, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe("[ 'plan.docx', 'plan.pdf' ]\n");
    expect(readFileSync(join(dir, 'out', 'plan.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  }, 30_000);
});
