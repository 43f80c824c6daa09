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
import { formatDiagnostic } from '../../diagnostics/format.js';
import { writeFailure } from '../messages.js';

export const DEFAULT_TEMPLATES_DIR = 'templates';

const TEXT = {
  ru: {
    tooMany: 'укажите не больше одной папки',
    exists: (files: string[], dir: string) =>
      `в папке ${dir} уже есть: ${files.join(', ')} — файлы не перезаписываются. Укажите другую папку или добавьте --force`,
    done: (n: number, dir: string) =>
      `скопировано шаблонов: ${n} → ${dir}. Правьте нужные, лишние удалите; дальше: plangraf render план.yaml --templates ${dir}`,
  },
  en: {
    tooMany: 'give at most one folder',
    exists: (files: string[], dir: string) => `${dir} already has ${files.join(', ')}; files are not overwritten. Give another folder or add --force`,
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
      '  --force   перезаписать существующие файлы',
    ].join('\n'),
    en: [
      `Copies the built-in Handlebars templates (*.hbs) and their README.md into a folder (default ${DEFAULT_TEMPLATES_DIR}).`,
      'A template your folder lacks comes from the built-in ones: keep only those you change.',
      'Existing files are never overwritten.',
      '',
      '  --force   overwrite existing files',
    ].join('\n'),
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

    const builtin = nodeTemplateHost(BUILTIN_TEMPLATE_DIR);
    const files: { name: string; text: string }[] = [];
    for (const name of builtin.list?.() ?? []) {
      const text = builtin.readTemplate(name);
      if (text !== undefined) files.push({ name: `${name}${TEMPLATE_EXTENSION}`, text });
    }
    const readme = await nodeFs.readFile(path.join(BUILTIN_TEMPLATE_DIR, 'README.md'), 'utf8').catch(() => undefined);
    if (readme !== undefined) files.push({ name: 'README.md', text: readme });

    if (!force) {
      const existing: string[] = [];
      for (const f of files) if (await ctx.fs.exists(path.join(target, f.name))) existing.push(f.name);
      if (existing.length > 0) {
        const list = existing.length > 5 ? [...existing.slice(0, 5), '…'] : existing;
        ctx.err(`plangraf templates: ${t.exists(list, shown)}\n`);
        return EXIT.io;
      }
    }
    let writing = target;
    try {
      await nodeFs.mkdir(target, { recursive: true });
      for (const f of files) {
        writing = path.join(target, f.name);
        await ctx.fs.writeFile(writing, f.text, { exclusive: !force });
      }
    } catch (e) {
      ctx.err(`${formatDiagnostic(writeFailure(e, ctx.lang, ctx.cwd, writing), undefined, { color: ctx.color, lang: ctx.lang })}\n`);
      return EXIT.io;
    }
    ctx.out(`${t.done(files.filter((f) => f.name.endsWith(TEMPLATE_EXTENSION)).length, shown)}\n`);
    return EXIT.ok;
  },
};
