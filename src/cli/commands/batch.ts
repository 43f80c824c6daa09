/**
 * `plangraf batch <inputs…> --out DIR [--format docx,pdf,xlsx] [--jobs N] [--pattern P] [--force]
 *  [--no-cache] [--json] [--templates DIR] [--now ISO] [--time-limit SECONDS]`
 *
 * Renders many roadmaps (files, folders, manifests) through the worker pool of src/batch.
 * Progress: on a terminal a bar redrawn on one line (count, rate, time left); without a
 * terminal or with CI set, one plain line per input; with --json, one JSON object per line
 * (events `start`, `input`, `done`) on stdout. Then the summary (also `report.json` and
 * `report.md` in the output folder). Exit: 0 all rendered or unchanged, 1 an input failed,
 * 2 usage, 3 an input could not be read, an output or the report could not be written, or the
 * output folder is taken by another batch run (`.plangraf-lock`).
 */
import { EXIT, type Language } from '../../diagnostics/diagnostic.js';
import { terminalJson } from '../../diagnostics/format.js';
import { runBatch } from '../../batch/run-batch.js';
import { checkPattern, DEFAULT_PATTERN } from '../../batch/output-names.js';
import { defaultJobs } from '../../batch/jobs.js';
import { diagnosticLine, firstError, moreErrors, summaryLines } from '../../batch/report.js';
import type { BatchOptions, BatchReport, InputResult } from '../../batch/types.js';
import type { Command, CommandContext, ParsedArgs } from '../command.js';
import { FORMAT_OPTION, formatOptionHelp, parseFormatList, unknownFormatMessage } from '../../output-formats.js';
import path from 'node:path';
import { onInterrupt } from '../interrupt.js';
import { removeTempFiles } from '../../output/atomic-write.js';
import { releaseOutLocks } from '../../batch/out-lock.js';
import { parseTimeLimit } from '../../batch/time-limit.js';
import { EXTENDS_ROOT_OPTION, extendsRootOption } from '../extends-root.js';
import { formatDiagnostic } from '../../diagnostics/format.js';

const TEXT = {
  ru: {
    noInputs: 'не указаны входные файлы или папки. Пример: plangraf batch examples/region --out out/region',
    noOut: 'не указана папка результатов: --out DIR',
    badFormat: (f: string) => unknownFormatMessage('ru', f),
    badJobs: (s: string) => `--jobs: «${s}» — нужно целое число от 1 до 64`,
    badNow: (s: string) => `--now: «${s}» — не дата ISO 8601`,
    badTimeLimit: (s: string) => `--time-limit: «${s}» — нужно целое число секунд от 1 до 86400`,
    badPattern: (m: string) => `--pattern: ${m}`,
    pdfaWithoutPdf: '--pdfa относится к PDF: добавьте pdf в --format',
    started: (n: number, j: number) => `файлов: ${n}, потоков: ${j}`,
    left: 'осталось',
    rate: 'файлов/с',
    report: (p: string) => `отчёт: ${p}/report.md, ${p}/report.json`,
  },
  en: {
    noInputs: 'no input files or folders. Example: plangraf batch examples/region --out out/region',
    noOut: 'no output folder: --out DIR',
    badFormat: (f: string) => unknownFormatMessage('en', f),
    badJobs: (s: string) => `--jobs: '${s}' must be a whole number from 1 to 64`,
    badNow: (s: string) => `--now: '${s}' is not an ISO 8601 date`,
    badTimeLimit: (s: string) => `--time-limit: '${s}' must be a whole number of seconds from 1 to 86400`,
    badPattern: (m: string) => `--pattern: ${m}`,
    pdfaWithoutPdf: '--pdfa is about the PDF: add pdf to --format',
    started: (n: number, j: number) => `inputs: ${n}, workers: ${j}`,
    left: 'left',
    rate: 'files/s',
    report: (p: string) => `report: ${p}/report.md, ${p}/report.json`,
  },
} satisfies Record<Language, unknown>;

