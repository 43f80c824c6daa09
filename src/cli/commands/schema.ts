/**
 * `plangraf schema [--write DIR]`: print the JSON Schema of the roadmap format (for editors and
 * other tools), or write it to DIR/roadmap.schema.json, where roadmap files of DIR can name it
 * with `# yaml-language-server: $schema=./roadmap.schema.json` (schema-file.ts).
 */
import * as path from 'node:path';
import { EXIT } from '../../diagnostics/diagnostic.js';
import type { Command } from '../command.js';
import { SCHEMA_FILE_NAME, SCHEMA_MODELINE, schemaFilePath, schemaText, writeSchemaFile } from '../schema-file.js';

export const schemaCommand: Command = {
  name: 'schema',
  summary: { ru: 'напечатать JSON Schema формата плана', en: 'print the JSON Schema of the roadmap format' },
  usage: 'schema [--write DIR]',
  options: { write: { type: 'string', short: 'w' } },
  help: {
    ru: [
      'Печатает JSON Schema (2020-12) формата файлов плана.',
      '',
      `  --write DIR   записать схему в DIR/${SCHEMA_FILE_NAME} (свою прежнюю версию обновляет,`,
      '                чужой файл с этим именем не трогает)',
      '',
      'Редактор с YAML language server (VS Code с расширением YAML) подсказывает ключи плана,',
      `если первая строка файла в той же папке — ${SCHEMA_MODELINE}`,
      'plangraf init записывает схему рядом с заготовкой сам.',
    ].join('\n'),
    en: [
      'Prints the JSON Schema (2020-12) of roadmap files.',
      '',
      `  --write DIR   write it to DIR/${SCHEMA_FILE_NAME} (an older version of it is updated, another`,
      '                file of that name is left alone)',
      '',
      'An editor with the YAML language server (VS Code with the YAML extension) completes keys of',
      `a roadmap in the same folder whose first line is ${SCHEMA_MODELINE}`,
      'plangraf init writes the schema beside its starter file itself.',
    ].join('\n'),
  },
  exits: {
    [EXIT.ok]: { ru: 'схема напечатана или записана', en: 'the schema was printed or written' },
    [EXIT.io]: { ru: 'файл схемы не удалось записать (или в папке чужой файл с этим именем)', en: 'the schema file could not be written (or another file of that name is there)' },
  },
  async run(ctx, args) {
    const ru = ctx.lang === 'ru';
    if (args.positionals.length > 0) {
      ctx.err(ru ? 'plangraf schema: команда не принимает аргументов; папку для файла схемы укажите так: --write DIR\n' : 'plangraf schema: the command takes no arguments; give the folder for the schema file as --write DIR\n');
      return EXIT.usage;
    }
    const dir = args.values.write;
    if (dir === undefined) {
      ctx.out(await schemaText());
      return EXIT.ok;
    }
    const file = schemaFilePath(ctx, String(dir));
    const shown = path.relative(ctx.cwd, file) || file;
    try {
      const state = await writeSchemaFile(ctx, file);
      if (state === 'foreign') {
        ctx.err(ru
          ? `plangraf schema: ${shown} уже есть, и это не схема plangraf — файл не перезаписан. Удалите его или укажите другую папку.\n`
          : `plangraf schema: ${shown} exists and is not plangraf's schema; it is not overwritten. Delete it or give another folder.\n`);
        return EXIT.io;
      }
      ctx.out(ru
        ? `${state === 'current' ? 'уже есть, без изменений' : 'записан'}: ${shown}\nПервая строка файлов плана в этой папке: ${SCHEMA_MODELINE}\n`
        : `${state === 'current' ? 'already there, unchanged' : 'wrote'}: ${shown}\nFirst line of roadmap files in that folder: ${SCHEMA_MODELINE}\n`);
      return EXIT.ok;
    } catch (e) {
      ctx.err(ru ? `plangraf schema: не удалось записать ${shown}: ${(e as Error).message}\n` : `plangraf schema: cannot write ${shown}: ${(e as Error).message}\n`);
      return EXIT.io;
    }
  },
};
