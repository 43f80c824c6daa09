/**
 * `plangraf preview FILE [--port P] [--open] [--templates DIR] [--strict] [--now ISO] [--time-limit S]`
 *
 * A page on 127.0.0.1 with the file's rendered pages, its diagnostics and DOCX/PDF downloads,
 * rendered again whenever the file, its bases or the templates folder change
 * (src/preview/). Runs until Ctrl-C.
 */
import * as path from 'node:path';
import { DEFAULT_TIME_LIMIT_SECONDS, parseTimeLimit } from '../../batch/time-limit.js';
import { EXIT, type Language } from '../../diagnostics/diagnostic.js';
import { EXTENDS_ROOT_OPTION, extendsRootOption } from '../extends-root.js';
import type { Command, CommandContext, ParsedArgs } from '../command.js';
import { onInterruptDrain } from '../interrupt.js';

const TEXT = {
  ru: {
    oneFile: 'укажите один файл плана. Пример: plangraf preview план.yaml',
    badPort: (v: string) => `--port: «${v}» — нужно целое число от 0 до 65535`,
    badNow: (s: string) => `--now: «${s}» — не дата ISO 8601 (например, 2022-02-14T00:00:00Z)`,
    badTimeLimit: (s: string) => `--time-limit: «${s}» — нужно целое число секунд от 1 до 86400`,
    noTemplates: (d: string) => `--templates: папки «${d}» нет. Заготовку создаёт plangraf templates ${d}`,
    busyPort: (p: string) => `порт ${p} занят: укажите другой --port (или 0 — любой свободный)`,
    serving: (file: string, url: string) => `plangraf preview: ${file} — ${url}\nСтраница обновляется при каждом сохранении. Остановить — Ctrl-C\n`,
  },
  en: {
    oneFile: 'give one roadmap file. Example: plangraf preview plan.yaml',
    badPort: (v: string) => `--port: '${v}' must be a whole number from 0 to 65535`,
    badNow: (s: string) => `--now: '${s}' is not an ISO 8601 date (e.g. 2022-02-14T00:00:00Z)`,
    badTimeLimit: (s: string) => `--time-limit: '${s}' must be a whole number of seconds from 1 to 86400`,
    noTemplates: (d: string) => `--templates: there is no folder '${d}'. Create one with plangraf templates ${d}`,
    busyPort: (p: string) => `port ${p} is in use: choose another --port (or 0 for any free one)`,
    serving: (file: string, url: string) => `plangraf preview: ${file} — ${url}\nThe page updates on every save. Stop with Ctrl-C\n`,
  },
} satisfies Record<Language, unknown>;

export const previewCommand: Command = {
  name: 'preview',
  summary: { ru: 'страница в браузере с документом, обновляемая при сохранении', en: 'a browser page with the document, updated on every save' },
  usage: 'preview <file> [--port P] [--open] [--templates DIR] [--strict] [--now ISO] [--time-limit S] [--extends-root DIR]',
  options: {
    port: { type: 'string', short: 'p' },
    open: { type: 'boolean' },
    templates: { type: 'string', short: 't' },
    strict: { type: 'boolean' },
    now: { type: 'string' },
    'time-limit': { type: 'string' },
    ...EXTENDS_ROOT_OPTION,
  },
  help: {
    ru: [
      'Показывает на странице http://127.0.0.1:ПОРТ/ собранный документ, ошибки с местом и подсказкой',
      'и ссылки на DOCX и PDF. При сохранении файла, его основ (extends) или шаблонов документ',
      'пересобирается; если правка внесла ошибку, видны ошибки и страницы последней удачной сборки.',
      '',
      '  --port P           порт (по умолчанию 0 — любой свободный; адрес печатается)',
      '  --open             открыть страницу в браузере',
      '  --templates DIR    папка своих шаблонов формулировок',
      '  --strict           считать предупреждения ошибками',
      '  --now ISO          время создания, записываемое в файлы',
      `  --time-limit S     секунд на одну сборку (по умолчанию ${DEFAULT_TIME_LIMIT_SECONDS})`,
      '  --extends-root DIR папка, из которой можно брать основы (extends); по умолчанию — папка файла',
    ].join('\n'),
    en: [
      'Shows at http://127.0.0.1:PORT/ the rendered document, the diagnostics with their place and',
      'hint, and DOCX and PDF downloads. Saving the file, its bases (extends) or the templates renders',
      'it again; when an edit breaks it, the errors show over the pages of the last good render.',
      '',
      '  --port P           port (default 0: any free one; the address is printed)',
      '  --open             open the page in the browser',
      '  --templates DIR    folder of your wording templates',
      '  --strict           treat warnings as errors',
      '  --now ISO          creation time written into the files',
      `  --time-limit S     seconds per render (default ${DEFAULT_TIME_LIMIT_SECONDS})`,
      '  --extends-root DIR folder that bases (extends) may come from; default: the file’s folder',
    ].join('\n'),
  },
  exits: {
    [EXIT.ok]: { ru: 'страница остановлена (Ctrl-C после сохранения работы)', en: 'the page was stopped' },
  },
  run: runPreview,
};

