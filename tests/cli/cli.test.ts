import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/diagnostics/diagnostic.js';
import { cli, tempDir } from './harness.js';

const CORPUS = new URL('../corpus/broken/', import.meta.url).pathname;
const GOOD = 'document: {kind: order}\nplan:\n  title: ПЛАН-ГРАФИК\n  items:\n    - task: Отбор школ\n';

function goodFile(): { dir: string; file: string } {
  const dir = tempDir();
  writeFileSync(join(dir, 'good.yaml'), GOOD);
  return { dir, file: 'good.yaml' };
}

describe('plangraf validate', () => {
  it('exits 0 on a clean file and says so', async () => {
    const { dir, file } = goodFile();
    const r = await cli(['validate', file], { cwd: dir });
    expect(r).toEqual({ code: EXIT.ok, out: 'good.yaml: ошибок нет\n', err: '' });
  });

  it('exits 1 on errors and prints every one with its source line, caret and hint', async () => {
    const r = await cli(['validate', 'schema-unknown-key-item-typo.yaml'], { cwd: CORPUS });
    expect(r.code).toBe(EXIT.inputErrors);
    expect(r.out).toContain('schema-unknown-key-item-typo.yaml:8:7: ошибка [schema-unknown-key]: Неизвестный ключ „dedline“ — может быть, „deadline“?');
    expect(r.out).toContain('    8 |       dedline: до 20.12.2021\n      |       ^^^^^^^\n');
    expect(r.out).toContain('подсказка: ');
    expect(r.out).toMatch(/schema-unknown-key-item-typo\.yaml: 1 ошибка\n$/);
  });

  it('speaks English with --lang en or PLANGRAF_LANG=en', async () => {
    const a = await cli(['validate', '--lang', 'en', 'schema-enum-kind.yaml'], { cwd: CORPUS });
    expect(a.out).toContain('error [schema-enum]: “kind”: value “ordr” is not allowed — did you mean “order”?');
    expect(a.out).toContain('hint: Allowed values: order, directive, plan, letter, passport.');
    expect(a.out).toMatch(/: 1 error\n$/);
    const b = await cli(['validate', 'schema-enum-kind.yaml'], { cwd: CORPUS, env: { PLANGRAF_LANG: 'en' } });
    expect(b.out).toBe(a.out);
  });

  it('warnings pass, but not under --strict', async () => {
    const plain = await cli(['validate', 'lint-executor-unknown.yaml'], { cwd: CORPUS });
    expect(plain.code).toBe(EXIT.ok);
    expect(plain.out).toMatch(/1 предупреждение\n$/);
    const strict = await cli(['validate', '--strict', 'lint-executor-unknown.yaml'], { cwd: CORPUS });
    expect(strict.code).toBe(EXIT.inputErrors);
  });

  it('prints JSON for machines', async () => {
    const r = await cli(['validate', '--format', 'json', 'schema-enum-kind.yaml', 'lint-rule-off.yaml'], { cwd: CORPUS });
    expect(r.code).toBe(EXIT.inputErrors);
    const report = JSON.parse(r.out) as { version: number; ok: boolean; files: { file: string; ok: boolean; errors: number; diagnostics: { code: string; line: number; column: number }[] }[] };
    expect(report.version).toBe(1);
    expect(report.ok).toBe(false);
    expect(report.files.map((f) => [f.file, f.ok, f.errors])).toEqual([['schema-enum-kind.yaml', false, 1], ['lint-rule-off.yaml', true, 0]]);
    expect(report.files[0]!.diagnostics[0]).toMatchObject({ code: 'schema-enum', line: 3, column: 9, severity: 'error', file: 'schema-enum-kind.yaml' });
  });

  it('exits 3 when a file cannot be read, and still checks the others', async () => {
    const { dir, file } = goodFile();
    const r = await cli(['validate', 'missing.yaml', file], { cwd: dir });
    expect(r.code).toBe(EXIT.io);
    expect(r.out).toContain('missing.yaml: ошибка [io-read]: Не удалось прочитать файл: файла нет.');
    expect(r.out).toContain('good.yaml: ошибок нет');
  });

  it('reads standard input for «-»', async () => {
    const r = await cli(['validate', '-'], { readStdin: async () => new TextEncoder().encode(GOOD) });
    expect(r).toMatchObject({ code: EXIT.ok, out: '<stdin>: ошибок нет\n' });
  });

  it('exits 2 on wrong usage, with a message in the user’s language', async () => {
    expect(await cli(['validate'])).toMatchObject({ code: EXIT.usage, err: expect.stringContaining('не указан ни один файл') });
    expect(await cli(['validate', '--format', 'xml', 'a.yaml'])).toMatchObject({ code: EXIT.usage, err: expect.stringContaining('неизвестный вид вывода „xml“') });
    expect(await cli(['validate', '--frmat', 'json', 'a.yaml'])).toMatchObject({ code: EXIT.usage, err: expect.stringContaining('неизвестный параметр --frmat') });
    expect(await cli(['validate', '--lang', 'de', 'a.yaml'])).toMatchObject({ code: EXIT.usage, err: expect.stringContaining('--lang') });
    expect(await cli(['--lang', 'en', 'validate', '--bogus'])).toMatchObject({ code: EXIT.usage, err: expect.stringContaining('unknown option --bogus') });
  });
});

