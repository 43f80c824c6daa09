/**
 * The commands `plangraf serve` and `plangraf preview`: their usage errors (exit 2), broken
 * service templates (exit 1), and the built program serving until SIGTERM with JSON logs.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXIT } from '../../src/diagnostics/diagnostic.js';
import { buildDist } from '../batch/build-dist.js';
import { cli, tempDir } from '../cli/harness.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MAIN = join(ROOT, 'dist/cli/main.js');

describe('plangraf serve and preview: usage', () => {
  it('refuses wrong options with exit 2 and a message in the user\'s language', async () => {
    const dir = tempDir();
    const cases: Array<[string[], string]> = [
      [['serve', '--port', '80000'], 'plangraf serve: --port: «80000» — нужно целое число от 0 до 65535\n'],
      [['serve', '--jobs', '0'], 'plangraf serve: --jobs: «0» — нужно целое число от 1 до 64\n'],
      [['serve', '--max-rows', '50000'], 'plangraf serve: --max-rows: «50000» — нужно целое число от 1 до 20000\n'],
      [['serve', '--body-limit', '1G'], 'plangraf serve: --body-limit: «1G» — нужен размер в байтах от 1 КиБ до 100 МиБ, например 4194304, 512K или 4M\n'],
      [['serve', '--time-limit', '0'], 'plangraf serve: --time-limit: «0» — нужно целое число секунд от 1 до 86400\n'],
      [['serve', '--api-key', ''], 'plangraf serve: ключ доступа (--api-key или PLANGRAF_API_KEY) должен быть непустым, из латинских букв, цифр и знаков ASCII без пробелов\n'],
      [['serve', '--templates', 'нет'], 'plangraf serve: --templates: папки «нет» нет. Заготовку создаёт plangraf templates нет\n'],
      [['serve', 'plan.yaml'], 'plangraf serve: команда не принимает файлов: планы приходят в запросах\n'],
      [['preview'], 'plangraf preview: укажите один файл плана. Пример: plangraf preview план.yaml\n'],
      [['preview', 'a.yaml', 'b.yaml'], 'plangraf preview: укажите один файл плана. Пример: plangraf preview план.yaml\n'],
      [['preview', 'a.yaml', '--port', 'x', '--lang', 'en'], "plangraf preview: --port: 'x' must be a whole number from 0 to 65535\n"],
    ];
    for (const [args, err] of cases) expect(await cli(args, { cwd: dir }), args.join(' ')).toEqual({ code: EXIT.usage, out: '', err });
    expect(await cli(['serve'], { cwd: dir, env: { PLANGRAF_API_KEY: 'два слова' } })).toMatchObject({ code: EXIT.usage });
  });

  it('does not start with broken templates: their errors, exit 1', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 't'));
    writeFileSync(join(dir, 't', 'order-heading.hbs'), 'ПРИКАЗ {{#if}}\n');
    const r = await cli(['serve', '--templates', 't'], { cwd: dir });
    expect(r.code).toBe(EXIT.inputErrors);
    expect(r.err).toMatch(/order-heading\.hbs:1:\d+: ошибка \[template-syntax\]/);
    expect(r.err).toMatch(/plangraf serve: в шаблонах «t» есть ошибки; служба не запущена\n$/);
  });
});

describe('plangraf serve, the built program', () => {
  beforeAll(buildDist, 120_000);

  it('prints its address, answers, logs JSON lines, and stops on SIGTERM', async () => {
    const child = spawn(process.execPath, [MAIN, 'serve', '--port', '0', '--jobs', '1', '--lang', 'en'], { cwd: tempDir(), env: { PATH: process.env.PATH ?? '', PLANGRAF_API_KEY: 'k-1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    const url = await new Promise<string>((resolve, reject) => {
      child.stderr.on('data', (d: Buffer) => {
        stderr += d.toString('utf8');
        const m = /listening on (http:\/\/127\.0\.0\.1:\d+) \(1 render thread, API key required\)/.exec(stderr);
        if (m) resolve(m[1]!);
      });
      child.on('exit', () => reject(new Error(`exited: ${stderr}`)));
    });
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    expect((await fetch(`${url}/v1/schema`)).status).toBe(401);
    expect((await fetch(`${url}/v1/schema`, { headers: { 'x-api-key': 'k-1' } })).status).toBe(200);
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(143);
    const records = stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(records.filter((r) => r.msg === 'request').map((r) => [r.route, r.status])).toEqual([['/healthz', 200], ['/v1/schema', 401], ['/v1/schema', 200]]);
  }, 60_000);
});
