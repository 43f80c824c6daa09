/**
 * `plangraf serve [--host H] [--port P] [--templates DIR] [--jobs N] [--queue N] [--time-limit S]
 *  [--body-limit BYTES] [--body-timeout S] [--max-rows N] [--api-key KEY]`
 *
 * The HTTP service (src/serve/server.ts): runs until Ctrl-C or SIGTERM, then stops taking
 * requests, lets the running ones finish (at most 10 s) and exits. The API key comes from
 * `--api-key` or the environment variable PLANGRAF_API_KEY. Logs are JSON lines on standard
 * output; the address is also printed on standard error for people.
 */
import * as path from 'node:path';
import { parseTimeLimit } from '../../batch/time-limit.js';
import { defaultJobs } from '../../batch/jobs.js';
import { EXIT, type Language } from '../../diagnostics/diagnostic.js';
import { formatDiagnostics } from '../../diagnostics/format.js';
import type { Command, CommandContext, ParsedArgs } from '../command.js';
import { onInterruptDrain } from '../interrupt.js';
import { SERVE_DEFAULTS } from '../../serve/defaults.js';
import { OUTPUT_FORMATS } from '../../output-formats.js';

/** The formats `/v1/render?format=` writes (the registry, src/output-formats.ts): «DOCX, PDF, XLSX». */
const FORMAT_NAMES = OUTPUT_FORMATS.map((f) => f.toUpperCase()).join(', ');

const TEXT = {
  ru: {
    badNumber: (o: string, v: string, min: number, max: number) => `--${o}: «${v}» — нужно целое число от ${min} до ${max}`,
    badBytes: (v: string) => `--body-limit: «${v}» — нужен размер в байтах от 1 КиБ до 100 МиБ, например 4194304, 512K или 4M`,
    badTimeLimit: (s: string) => `--time-limit: «${s}» — нужно целое число секунд от 1 до 86400`,
    noTemplates: (d: string) => `--templates: папки «${d}» нет. Заготовку создаёт plangraf templates ${d}`,
    brokenTemplates: (d: string) => `в шаблонах «${d}» есть ошибки; служба не запущена`,
    emptyKey: 'ключ доступа (--api-key или PLANGRAF_API_KEY) должен быть непустым, из латинских букв, цифр и знаков ASCII без пробелов',
    extra: 'команда не принимает файлов: планы приходят в запросах',
    listening: (url: string, threads: number, key: boolean) =>
      `plangraf serve: служба работает на ${url} (потоков сборки: ${threads}${key ? ', нужен ключ доступа' : ''}). Остановить: Ctrl-C\n`,
    busyPort: (p: string) => `адрес ${p} занят: укажите другой --port`,
  },
  en: {
    badNumber: (o: string, v: string, min: number, max: number) => `--${o}: '${v}' must be a whole number from ${min} to ${max}`,
    badBytes: (v: string) => `--body-limit: '${v}' must be a size in bytes from 1 KiB to 100 MiB, e.g. 4194304, 512K or 4M`,
    badTimeLimit: (s: string) => `--time-limit: '${s}' must be a whole number of seconds from 1 to 86400`,
    noTemplates: (d: string) => `--templates: there is no folder '${d}'. Create one with plangraf templates ${d}`,
    brokenTemplates: (d: string) => `the templates in '${d}' have errors; the service was not started`,
    emptyKey: 'the API key (--api-key or PLANGRAF_API_KEY) must be non-empty printable ASCII without spaces',
    extra: 'the command takes no files: roadmaps come in requests',
    listening: (url: string, threads: number, key: boolean) =>
      `plangraf serve: listening on ${url} (${threads} render thread${threads === 1 ? '' : 's'}${key ? ', API key required' : ''}). Stop: Ctrl-C\n`,
    busyPort: (p: string) => `the address ${p} is in use: choose another --port`,
  },
} satisfies Record<Language, unknown>;

const HELP_DEFAULTS = {
  port: SERVE_DEFAULTS.port,
  timeLimit: SERVE_DEFAULTS.timeLimitSeconds,
  bodyLimit: `${SERVE_DEFAULTS.bodyLimitBytes / 1024 / 1024}M`,
  bodyTimeout: SERVE_DEFAULTS.bodyTimeoutSeconds,
  maxRows: SERVE_DEFAULTS.maxRows,
  queue: SERVE_DEFAULTS.queuePerWorker,
};