describe('plangraf (global)', () => {
  it('suggests the nearest command for a typo', async () => {
    const r = await cli(['valdate', 'x.yaml']);
    expect(r.code).toBe(EXIT.usage);
    expect(r.err).toContain('неизвестная команда „valdate“ — может быть, „validate“?');
  });

  it('prints help (exit 0 when asked, 2 without a command) and per-command help', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(EXIT.ok);
    for (const c of ['validate', 'render', 'schema', 'init']) expect(help.out).toContain(`  ${c}`);
    expect(help.out).toContain('Коды выхода');
    expect((await cli([])).code).toBe(EXIT.usage);
    const v = await cli(['validate', '--help', '--lang', 'en']);
    expect(v.code).toBe(EXIT.ok);
    expect(v.out).toContain('Usage: plangraf validate <files…> [--format text|json] [--strict]');
    expect((await cli(['help', 'schema'])).out).toContain('Использование: plangraf schema');
  });

  it('prints the version from package.json', async () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(await cli(['--version'])).toEqual({ code: EXIT.ok, out: `${pkg.version}\n`, err: '' });
  });

  it('turns an unexpected exception into a short internal-error message, exit 70, no stack', async () => {
    const { dir, file } = goodFile();
    let err = '';
    const { runCli } = await import('../../src/cli/main.js');
    const code = await runCli(['validate', file], {
      cwd: dir, env: {}, color: false,
      out: () => { throw new Error('stdout closed'); },
      err: (s) => void (err += s),
    });
    expect(code).toBe(EXIT.internal);
    expect(err).toMatch(/^внутренняя ошибка plangraf: stdout closed\n/);
    expect(err).not.toMatch(/\bat .*:\d+:\d+/);
  });
});

describe('plangraf schema', () => {
  it('--write DIR writes DIR/roadmap.schema.json and says which first line uses it', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'plans'));
    const r = await cli(['schema', '--write', 'plans'], { cwd: dir });
    expect(r.code).toBe(EXIT.ok);
    expect(r.out).toContain('# yaml-language-server: $schema=./roadmap.schema.json');
    expect(readFileSync(join(dir, 'plans', 'roadmap.schema.json'), 'utf8')).toBe((await cli(['schema'])).out);
    writeFileSync(join(dir, 'roadmap.schema.json'), 'чужой файл');
    const refused = await cli(['schema', '--write', '.', '--lang', 'en'], { cwd: dir });
    expect(refused.code).toBe(EXIT.io);
    expect(refused.err).toContain("is not plangraf's schema");
    expect(readFileSync(join(dir, 'roadmap.schema.json'), 'utf8')).toBe('чужой файл');
    expect((await cli(['schema', '--write', 'no-such-folder'], { cwd: dir })).code).toBe(EXIT.io);
  });

  it('prints the JSON Schema', async () => {
    const r = await cli(['schema']);
    expect(r.code).toBe(EXIT.ok);
    const schema = JSON.parse(r.out) as { $id: string; $defs: object };
    expect(schema.$id).toBe('https://plangraf.dev/schemas/roadmap.schema.json');
    expect(r.out).toBe(`${JSON.stringify(JSON.parse(readFileSync(new URL('../../schemas/roadmap.schema.json', import.meta.url), 'utf8')), null, 2)}\n`);
  });
});

