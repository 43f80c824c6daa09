/** `plangraf init [file]`: write a commented starter roadmap; never overwrite a file. */
import { EXIT } from '../../diagnostics/diagnostic.js';
import type { Command } from '../command.js';
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
    ru: `Записывает заготовку плана-графика с комментариями в файл (по умолчанию ${DEFAULT_INIT_FILE}).\nСуществующий файл не перезаписывается.`,
    en: `Writes a commented starter roadmap (default ${DEFAULT_INIT_FILE}).\nAn existing file is never overwritten.`,
  },
  async run(ctx, args) {
    const ru = ctx.lang === 'ru';
    if (args.positionals.length > 1) {
      ctx.err(ru ? 'plangraf init: укажите не больше одного файла\n' : 'plangraf init: give at most one file\n');
      return EXIT.usage;
    }
    const file = args.positionals[0] ?? DEFAULT_INIT_FILE;
    const target = file.startsWith('/') ? file : `${ctx.cwd.replace(/\/$/, '')}/${file}`;
    try {
      await ctx.fs.writeFile(target, STARTER_ROADMAP, { exclusive: true });
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (code === 'EEXIST') {
        ctx.err(ru ? `plangraf init: файл ${file} уже есть — он не перезаписывается. Укажите другое имя: plangraf init новый.yaml\n` : `plangraf init: ${file} already exists and is not overwritten. Give another name: plangraf init new.yaml\n`);
      } else {
        ctx.err(`${formatDiagnostic(writeFailure(e, ctx.lang, ctx.cwd, target), undefined, { color: ctx.color, lang: ctx.lang })}\n`);
      }
      return EXIT.io;
    }
    ctx.out(ru ? `записан ${file}. Дальше: plangraf validate ${file}\n` : `wrote ${file}. Next: plangraf validate ${file}\n`);
    return EXIT.ok;
  },
};
