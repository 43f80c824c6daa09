/**
 * `plangraf init [file]`: write a commented starter roadmap and, beside it, roadmap.schema.json,
 * which its first line names for the editor (schema-file.ts). Never overwrites a roadmap, nor a
 * file of the schema's name that is not plangraf's schema: then nothing is written.
 */
import * as path from 'node:path';
import { EXIT } from '../../diagnostics/diagnostic.js';
import type { Command } from '../command.js';
import { SCHEMA_FILE_NAME, schemaFileState, writeSchemaFile } from '../schema-file.js';
import { formatDiagnostic } from '../../diagnostics/format.js';
import { writeFailure } from '../messages.js';
import { STARTER_ROADMAP } from '../starter-roadmap.js';

export const DEFAULT_INIT_FILE = 'roadmap.yaml';

export const initCommand: Command = {
  name: 'init',
  summary: { ru: 'создать заготовку плана с пояснениями', en: 'write a commented starter roadmap' },
  usage: 'init [file]',
  options: {},
  help: {
    ru: [
      `Записывает заготовку плана-графика с комментариями в файл (по умолчанию ${DEFAULT_INIT_FILE}),`,
      `а рядом — ${SCHEMA_FILE_NAME}: по ней редактор (VS Code с расширением YAML) подсказывает ключи.`,
      'Существующий файл плана не перезаписывается.',
    ].join('\n'),
    en: [
      `Writes a commented starter roadmap (default ${DEFAULT_INIT_FILE}) and, beside it, ${SCHEMA_FILE_NAME},`,
      'from which an editor (VS Code with the YAML extension) completes keys.',
      'An existing roadmap file is never overwritten.',
    ].join('\n'),
  },
  exits: {
    [EXIT.ok]: { ru: 'заготовка и схема записаны', en: 'the starter and the schema were written' },
    [EXIT.io]: { ru: 'файл уже есть или его не удалось записать; ничего не перезаписано', en: 'the file exists or could not be written; nothing was overwritten' },
  },
  async run(ctx, args) {
    const ru = ctx.lang === 'ru';
    if (args.positionals.length > 1) {
      ctx.err(ru ? 'plangraf init: укажите не больше одного файла\n' : 'plangraf init: give at most one file\n');
      return EXIT.usage;
    }
    const file = args.positionals[0] ?? DEFAULT_INIT_FILE;
    const target = path.resolve(ctx.cwd, file);
    const schemaFile = path.join(path.dirname(target), SCHEMA_FILE_NAME);
    const schemaShown = path.relative(ctx.cwd, schemaFile) || schemaFile;
    /** A write that failed: the reason in words, located (io-write), exit 3. */
    const cannot = (file: string, e: unknown) => {
      ctx.err(`${formatDiagnostic(writeFailure(e, ctx.lang, ctx.cwd, file), undefined, { color: ctx.color, lang: ctx.lang })}\n`);
      return EXIT.io;
    };
    // The starter's first line names the schema file: someone else's file of that name would be wrong.
    if ((await schemaFileState(ctx, schemaFile)) === 'foreign') {
      ctx.err(ru
        ? `plangraf init: ${schemaShown} уже есть, и это не схема plangraf, а первая строка заготовки ссылается на неё. Ничего не записано: выберите другую папку.\n`
        : `plangraf init: ${schemaShown} exists and is not plangraf's schema, which the starter's first line names. Nothing written: choose another folder.\n`);
      return EXIT.io;
    }
    try {
      await ctx.fs.writeFile(target, STARTER_ROADMAP, { exclusive: true });
    } catch (e) {
      if ((e as { code?: string }).code === 'EEXIST') {
        ctx.err(ru ? `plangraf init: файл ${file} уже есть — он не перезаписывается. Укажите другое имя: plangraf init новый.yaml\n` : `plangraf init: ${file} already exists and is not overwritten. Give another name: plangraf init new.yaml\n`);
        return EXIT.io;
      }
      return cannot(target, e);
    }
    try {
      await writeSchemaFile(ctx, schemaFile);
    } catch (e) {
      return cannot(schemaFile, e);
    }
    ctx.out(ru
      ? `записаны: ${file}, ${schemaShown} (схема для подсказок редактора). Дальше: plangraf validate ${file}\n`
      : `wrote ${file} and ${schemaShown} (the schema for editor hints). Next: plangraf validate ${file}\n`);
    return EXIT.ok;
  },
};
