/** `plangraf schema`: print the JSON Schema of the roadmap format (for editors and other tools). */
import { EXIT } from '../../diagnostics/diagnostic.js';
import { roadmapSchema } from '../../load/index.js';
import type { Command } from '../command.js';

export const schemaCommand: Command = {
  name: 'schema',
  summary: { ru: 'напечатать JSON Schema формата плана', en: 'print the JSON Schema of the roadmap format' },
  usage: 'schema',
  options: {},
  help: {
    ru: 'Печатает JSON Schema (2020-12) формата файлов плана. Редактор с поддержкой YAML подсказывает по ней ключи, если первая строка файла\n# yaml-language-server: $schema=<путь к схеме>',
    en: 'Prints the JSON Schema (2020-12) of roadmap files. A YAML-aware editor completes keys from it when the file starts with\n# yaml-language-server: $schema=<path to the schema>',
  },
  async run(ctx, args) {
    if (args.positionals.length > 0) {
      ctx.err(ctx.lang === 'ru' ? 'plangraf schema: команда не принимает аргументов\n' : 'plangraf schema: the command takes no arguments\n');
      return EXIT.usage;
    }
    ctx.out(`${JSON.stringify(await roadmapSchema(), null, 2)}\n`);
    return EXIT.ok;
  },
};
