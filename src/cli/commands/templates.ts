/**
 * `plangraf templates [DIR] [--force]`: copy the built-in wording templates (and their README)
 * into DIR (default `templates`) to start your own from. Existing files are never overwritten
 * unless `--force`; without it nothing is written when any file exists.
 */
import * as nodeFs from 'node:fs/promises';
import * as path from 'node:path';
import { EXIT, type Language } from '../../diagnostics/diagnostic.js';
import { BUILTIN_TEMPLATE_DIR, TEMPLATE_EXTENSION, nodeTemplateHost } from '../../templates/node-host.js';
import type { Command } from '../command.js';
import { writeFileAtomically } from '../../output/atomic-write.js';
import { formatDiagnostic } from '../../diagnostics/format.js';
import { writeFailure } from '../messages.js';

export const DEFAULT_TEMPLATES_DIR = 'templates';

const TEXT = {
  ru: {
    tooMany: 'укажите не больше одной папки',
    exists: (files: string[], dir: string) =>
      `в папке ${dir} уже есть: ${files.join(', ')} — файлы не перезаписываются. Укажите другую папку или добавьте --force`,
    special: (files: string[], dir: string) =>
      files.length === 1
        ? `в папке ${dir} ${files[0]} — символическая ссылка, папка или канал, а не обычный файл; ничего не записано, даже с --force. Удалите его или укажите другую папку`
        : `в папке ${dir} ${files.join(', ')} — символические ссылки, папки или каналы, а не обычные файлы; ничего не записано, даже с --force. Удалите их или укажите другую папку`,
    done: (n: number, dir: string) =>
      `скопировано шаблонов: ${n} → ${dir}. Правьте нужные, лишние удалите; дальше: plangraf render план.yaml --templates ${dir}`,
  },
  en: {
    tooMany: 'give at most one folder',
    exists: (files: string[], dir: string) => `${dir} already has ${files.join(', ')}; files are not overwritten. Give another folder or add --force`,
    special: (files: string[], dir: string) =>
      `${dir} has ${files.join(', ')}, which ${files.length === 1 ? 'is not a regular file' : 'are not regular files'} (a symbolic link, a folder or a pipe); nothing was written, not even with --force. Remove ${files.length === 1 ? 'it' : 'them'} or give another folder`,
    done: (n: number, dir: string) =>
      `copied ${n} templates to ${dir}. Edit the ones you need, delete the rest; then: plangraf render plan.yaml --templates ${dir}`,
  },
} satisfies Record<Language, unknown>;

export const templatesCommand: Command = {
  name: 'templates',
  summary: { ru: 'скопировать встроенные шаблоны формулировок для правки', en: 'copy the built-in wording templates to edit' },
  usage: 'templates [DIR] [--force]',
  options: { force: { type: 'boolean' } },
  help: {
    ru: [
      `Копирует встроенные шаблоны Handlebars (*.hbs) и их описание README.md в папку (по умолчанию ${DEFAULT_TEMPLATES_DIR}).`,
      'Шаблон, которого нет в вашей папке, берётся из встроенных: оставьте только те, что меняете.',
      'Существующие файлы не перезаписываются.',
      '',
      '  --force   перезаписать существующие файлы (но не символические ссылки и не папки)',
    ].join('\n'),
    en: [
      `Copies the built-in Handlebars templates (*.hbs) and their README.md into a folder (default ${DEFAULT_TEMPLATES_DIR}).`,
      'A template your folder lacks comes from the built-in ones: keep only those you change.',
      'Existing files are never overwritten.',
      '',
      '  --force   overwrite existing files (but never symbolic links or folders)',
    ].join('\n'),
  },
  exits: {
    [EXIT.ok]: { ru: 'шаблоны скопированы', en: 'the templates were copied' },
    [EXIT.io]: { ru: 'файлы уже есть (без --force) или их не удалось записать', en: 'files exist (without --force) or could not be written' },
  },
  async run(ctx, args) {
    const t = TEXT[ctx.lang];
    if (args.positionals.length > 1) {
      ctx.err(`plangraf templates: ${t.tooMany}\n`);
      return EXIT.usage;
    }
    const shown = args.positionals[0] ?? DEFAULT_TEMPLATES_DIR;
    const target = path.resolve(ctx.cwd, shown);
    const force = args.values.force === true;

    const builtin = nodeTemplateHost(BUILTIN_TEMPLATE_DIR, { trusted: true });
    const files: { name: string; text: string }[] = [];
    for (const name of builtin.list?.() ?? []) {
      const source = builtin.readTemplate(name);
      // The built-in templates are UTF-8 (tests/templates/builtin.test.ts): copied as they are.
      if (source !== undefined) files.push({ name: `${name}${TEMPLATE_EXTENSION}`, text: typeof source === 'string' ? source : new TextDecoder().decode(source) });
    }
    const readme = await nodeFs.readFile(path.join(BUILTIN_TEMPLATE_DIR, 'README.md'), 'utf8').catch(() => undefined);
    if (readme !== undefined) files.push({ name: 'README.md', text: readme });

    // Not even --force writes over something that is not a regular file: writing to a symbolic
    // link would change the file it points to, anywhere.
    const special: string[] = [];
    for (const f of files) if (await isSpecial(path.join(target, f.name))) special.push(f.name);
    if (special.length > 0) {
      ctx.err(`plangraf templates: ${t.special(shortList(special), shown)}\n`);
      return EXIT.io;
    }
    if (!force) {
      const existing: string[] = [];
      for (const f of files) if (await ctx.fs.exists(path.join(target, f.name))) existing.push(f.name);
      if (existing.length > 0) {
        ctx.err(`plangraf templates: ${t.exists(shortList(existing), shown)}\n`);
        return EXIT.io;
      }
    }
    let writing = target;
    try {
      await nodeFs.mkdir(target, { recursive: true });
      // --force replaces each file by renaming a new one over it (a link that appeared meanwhile
      // is replaced itself, not written through); without it, a file is only ever created.
      for (const f of files) {
        writing = path.join(target, f.name);
        if (force) await writeFileAtomically(writing, f.text);
        else await ctx.fs.writeFile(writing, f.text, { exclusive: true });
      }
    } catch (e) {
      ctx.err(`${formatDiagnostic(writeFailure(e, ctx.lang, ctx.cwd, writing), undefined, { color: ctx.color, lang: ctx.lang })}\n`);
      return EXIT.io;
    }
    ctx.out(`${t.done(files.filter((f) => f.name.endsWith(TEMPLATE_EXTENSION)).length, shown)}\n`);
    return EXIT.ok;
  },
};

/** An entry that exists and is not a regular file (a symbolic link, even a dangling one, a folder, a FIFO). */
async function isSpecial(file: string): Promise<boolean> {
  try {
    return !(await nodeFs.lstat(file)).isFile();
  } catch {
    return false;
  }
}

function shortList(names: string[]): string[] {
  return names.length > 5 ? [...names.slice(0, 5), '…'] : names;
}