describe('plangraf init', () => {
  it('writes a starter roadmap that validates clean, and never overwrites it', async () => {
    const dir = tempDir();
    const first = await cli(['init'], { cwd: dir });
    expect(first.code).toBe(EXIT.ok);
    expect(first.out).toContain('roadmap.yaml');
    const text = readFileSync(join(dir, 'roadmap.yaml'), 'utf8');
    expect(text).toMatch(/^# yaml-language-server: \$schema=/);
    const check = await cli(['validate', '--strict', 'roadmap.yaml'], { cwd: dir });
    expect(check).toMatchObject({ code: EXIT.ok, out: 'roadmap.yaml: ошибок нет\n' });

    writeFileSync(join(dir, 'roadmap.yaml'), 'мой план');
    const again = await cli(['init'], { cwd: dir });
    expect(again.code).toBe(EXIT.io);
    expect(again.err).toContain('уже есть');
    expect(readFileSync(join(dir, 'roadmap.yaml'), 'utf8')).toBe('мой план');
  });

  it('the schema its first line names exists beside it after init, offline: plangraf schema as a file', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'plans'));
    const r = await cli(['init', 'plans/план.yaml'], { cwd: dir });
    expect(r.code).toBe(EXIT.ok);
    expect(r.out).toContain('plans/roadmap.schema.json');
    const first = readFileSync(join(dir, 'plans', 'план.yaml'), 'utf8').split('\n')[0]!;
    // The modeline the YAML language server reads; a relative path is taken from the YAML file's folder.
    const m = /^# yaml-language-server: \$schema=(\S+)$/.exec(first);
    expect(m, first).not.toBeNull();
    expect(m![1]).not.toMatch(/^https?:/);
    const schemaFile = resolve(join(dir, 'plans'), m![1]!);
    expect(existsSync(schemaFile)).toBe(true);
    expect(readFileSync(schemaFile, 'utf8')).toBe((await cli(['schema'])).out);
    // A second roadmap in the same folder: the schema is there already and stays as it is.
    expect((await cli(['init', 'plans/второй.yaml'], { cwd: dir })).code).toBe(EXIT.ok);
  });

  it('replaces an older plangraf schema beside it, and never someone else\'s file of that name', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'roadmap.schema.json'), JSON.stringify({ $id: 'https://plangraf.dev/schemas/roadmap.schema.json', old: true }));
    expect((await cli(['init'], { cwd: dir })).code).toBe(EXIT.ok);
    expect(readFileSync(join(dir, 'roadmap.schema.json'), 'utf8')).toBe((await cli(['schema'])).out);

    const other = tempDir();
    writeFileSync(join(other, 'roadmap.schema.json'), '{"title": "чужая схема"}');
    const refused = await cli(['init'], { cwd: other });
    expect(refused.code).toBe(EXIT.io);
    expect(refused.err).toContain('не схема plangraf');
    expect(existsSync(join(other, 'roadmap.yaml'))).toBe(false);
    expect(readFileSync(join(other, 'roadmap.schema.json'), 'utf8')).toBe('{"title": "чужая схема"}');
  });

  it('a folder in the path that is a file: the reason in words, located, exit 3', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'планы'), '');
    const r = await cli(['init', 'планы/новый.yaml'], { cwd: dir });
    expect(r.code).toBe(EXIT.io);
    expect(r.err).toBe('планы/новый.yaml: ошибка [io-write]: Не удалось записать файл: „планы“ — это файл, а не папка.\nподсказка: Переименуйте или удалите файл „планы“ либо укажите другую папку.\n');
  });

  it('takes a file name', async () => {
    const dir = tempDir();
    expect((await cli(['init', 'план.yaml'], { cwd: dir })).code).toBe(EXIT.ok);
    expect(existsSync(join(dir, 'план.yaml'))).toBe(true);
    expect((await cli(['init', 'a.yaml', 'b.yaml'], { cwd: dir })).code).toBe(EXIT.usage);
  });
});