async function runPreview(ctx: CommandContext, args: ParsedArgs): Promise<number> {
  const t = TEXT[ctx.lang];
  const usage = (msg: string) => {
    ctx.err(`plangraf preview: ${msg}\n`);
    return EXIT.usage;
  };
  if (args.positionals.length !== 1 || args.positionals[0] === '-') return usage(t.oneFile);
  const v = args.values;
  let port = 0;
  if (v.port !== undefined) {
    const s = String(v.port);
    if (!/^\d+$/.test(s) || Number(s) > 65535) return usage(t.badPort(s));
    port = Number(s);
  }
  const now = v.now;
  if (now !== undefined && (typeof now !== 'string' || Number.isNaN(Date.parse(now)))) return usage(t.badNow(String(now)));
  let timeLimitSeconds = DEFAULT_TIME_LIMIT_SECONDS;
  if (v['time-limit'] !== undefined) {
    const seconds = parseTimeLimit(String(v['time-limit']));
    if (seconds === undefined) return usage(t.badTimeLimit(String(v['time-limit'])));
    timeLimitSeconds = seconds;
  }
  let templates: string | undefined;
  if (typeof v.templates === 'string') {
    templates = path.resolve(ctx.cwd, v.templates);
    const { existsSync, statSync } = await import('node:fs');
    if (!existsSync(templates) || !statSync(templates).isDirectory()) return usage(t.noTemplates(v.templates));
  }

  const extendsRoot = await extendsRootOption(ctx.cwd, v['extends-root'], ctx.lang);
  if ('usage' in extendsRoot) return usage(extendsRoot.usage);

  const { PreviewSession } = await import('../../preview/preview-session.js');
  const { startPreviewServer } = await import('../../preview/preview-server.js');
  const session = new PreviewSession({
    file: path.resolve(ctx.cwd, args.positionals[0]!),
    cwd: ctx.cwd,
    lang: ctx.lang,
    strict: v.strict === true,
    timeLimitSeconds,
    ...(typeof now === 'string' ? { now } : {}),
    ...(templates !== undefined ? { templates } : {}),
    ...(extendsRoot.root !== undefined ? { extendsRoot: extendsRoot.root } : {}),
    ...(ctx.renderWorker !== undefined ? { workerFile: ctx.renderWorker } : {}),
  });
  let server;
  try {
    server = await startPreviewServer(session, port);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EADDRINUSE') return usage(t.busyPort(String(port)));
    throw e;
  }
  await session.start();
  ctx.err(t.serving(session.shownFile, server.url));
  if (v.open === true) (await import('../open-browser.js')).openBrowser(server.url);
  const stop = onInterruptDrain(async () => {
    await server.close();
    await session.close();
  });
  await new Promise<void>((resolve) => server.app.server.once('close', () => resolve()));
  stop();
  return EXIT.ok;
}