export const batchCommand: Command = {
  name: 'batch',
  summary: { ru: 'собрать документы по многим файлам (муниципалитеты региона)', en: 'render many roadmaps (the municipalities of a region)' },
  usage: `batch <inputs…> --out DIR [${FORMAT_OPTION}] [--pdfa] [--jobs N] [--pattern P] [--force] [--no-cache] [--json] [--time-limit S] [--extends-root DIR]`,
  options: {
    out: { type: 'string', short: 'o' },
    format: { type: 'string', short: 'f', multiple: true },
    pdfa: { type: 'boolean' },
    jobs: { type: 'string', short: 'j' },
    pattern: { type: 'string' },
    force: { type: 'boolean' },
    'no-cache': { type: 'boolean' },
    json: { type: 'boolean' },
    templates: { type: 'string' },
    now: { type: 'string' },
    'time-limit': { type: 'string' },
    ...EXTENDS_ROOT_OPTION,
  },
  help: {
    ru: [
      'Собирает документы по файлам, папкам (все *.yaml, *.yml внутри, кроме основ, на которые',
      'ссылаются другие файлы через extends) и спискам (*.list, *.txt: по пути в строке).',
      '',
      '  --out DIR            папка результатов (обязательно)',
      ...formatOptionHelp('ru', 23),
      '  --pdfa               архивный PDF/A-3b со встроенным планом (roadmap.yaml, основы уже',
      '                       слиты); достаёт его plangraf extract',
      `  --jobs N             потоков (по умолчанию ${defaultJobs()} — по числу ядер)`,
      `  --pattern P          имена результатов, по умолчанию ${DEFAULT_PATTERN};`,
      '                       подстановки {municipality} {name} (имя входного файла) {kind} {ext}',
      '  --force              перезаписывать файлы, записанные не этим входным файлом',
      '  --no-cache           собрать всё заново, даже неизменённые файлы',
      '  --json               события построчно в JSON (для программ)',
      '  --templates DIR      папка шаблонов (её содержимое учитывается кэшем)',
      '  --now ISO            время создания, записываемое в файлы',
      '  --time-limit S       секунд на один файл (по умолчанию 300); дольше — файл с ошибкой',
      '  --extends-root DIR   папка, из которой можно брать основы (extends); по умолчанию —',
      '                       указанная папка (или папка списка), для файла — его папка',
      '',
      'Итог пишется также в DIR/report.json и DIR/report.md.',
    ].join('\n'),
    en: [
      'Renders files, folders (every *.yaml, *.yml inside, except bases other files extend) and',
      'manifests (*.list, *.txt: one path per line).',
      '',
      '  --out DIR            output folder (required)',
      ...formatOptionHelp('en', 23),
      '  --pdfa               archival PDF/A-3b with the roadmap embedded (roadmap.yaml, bases',
      '                       merged in); plangraf extract gets it back',
      `  --jobs N             worker threads (default ${defaultJobs()}: one per core)`,
      `  --pattern P          output names, default ${DEFAULT_PATTERN};`,
      '                       placeholders {municipality} {name} (input file name) {kind} {ext}',
      '  --force              overwrite files not written by the same input',
      '  --no-cache           render everything, even unchanged inputs',
      '  --json               events as JSON lines (for programs)',
      '  --templates DIR      templates folder (its content is part of the cache key)',
      '  --now ISO            creation time written into the files',
      '  --time-limit S       seconds one file may take (default 300); past it the file fails',
      '  --extends-root DIR   folder that bases (extends) may come from; default: the folder',
      '                       given (or the list’s folder), for a file given alone its folder',
      '',
      'The summary is also written to DIR/report.json and DIR/report.md.',
    ].join('\n'),
  },
  exits: {
    [EXIT.ok]: { ru: 'готово: все файлы собраны или не изменились', en: 'done: every input rendered or unchanged' },
    [EXIT.inputErrors]: { ru: 'в каком-то файле ошибки или он не уложился в --time-limit (остальные собраны)', en: 'an input has errors or ran past --time-limit (the others are rendered)' },
    [EXIT.io]: { ru: 'ошибка чтения или записи файлов', en: 'files could not be read or written' },
  },
  run: runBatchCommand,
};