export const serveCommand: Command = {
  name: 'serve',
  summary: { ru: 'HTTP-служба сборки документов для порталов', en: 'an HTTP service that renders documents for portals' },
  usage: 'serve [--host H] [--port P] [--templates DIR] [--jobs N] [--queue N] [--time-limit S] [--body-limit B] [--body-timeout S] [--max-rows N] [--api-key KEY]',
  options: {
    host: { type: 'string' },
    port: { type: 'string', short: 'p' },
    templates: { type: 'string', short: 't' },
    jobs: { type: 'string', short: 'j' },
    queue: { type: 'string' },
    'time-limit': { type: 'string' },
    'body-limit': { type: 'string' },
    'body-timeout': { type: 'string' },
    'max-rows': { type: 'string' },
    'api-key': { type: 'string' },
  },
  help: {
    ru: [
      `Запускает HTTP-службу: POST /v1/render (YAML или JSON → ${FORMAT_NAMES} или zip),`,
      'POST /v1/validate, GET /v1/schema, GET /healthz, GET /metrics (Prometheus)',
      'и страницу-редактор на /.',
      '',
      '  --host H            адрес (по умолчанию 127.0.0.1; 0.0.0.0 — все адреса)',
      `  --port P            порт (по умолчанию ${HELP_DEFAULTS.port}; 0 — любой свободный)`,
      '  --templates DIR     папка шаблонов формулировок службы (запросы своих не приносят)',
      '  --jobs N            потоков сборки (по умолчанию по числу ядер, не больше 8)',
      `  --queue N           сколько запросов ждёт на каждый поток (по умолчанию ${HELP_DEFAULTS.queue}); сверх — ответ 503`,
      `  --time-limit S      секунд на один запрос (по умолчанию ${HELP_DEFAULTS.timeLimit}); дольше — ответ 422`,
      `  --body-limit B      наибольшее тело запроса (по умолчанию ${HELP_DEFAULTS.bodyLimit}); больше — ответ 413`,
      `  --body-timeout S    секунд на приём запроса целиком (по умолчанию ${HELP_DEFAULTS.bodyTimeout}); дольше — ответ 408`,
      `  --max-rows N        строк плана в запросе (по умолчанию ${HELP_DEFAULTS.maxRows}); больше — ответ 422`,
      '  --api-key KEY       ключ доступа к /v1/* и /metrics (лучше переменная PLANGRAF_API_KEY:',
      '                      параметр виден в списке процессов)',
      '',
      'Журнал — строки JSON на стандартном выводе, без содержимого планов.',
    ].join('\n'),
    en: [
      `Starts the HTTP service: POST /v1/render (YAML or JSON → ${FORMAT_NAMES} or zip),`,
      'POST /v1/validate, GET /v1/schema, GET /healthz, GET /metrics (Prometheus)',
      'and the editor page at /.',
      '',
      '  --host H            interface (default 127.0.0.1; 0.0.0.0 for all)',
      `  --port P            port (default ${HELP_DEFAULTS.port}; 0 for any free one)`,
      "  --templates DIR     the service's wording templates (requests cannot bring their own)",
      '  --jobs N            render threads (default: one per core, at most 8)',
      `  --queue N           requests that may wait per thread (default ${HELP_DEFAULTS.queue}); beyond them 503`,
      `  --time-limit S      seconds per request (default ${HELP_DEFAULTS.timeLimit}); past it 422`,
      `  --body-limit B      largest request body (default ${HELP_DEFAULTS.bodyLimit}); beyond it 413`,
      `  --body-timeout S    seconds to receive a whole request (default ${HELP_DEFAULTS.bodyTimeout}); past it 408`,
      `  --max-rows N        plan rows per request (default ${HELP_DEFAULTS.maxRows}); beyond them 422`,
      '  --api-key KEY       key for /v1/* and /metrics (prefer the variable PLANGRAF_API_KEY:',
      '                      options show in the process list)',
      '',
      'The log is JSON lines on standard output, with no roadmap content in it.',
    ].join('\n'),
  },
  exits: {
    [EXIT.ok]: { ru: 'служба остановлена (Ctrl-C или SIGTERM после ответа на начатые запросы)', en: 'the service was stopped (after answering the requests in progress)' },
    [EXIT.inputErrors]: { ru: 'в папке --templates ошибки: служба не запущена', en: 'the --templates folder has errors: the service did not start' },
  },
  run: runServe,
};

