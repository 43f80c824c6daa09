/** `plangraf templates` and `plangraf render --templates`. */
import { copyFileSync, existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
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

  it('--force never writes through a symbolic link (nor over a folder): exit 3, nothing written', async () => {
    const dir = tempDir();
    const outside = join(dir, 'outside.txt');
    writeFileSync(outside, 'чужой файл');
    mkdirSync(join(dir, 'templates'));
    symlinkSync(outside, join(dir, 'templates', 'order-heading.hbs'));
    mkdirSync(join(dir, 'templates', 'point-control.hbs'));
    const r = await cli(['templates', '--force'], { cwd: dir });
    expect(r.code).toBe(EXIT.io);
    expect(r.err).toContain('в папке templates order-heading.hbs, point-control.hbs — символические ссылки, папки или каналы, а не обычные файлы; ничего не записано, даже с --force.');
    expect(readFileSync(outside, 'utf8')).toBe('чужой файл');
    expect(lstatSync(join(dir, 'templates', 'order-heading.hbs')).isSymbolicLink()).toBe(true);
    expect(readdirSync(join(dir, 'templates')).sort()).toEqual(['order-heading.hbs', 'point-control.hbs']);
    // A dangling link is refused too (an exclusive create would fail on it; --force would follow it).
    const other = tempDir();
    mkdirSync(join(other, 'templates'));
    symlinkSync(join(other, 'nowhere.txt'), join(other, 'templates', 'order-heading.hbs'));
    expect((await cli(['templates', '--force', '--lang', 'en'], { cwd: other })).err).toContain('order-heading.hbs, which is not a regular file');
    expect(existsSync(join(other, 'nowhere.txt'))).toBe(false);
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

  it.each([
    ['U+FFFE', Buffer.from('ПРИКАЗ\uFFFE\n\n{{qualifier}}\n', 'utf8'), '1:7: ошибка [encoding-forbidden-char]: Недопустимый символ U+FFFE'],
    ['a C0 control', Buffer.from('ПРИКАЗ\n\n{{qualifier}}\u0001\n', 'utf8'), '3:14: ошибка [encoding-forbidden-char]: Недопустимый символ U+0001'],
    // «ПРИКАЗ» in Windows-1251.
    ['Windows-1251', Buffer.from([0xcf, 0xd0, 0xc8, 0xca, 0xc0, 0xc7, 0x0a]), '1:1: ошибка [encoding-invalid-utf8]: Файл не в кодировке UTF-8: недопустимый байт 0xCF.'],
  ])('a template with %s: exit 1, located in the template, nothing written (never an invalid DOCX or «�»)', async (_name, bytes, expected) => {
    const dir = setup({});
    writeFileSync(join(dir, 'tpl', 'order-heading.hbs'), bytes);
    const r = await cli(['render', 'order.yaml', '--templates', 'tpl'], { cwd: dir });
    expect(r.code).toBe(EXIT.inputErrors);
    expect(r.err).toContain(`${join('tpl', 'order-heading.hbs')}:${expected}`);
    expect(r.err).not.toContain('\uFFFD');
    expect(r.err).toContain('файлы не записаны');
    expect(existsSync(join(dir, 'order.docx'))).toBe(false);
  });

  it('a template with a bidi control or an emoji: a warning at its place, the document says the same in DOCX and PDF', async () => {
    const dir = setup({ 'order-operative.hbs': 'прика\u202Eзываю: 🎉' });
    const r = await cli(['render', 'order.yaml', '--templates', 'tpl', '--format', 'docx'], { cwd: dir });
    expect(r.code).toBe(EXIT.ok);
    expect(r.err).toContain(`${join('tpl', 'order-operative.hbs')}:1:6: предупреждение [text-bidi-control]`);
    expect(r.err).toContain(`${join('tpl', 'order-operative.hbs')}:1:14: предупреждение [text-missing-glyph]`);
    const xml = strFromU8(unzipSync(readFileSync(join(dir, 'order.docx')))['word/document.xml']!);
    expect(xml).toContain('приказываю:');
  });

  it('a template that is a symbolic link (to a file outside the folder) is refused: exit 1, nothing written, its text not used', async () => {
    const dir = setup({});
    writeFileSync(join(dir, 'secret.txt'), 'СЕКРЕТ');
    symlinkSync(join(dir, 'secret.txt'), join(dir, 'tpl', 'order-heading.hbs'));
    const r = await cli(['render', 'order.yaml', '--templates', 'tpl', '--format', 'docx'], { cwd: dir });
    expect(r.code).toBe(EXIT.inputErrors);
    expect(r.err).toContain(`${join('tpl', 'order-heading.hbs')}: ошибка [template-unreadable]: Файл шаблона не прочитан: это символическая ссылка, а не обычный файл.`);
    expect(r.err).not.toContain('СЕКРЕТ');
    expect(existsSync(join(dir, 'order.docx'))).toBe(false);
  });

  it('a template larger than 256 KiB is refused: exit 1', async () => {
    const dir = setup({ 'order-heading.hbs': `ПРИКАЗ${' '.repeat(256 * 1024)}` });
    const r = await cli(['render', 'order.yaml', '--templates', 'tpl', '--format', 'docx', '--lang', 'en'], { cwd: dir });
    expect(r.code).toBe(EXIT.inputErrors);
    expect(r.err).toContain('[template-unreadable]: The template file was not read: the file is larger than the limit of 262144 bytes.');
  });

  it('a folder that does not exist is a usage error', async () => {
    const dir = setup({});
    const r = await cli(['render', 'order.yaml', '--templates', 'нет'], { cwd: dir });
    expect(r.code).toBe(EXIT.usage);
    expect(r.err).toContain('plangraf templates нет');
  });
});