async function runBatchCommand(ctx: CommandContext, args: ParsedArgs): Promise<number> {
  const t = TEXT[ctx.lang];
  const usage = (msg: string) => {
    ctx.err(`plangraf batch: ${msg}\n`);
    return EXIT.usage;
  };
  if (args.positionals.length === 0) return usage(t.noInputs);
  const out = args.values.out;
  if (typeof out !== 'string' || out === '') return usage(t.noOut);
  const formats = parseFormatList(args.values.format);
  if (typeof formats === 'string') return usage(t.badFormat(formats));
  const pdfa = args.values.pdfa === true;
  if (pdfa && !formats.includes('pdf')) return usage(t.pdfaWithoutPdf);
  const options: BatchOptions = {
    out, formats, ...(pdfa ? { pdfa: true } : {}), lang: ctx.lang, cwd: ctx.cwd, force: args.values.force === true, cache: args.values['no-cache'] !== true,
    ...(ctx.outputIo ? { outputIo: ctx.outputIo } : {}),
  };
  if (args.values.jobs !== undefined) {
    const s = String(args.values.jobs);
    if (!/^\d+$/.test(s) || Number(s) < 1 || Number(s) > 64) return usage(t.badJobs(s));
    options.jobs = Number(s);
  }
  if (typeof args.values.pattern === 'string') {
    const problem = checkPattern(args.values.pattern);
    if (problem) return usage(t.badPattern(problem[ctx.lang]));
    options.pattern = args.values.pattern;
  }
  if (typeof args.values.templates === 'string') options.templates = args.values.templates;
  if (typeof args.values.now === 'string') {
    if (Number.isNaN(Date.parse(args.values.now))) return usage(t.badNow(args.values.now));
    options.now = args.values.now;
  }
  if (args.values['time-limit'] !== undefined) {
    const v = String(args.values['time-limit']);
    const seconds = parseTimeLimit(v);
    if (seconds === undefined) return usage(t.badTimeLimit(v));
    options.timeLimitSeconds = seconds;
  }
  const extendsRoot = await extendsRootOption(ctx.cwd, args.values['extends-root'], ctx.lang);
  if ('usage' in extendsRoot) return usage(extendsRoot.usage);
  if (extendsRoot.root !== undefined) options.root = extendsRoot.root;

  const json = args.values.json === true;
  const tty = !json && process.stderr.isTTY === true && !ctx.env.CI && ctx.env.TERM !== 'dumb';
  const progress = tty ? new ProgressBar(ctx, t) : undefined;
  let report: BatchReport | undefined;
  // Interrupted: workers may be writing anywhere under the output folder; remove our temporaries
  // and give the folder back. The cache journal stays: the next run knows these outputs as ours.
  const outDir = path.resolve(ctx.cwd, out);
  const forget = onInterrupt(() => {
    removeTempFiles(outDir);
    releaseOutLocks();
  });
  for await (const e of runBatch(args.positionals, options)) {
    if (json) {
      ctx.out(`${terminalJson(e.type === 'done' ? { type: 'done', report: { ...e.report, results: undefined } } : e)}\n`);
    } else if (e.type === 'start') {
      if (progress) progress.start(e.total);
      else ctx.out(`${t.started(e.total, e.jobs)}\n`);
    } else if (e.type === 'input') {
      if (progress) progress.update(e.done, e.total, e.elapsedMs, e.result);
      else ctx.out(`${plainLine(e.done, e.total, e.result, ctx.lang)}\n`);
    }
    if (e.type === 'done') report = e.report;
  }
  forget();
  progress?.end();
  if (!report) return EXIT.internal;
  // Problems of the run itself (the folder taken by another run, the report not written), located.
  for (const d of report.diagnostics) ctx.err(`${formatDiagnostic(d, undefined, { color: ctx.color, lang: ctx.lang })}\n`);
  const refused = report.total === 0 && report.diagnostics.length > 0;
  if (!json && !refused) {
    ctx.out(`${summaryLines(report, ctx.lang).join('\n')}\n`);
    if (report.reportWritten) ctx.out(`${t.report(report.out)}\n`);
  }
  if (report.ioFailed) return EXIT.io;
  return report.failed > 0 ? EXIT.inputErrors : EXIT.ok;
}

/** The first error of a failed input and how many more it has: « — a.yaml:6:7: [code] … (и ещё 2 ошибки)». */
function failureTail(r: InputResult, lang: Language): string {
  const first = firstError(r);
  return first ? ` — ${diagnosticLine(first)}${moreErrors(r, lang)}` : '';
}

function plainLine(done: number, total: number, r: InputResult, lang: Language): string {
  const mark = r.status === 'rendered' ? '✓' : r.status === 'skipped' ? '=' : '✗';
  const width = String(total).length;
  const tail = r.status === 'failed' ? failureTail(r, lang) : r.outputs.length ? ` → ${r.outputs.join(', ')}` : '';
  return `[${String(done).padStart(width)}/${total}] ${mark} ${r.input}${tail}`;
}

/** A one-line bar on stderr: «[██████░░░░] 600/1000  24,1 файлов/с  осталось 0:17  ✗ 2». */
class ProgressBar {
  private failed = 0;
  private last = 0;
  constructor(private readonly ctx: CommandContext, private readonly t: (typeof TEXT)[Language]) {}
  start(total: number): void {
    this.draw(0, total, 0);
  }
  update(done: number, total: number, elapsedMs: number, r: InputResult): void {
    if (r.status === 'failed') {
      this.failed++;
      // A failure is printed above the bar at once, so it is not lost when the bar moves on.
      this.ctx.err(`\r\x1b[K✗ ${r.input}${failureTail(r, this.ctx.lang)}\n`);
    }
    const now = Date.now();
    if (done < total && now - this.last < 80) return; // ~12 redraws a second at most
    this.last = now;
    this.draw(done, total, elapsedMs);
  }
  end(): void {
    this.ctx.err('\r\x1b[K');
  }
  private draw(done: number, total: number, elapsedMs: number): void {
    const width = 24;
    const filled = total === 0 ? width : Math.round((done / total) * width);
    const rate = elapsedMs > 0 ? done / (elapsedMs / 1000) : 0;
    const left = rate > 0 ? (total - done) / rate : undefined;
    const clock = (s: number) => `${Math.floor(s / 60)}:${String(Math.round(s % 60)).padStart(2, '0')}`;
    const parts = [
      `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}]`,
      `${done}/${total}`,
      `${this.ctx.lang === 'ru' ? rate.toFixed(1).replace('.', ',') : rate.toFixed(1)} ${this.t.rate}`,
      left !== undefined ? `${this.t.left} ${clock(left)}` : '',
      this.failed ? `✗ ${this.failed}` : '',
    ].filter(Boolean);
    this.ctx.err(`\r\x1b[K${parts.join('  ')}`);
  }
}