async function runServe(ctx: CommandContext, args: ParsedArgs): Promise<number> {
  const t = TEXT[ctx.lang];
  const usage = (msg: string) => {
    ctx.err(`plangraf serve: ${msg}\n`);
    return EXIT.usage;
  };
  if (args.positionals.length > 0) return usage(t.extra);
  const { startServer } = await import('../../serve/server.js');
  const v = args.values;
  const int = (name: string, fallback: number, min: number, max: number): number | string => {
    const raw = v[name];
    if (raw === undefined) return fallback;
    const s = String(raw);
    if (!/^\d+$/.test(s) || Number(s) < min || Number(s) > max) return t.badNumber(name, s, min, max);
    return Number(s);
  };
  const port = int('port', SERVE_DEFAULTS.port, 0, 65535);
  if (typeof port === 'string') return usage(port);
  const jobs = int('jobs', defaultJobs(), 1, 64);
  if (typeof jobs === 'string') return usage(jobs);
  const queue = int('queue', SERVE_DEFAULTS.queuePerWorker, 0, 1000);
  if (typeof queue === 'string') return usage(queue);
  const bodyTimeout = int('body-timeout', SERVE_DEFAULTS.bodyTimeoutSeconds, 1, 3600);
  if (typeof bodyTimeout === 'string') return usage(bodyTimeout);
  const maxRows = int('max-rows', SERVE_DEFAULTS.maxRows, 1, 20_000);
  if (typeof maxRows === 'string') return usage(maxRows);
  let timeLimit: number = SERVE_DEFAULTS.timeLimitSeconds;
  if (v['time-limit'] !== undefined) {
    const seconds = parseTimeLimit(String(v['time-limit']));
    if (seconds === undefined) return usage(t.badTimeLimit(String(v['time-limit'])));
    timeLimit = seconds;
  }
  let bodyLimit: number = SERVE_DEFAULTS.bodyLimitBytes;
  if (v['body-limit'] !== undefined) {
    const bytes = parseSize(String(v['body-limit']));
    if (bytes === undefined) return usage(t.badBytes(String(v['body-limit'])));
    bodyLimit = bytes;
  }
  const apiKey = typeof v['api-key'] === 'string' ? v['api-key'] : ctx.env.PLANGRAF_API_KEY;
  // A header carries bytes, not text: printable ASCII keeps the key the same on every client.
  if (apiKey !== undefined && !/^[\x21-\x7e]+$/.test(apiKey)) return usage(t.emptyKey);

  let templates: string | undefined;
  if (typeof v.templates === 'string') {
    templates = path.resolve(ctx.cwd, v.templates);
    const { existsSync, statSync } = await import('node:fs');
    if (!existsSync(templates) || !statSync(templates).isDirectory()) return usage(t.noTemplates(v.templates));
    // The templates are the service's configuration: broken ones stop it here, not every request.
    const { loadTemplates } = await import('../../templates/load.js');
    const errors = loadTemplates({ dir: templates, lang: ctx.lang }).diagnostics.filter((d) => d.severity === 'error');
    if (errors.length > 0) {
      ctx.err(`${formatDiagnostics(errors, undefined, { lang: ctx.lang })}\nplangraf serve: ${t.brokenTemplates(v.templates)}\n`);
      return EXIT.inputErrors;
    }
  }

  const host = typeof v.host === 'string' ? v.host : SERVE_DEFAULTS.host;
  let service;
  try {
    service = await startServer({
      host, port, lang: ctx.lang, poolSize: jobs, queueSize: queue * jobs, timeLimitSeconds: timeLimit,
      bodyLimitBytes: bodyLimit, bodyTimeoutSeconds: bodyTimeout, maxRows,
      ...(templates !== undefined ? { templates } : {}),
      ...(apiKey !== undefined ? { apiKey } : {}),
    });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EADDRINUSE') return usage(t.busyPort(`${host}:${port}`));
    throw e;
  }
  ctx.err(t.listening(service.url, jobs, apiKey !== undefined));
  const stop = onInterruptDrain(() => service.close());
  await new Promise<void>((resolve) => service.app.server.once('close', () => resolve()));
  stop();
  return EXIT.ok;
}

/** `4194304`, `512K`, `4M` (binary units) → bytes, from 1 KiB to 100 MiB. */
export function parseSize(value: string): number | undefined {
  const m = /^(\d+)\s*([kKmM])?(?:i?[bB])?$/.exec(value.trim());
  if (!m) return undefined;
  const n = Number(m[1]) * (m[2] === undefined ? 1 : /k/i.test(m[2]) ? 1024 : 1024 * 1024);
  return n >= 1024 && n <= 100 * 1024 * 1024 ? n : undefined;
}
