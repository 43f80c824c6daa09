/** `plangraf templates` and `plangraf render --templates`. */
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { EXIT } from '../../src/diagnostics/diagnostic.js';
import { BUILTIN_TEMPLATE_DIR, BUILTIN_TEMPLATE_NAMES } from '../../src/templates/index.js';
import { cli, tempDir } from '../cli/harness.js';

const ORDER = resolve(import.meta.dirname, '../../examples/gorokhovets-order-2022.yaml');

describe('plangraf templates', () => {
  it('copies the built-in templates and their README into the folder', async () => {
    const dir = tempDir();
    const r = await cli(['templates', 'мои'], { cwd: dir });
    expect(r.code).toBe(EXIT.ok);
    expect(r.out).toContain(`скопировано шаблонов: ${BUILTIN_TEMPLATE_NAMES.length} → мои`);
    const files = readdirSync(join(dir, 'мои')).sort();
    expect(files).toEqual([...BUILTIN_TEMPLATE_NAMES.map((n) => `${n}.hbs`), 'README.md'].sort());
    expect(readFileSync(join(dir, 'мои', 'appendix-mark.hbs'), 'utf8')).toBe(readFileSync(join(BUILTIN_TEMPLATE_DIR, 'appendix-mark.hbs'), 'utf8'));
  });

  it('default folder «templates»; refuses to overwrite, then --force overwrites', async () => {
    const dir = tempDir();
    expect((await cli(['templates'], { cwd: dir })).code).toBe(EXIT.ok);
    const edited = join(dir, 'templates', 'point-control.hbs');
    writeFileSync(edited, 'свой текст');

    const again = await cli(['templates'], { cwd: dir });
    expect(again.code).toBe(EXIT.io);
    expect(again.err).toMatch(/уже есть: .*не перезаписываются.*--force/);
    expect(readFileSync(edited, 'utf8')).toBe('свой текст');

    const forced = await cli(['templates', '--force', '--lang', 'en'], { cwd: dir });
    expect(forced.code).toBe(EXIT.ok);
    expect(forced.out).toMatch(/^copied \d+ templates to templates/);
    expect(readFileSync(edited, 'utf8')).not.toBe('свой текст');
  });

  it('one folder at most; listed in --help', async () => {
    expect((await cli(['templates', 'a', 'b'], { cwd: tempDir() })).code).toBe(EXIT.usage);
    const help = await cli(['--help']);
    expect(help.out).toContain('templates');
  });
});

describe('plangraf templates: a folder that cannot be written', () => {
  it('a file where the folder should be: the reason in words, located, exit 3, no Node error text', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'мои'), 'файл, не папка');
    const r = await cli(['templates', 'мои'], { cwd: dir });
    expect(r.code).toBe(EXIT.io);
    expect(r.err).toBe('мои: ошибка [io-write]: Не удалось записать файл: „мои“ — это файл, а не папка.\nподсказка: Переименуйте или удалите файл „мои“ либо укажите другую папку.\n');
    const en = await cli(['templates', 'мои', '--lang', 'en'], { cwd: dir });
    expect(en.err).toBe('мои: error [io-write]: Could not write the file: “мои” is a file, not a folder.\nhint: Rename or delete the file “мои”, or choose another folder.\n');
  });
});

describe('plangraf render --templates', () => {
  function setup(files: Record<string, string>) {
    const dir = tempDir();
    copyFileSync(ORDER, join(dir, 'order.yaml'));
    mkdirSync(join(dir, 'tpl'));
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'tpl', name), text);
    return dir;
  }

  it('renders with the user folder', async () => {
    const dir = setup({ 'order-operative.hbs': 'постановляю:' });
    const r = await cli(['render', 'order.yaml', '--templates', 'tpl', '--format', 'docx'], { cwd: dir });
    expect(r.err).not.toContain('template-');
    expect(r.code).toBe(EXIT.ok);
    const xml = strFromU8(unzipSync(readFileSync(join(dir, 'order.docx')))['word/document.xml']!);
    expect(xml).toContain('постановляю:');
    expect(xml).not.toContain('приказываю:');
  });

  it('a broken user template: exit 1, the diagnostic with the template line, nothing written', async () => {
    const dir = setup({ 'appendix-mark.hbs': 'Приложение\n{{#if (equals total 1)}}{{/if}}\n' });
    const r = await cli(['render', 'order.yaml', '--templates', 'tpl'], { cwd: dir });
    expect(r.code).toBe(EXIT.inputErrors);
    // File names are shown relative to the working folder, as the user would type them.
    expect(r.err).toContain(`${join('tpl', 'appendix-mark.hbs')}:2:8: ошибка [template-unknown-helper]: Неизвестный помощник „equals“ — может быть, „eq“?`);
    expect(r.err).toContain('    2 | {{#if (equals total 1)}}{{/if}}');
    expect(r.err).toContain('файлы не записаны');
    expect(existsSync(join(dir, 'order.docx'))).toBe(false);
  });

  it('a folder that does not exist is a usage error', async () => {
    const dir = setup({});
    const r = await cli(['render', 'order.yaml', '--templates', 'нет'], { cwd: dir });
    expect(r.code).toBe(EXIT.usage);
    expect(r.err).toContain('plangraf templates нет');
  });
});
