/**
 * `plangraf render <file…|-> [--format docx,pdf,xlsx] [--out DIR|-] [--no-overwrite-newer] [--strict] [--now ISO]
 *  [--time-limit SECONDS] [--extends-root DIR] [--watch]`
 *
 * Per file: load → print diagnostics → render → write `<out>/<name>.docx` and `.pdf` (the formats
 * asked for: src/output-formats.ts). A file
 * with errors (or, under --strict, warnings) is not written; the other files still are. Outputs
 * are written atomically (a temporary file in the same folder, then a rename), never over an
 * input file, and — with --no-overwrite-newer — never over an output newer than its input. Two
 * files whose outputs would share a name (`a/plan.yaml b/plan.yaml --out o`) are both refused
 * with `render-output-collision` before anything is rendered (exit 2), the others go on. A failed
 * write is an `io-write` diagnostic at the file, the reason in words (src/output/io-failure.ts).
 *
 * Loading and rendering (render-file.ts) run in a worker thread, one file at a time, through the
 * time limit of `plangraf batch` (src/batch/time-limit.ts): a file still running after
 * --time-limit seconds (default 300) is stopped with its thread, reported with
 * `render-time-limit`, and not written; the next file gets a fresh thread. Writing stays in this
 * thread, so Ctrl-C removes the temporary files as before (interrupt.ts).
 *
 * `-` reads the roadmap from standard input (bounded by the loader's file-size limit), named
 * `<stdin>` in diagnostics and `roadmap.*` as outputs; `--out -` writes one format of one input
 * to standard output. `--watch` (src/preview/render-watch.ts) runs this again on every change.
 *
 * Exit code: the worst over all files (EXIT in src/diagnostics/diagnostic.ts); a file stopped at
 * its time limit counts as an input error (1), as in `plangraf batch`.
 */
import { existsSync } from 'node:fs';
import * as nodeFs from 'node:fs/promises';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_TIME_LIMIT_SECONDS, parseTimeLimit, runWithTimeLimit, TimeLimitExceeded } from '../../batch/time-limit.js';
import { EXIT, type Diagnostic, type Language } from '../../diagnostics/diagnostic.js';
import { formatDiagnostic, loadedSources, type SourceLookup } from '../../diagnostics/format.js';
import { EXTENDS_ROOT_OPTION, extendsRootOption } from '../extends-root.js';
import { FileRefused } from '../../input/read-failure.js';
import { readFailureDiagnostic } from '../../load/read-failure-diagnostic.js';
import { cliDiagnostic, writeFailure } from '../messages.js';
import { shownPath } from '../../output/io-failure.js';
import { removeStaleTempFiles, writeFileAtomically } from '../../output/atomic-write.js';
import { DEFAULT_LIMITS } from '../../load/limits.js';
// Types only: the loader, the composer and the writers are loaded by the worker thread, not here.
import { FORMAT_OPTION, formatOptionHelp, parseFormatList, unknownFormatMessage } from '../../output-formats.js';
import type { RenderFileResult, RenderFileTask } from '../render-file.js';
import type { Command, CommandContext, ParsedArgs } from '../command.js';

const TEXT = {
  ru: {
    noFiles: 'не указан ни один файл. Пример: plangraf render план.yaml',
    badFormat: (f: string) => unknownFormatMessage('ru', f),
    badNow: (s: string) => `--now: «${s}» — не дата ISO 8601 (например, 2022-02-14T00:00:00Z)`,
    badTimeLimit: (s: string) => `--time-limit: «${s}» — нужно целое число секунд от 1 до 86400`,
    stdinTwice: '«-» (стандартный ввод) можно указать только один раз',
    pdfaWithoutPdf: '--pdfa относится к PDF: добавьте pdf в --format',
    stdoutOneFormat: '--out -: на стандартный вывод пишется один формат: добавьте --format pdf или --format docx',
    stdoutOneFile: '--out -: на стандартный вывод пишется один документ: укажите один файл',
    noTemplates: (d: string) => `--templates: папки «${d}» нет. Заготовку создаёт plangraf templates ${d}`,
    wrote: (p: string) => `записан: ${p}`,
    skippedNewer: (p: string) => `пропущен: ${p} новее исходного файла (--no-overwrite-newer)`,
    notWritten: (f: string) => `${f}: файлы не записаны из-за ошибок`,
    notWrittenStrict: (f: string) => `${f}: файлы не записаны (--strict: есть предупреждения)`,
    overInput: (p: string) => `отказ: ${p} — это входной файл, перезаписывать его нельзя`,
  },
  en: {
    noFiles: 'no file given. Example: plangraf render plan.yaml',
    badFormat: (f: string) => unknownFormatMessage('en', f),
    badNow: (s: string) => `--now: '${s}' is not an ISO 8601 date (e.g. 2022-02-14T00:00:00Z)`,
    badTimeLimit: (s: string) => `--time-limit: '${s}' must be a whole number of seconds from 1 to 86400`,
    stdinTwice: "'-' (standard input) may be given only once",
    pdfaWithoutPdf: '--pdfa is about the PDF: add pdf to --format',
    stdoutOneFormat: '--out -: standard output takes one format: add --format pdf or --format docx',
    stdoutOneFile: '--out -: standard output takes one document: give one file',
    noTemplates: (d: string) => `--templates: there is no folder '${d}'. Create one with plangraf templates ${d}`,
    wrote: (p: string) => `wrote ${p}`,
    skippedNewer: (p: string) => `skipped: ${p} is newer than its input (--no-overwrite-newer)`,
    notWritten: (f: string) => `${f}: nothing written because of errors`,
    notWrittenStrict: (f: string) => `${f}: nothing written (--strict: there are warnings)`,
    overInput: (p: string) => `refused: ${p} is an input file and is never overwritten`,
  },
} satisfies Record<Language, unknown>;

export const renderCommand: Command = {
  name: 'render',
  summary: { ru: 'собрать документ DOCX и PDF (или XLSX) из YAML', en: 'render a roadmap to DOCX and PDF (or XLSX)' },
  usage: `render <files…|-> [${FORMAT_OPTION}] [--pdfa] [--out DIR|-] [--templates DIR] [--no-overwrite-newer] [--strict] [--now ISO] [--time-limit S] [--extends-root DIR] [--watch]`,
  options: {
    format: { type: 'string', short: 'f', multiple: true },
    pdfa: { type: 'boolean' },
    out: { type: 'string', short: 'o' },
    'no-overwrite-newer': { type: 'boolean' },
    strict: { type: 'boolean' },
    now: { type: 'string' },
    templates: { type: 'string', short: 't' },
    'time-limit': { type: 'string' },
    ...EXTENDS_ROOT_OPTION,
    watch: { type: 'boolean', short: 'w' },
  },
  help: {
    ru: [
      'Собирает по каждому файлу документ DOCX и PDF рядом с ним (или в папке --out).',
      '',
      ...formatOptionHelp('ru', 25),
      '  --pdfa                 архивный PDF/A-3b: в него встраивается план (roadmap.yaml; для',
      '                         файла с extends — слитый с основами); достаёт его plangraf extract',
      '  --out DIR              папка для результатов (создаётся при необходимости)',
      '  --no-overwrite-newer   не перезаписывать результат, который новее исходного файла',
      '  --strict               считать предупреждения ошибками: файл с ними не записывается',
      '  --now ISO              время создания, записываемое в файлы (по умолчанию дата документа)',
      '  --templates DIR        папка своих шаблонов формулировок (*.hbs); недостающие берутся',
      '                         из встроенных. Заготовка: plangraf templates DIR',
      `  --time-limit S         секунд на один файл (по умолчанию ${DEFAULT_TIME_LIMIT_SECONDS}); дольше — сборка`,
      '                         останавливается и файл не записывается',
      '  --extends-root DIR     папка, из которой можно брать основы (extends); по умолчанию —',
      '                         папка файла и папки внутри неё',
      '  --watch                пересобирать при каждом изменении файла, его основ (extends)',
      '                         и папки --templates; остановить — Ctrl-C',
      '',
      'Вместо файла можно указать «-»: план читается со стандартного ввода, результаты называются',
      'roadmap.docx и roadmap.pdf (в папке --out или текущей). --out - пишет документ на стандартный',
      'вывод: один файл и один формат, например plangraf render - --format pdf --out - < план.yaml > план.pdf',
    ].join('\n'),
    en: [
      'Renders every file to DOCX and PDF next to it (or in the --out folder).',
      '',
      ...formatOptionHelp('en', 25),
      '  --pdfa                 archival PDF/A-3b carrying the roadmap (roadmap.yaml; for a file',
      '                         with extends, merged with its bases); plangraf extract gets it back',
      '  --out DIR              output folder (created when missing)',
      '  --no-overwrite-newer   keep an output that is newer than its input',
      '  --strict               treat warnings as errors: such a file is not written',
      '  --now ISO              creation time written into the files (default: the document date)',
      '  --templates DIR        folder of your wording templates (*.hbs); missing ones come from',
      '                         the built-in ones. Start from: plangraf templates DIR',
      `  --time-limit S         seconds one file may take (default ${DEFAULT_TIME_LIMIT_SECONDS}); past it the file is`,
      '                         stopped and not written',
      '  --extends-root DIR     folder that bases (extends) may come from; default: the file’s',
      '                         folder and the folders inside it',
      '  --watch                render again whenever the file, its bases (extends) or the',
      '                         --templates folder change; stop with Ctrl-C',
      '',
      "Give '-' instead of a file to read standard input; its outputs are named roadmap.docx and",
      'roadmap.pdf (in the --out folder or the current one). --out - writes the document to standard',
      'output: one file, one format, e.g. plangraf render - --format pdf --out - < plan.yaml > plan.pdf',
    ].join('\n'),
  },
  exits: {
    [EXIT.ok]: { ru: 'готово', en: 'done' },
    [EXIT.inputErrors]: { ru: 'ошибки во входных данных (или предупреждения при --strict), или файл не уложился в --time-limit', en: 'input errors (or warnings with --strict), or a file ran past --time-limit' },
    [EXIT.io]: { ru: 'ошибка чтения или записи файлов', en: 'files could not be read or written' },
    [EXIT.internal]: { ru: 'внутренняя ошибка plangraf (файл, на котором она случилась, не записан; остальные собираются)', en: 'a defect in plangraf (the file it hit is not written; the others are)' },
  },
  run: (ctx, args) =>
    args.values.watch === true ? import('../../preview/render-watch.js').then((m) => m.watchRender(ctx, args)) : runRender(ctx, args),
};

/** For `--watch`: a pool kept across runs (made by the first), and the files each input was built from. */
export interface RenderSession {
  renderer?: FileRenderer;
  /** After each input is loaded: its absolute path and the absolute paths of its bases. */
  onInput(input: string, bases: string[]): void;
}

/** The name of standard input, in diagnostics and for `-`. */
const STDIN = '<stdin>';
/** What the outputs of standard input are called. */
const STDIN_OUTPUT_BASE = 'roadmap';

export async function runRender(ctx: CommandContext, args: ParsedArgs, session?: RenderSession): Promise<number> {
  const t = TEXT[ctx.lang];
  const usage = (msg: string) => {
    ctx.err(`plangraf render: ${msg}\n`);
    return EXIT.usage;
  };
  if (args.positionals.length === 0) return usage(t.noFiles);
  if (args.positionals.filter((f) => f === '-').length > 1) return usage(t.stdinTwice);

  const formats = parseFormatList(args.values.format);
  if (typeof formats === 'string') return usage(t.badFormat(formats));
  const pdfa = args.values.pdfa === true;
  if (pdfa && !formats.includes('pdf')) return usage(t.pdfaWithoutPdf);
  const now = args.values.now;
  if (now !== undefined && (typeof now !== 'string' || Number.isNaN(Date.parse(now)))) return usage(t.badNow(String(now)));
  let timeLimitSeconds = DEFAULT_TIME_LIMIT_SECONDS;
  if (args.values['time-limit'] !== undefined) {
    const v = String(args.values['time-limit']);
    const seconds = parseTimeLimit(v);
    if (seconds === undefined) return usage(t.badTimeLimit(v));
    timeLimitSeconds = seconds;
  }
  const strict = args.values.strict === true;
  const keepNewer = args.values['no-overwrite-newer'] === true;
  const outOption = typeof args.values.out === 'string' ? args.values.out : undefined;
  const toStdout = outOption === '-';
  if (toStdout && formats.length > 1) return usage(t.stdoutOneFormat);
  if (toStdout && args.positionals.length > 1) return usage(t.stdoutOneFile);
  const templates = typeof args.values.templates === 'string' ? path.resolve(ctx.cwd, args.values.templates) : undefined;
  if (templates !== undefined && !(await isFolder(templates))) return usage(t.noTemplates(String(args.values.templates)));
  const extendsRoot = await extendsRootOption(ctx.cwd, args.values['extends-root'], ctx.lang);
  if ('usage' in extendsRoot) return usage(extendsRoot.usage);

  let stdin: Uint8Array | undefined;
  if (args.positionals.includes('-')) {
    // Bounded like a file: past the limit reading stops (FileRefused) and the run fails.
    try {
      stdin = ctx.readStdin ? await ctx.readStdin(DEFAULT_LIMITS.fileBytes) : new Uint8Array();
    } catch (e) {
      printDiagnostics(ctx, [readFailureDiagnostic(e, STDIN, ctx.lang)], undefined);
      ctx.err(`${t.notWritten(STDIN)}\n`);
      return e instanceof FileRefused ? EXIT.inputErrors : EXIT.io;
    }
  }

  // The worker thread starts now and loads the renderer while the paths below are checked.
  const renderer = session?.renderer ?? (await fileRenderer(ctx.renderWorker ?? builtRenderWorker(), timeLimitSeconds));
  if (session) session.renderer = renderer;
  try {
    // A file named twice is rendered once.
    const inputs: { input: string; shown: string; real: string }[] = [];
    for (const shown of args.positionals) {
      if (shown === '-') {
        inputs.push({ input: STDIN, shown: STDIN, real: STDIN });
        continue;
      }
      const input = path.resolve(ctx.cwd, shown);
      const real = await realPath(input);
      if (!inputs.some((x) => x.real === real)) inputs.push({ input, shown, real });
    }
    // Inputs by their real paths: an output folder reached through a symbolic link must not
    // overwrite an input either.
    const realInputs = new Set(inputs.filter((x) => x.input !== STDIN).map((x) => x.real));
    let exit: number = EXIT.ok;
    const worse = (code: number) => {
      exit = severityOfExit(code) > severityOfExit(exit) ? code : exit;
    };
    const outDirOf = (input: string) => (outOption !== undefined && !toStdout ? path.resolve(ctx.cwd, outOption) : input === STDIN ? ctx.cwd : path.dirname(input));
    const baseOf = (input: string) => (input === STDIN ? STDIN_OUTPUT_BASE : path.basename(input).replace(/\.(ya?ml|json)$/i, ''));

    // Two files whose documents would get one name (`a/plan.yaml` and `b/plan.yaml` with one
    // --out): neither is rendered, rather than the second silently replacing the first. Names
    // are compared as Windows and macOS do, ignoring case.
    const targets = await Promise.all(inputs.map(({ input }) => Promise.all((toStdout ? [] : formats).map(async (format) => {
      const target = path.join(outDirOf(input), `${baseOf(input)}.${format}`);
      return { target, key: (await realTarget(outDirOf(input), target)).toLowerCase() };
    }))));
    const landing = new Map<string, number[]>();
    for (const [i, list] of targets.entries()) for (const { key } of list) landing.set(key, [...(landing.get(key) ?? []), i]);
    const colliding = new Set<number>();
    for (const [i, { shown }] of inputs.entries()) {
      const diagnostics: Diagnostic[] = [];
      for (const { target, key } of targets[i]!) {
        const others = landing.get(key)!.filter((k) => k !== i);
        if (others.length === 0) continue;
        diagnostics.push(cliDiagnostic('render-output-collision', ctx.lang, shown, { name: shownPath(target, ctx.cwd), others: others.map((k) => inputs[k]!.shown).join(', ') }));
      }
      if (diagnostics.length === 0) continue;
      colliding.add(i);
      printDiagnostics(ctx, diagnostics, undefined);
      worse(EXIT.usage);
    }
    const cleaned = new Set<string>();

    for (const [i, { input, shown }] of inputs.entries()) {
      if (colliding.has(i)) continue;
      const task: RenderFileTask = {
        file: input,
        ...(input === STDIN ? { bytes: stdin! } : {}),
        lang: ctx.lang,
        ...(extendsRoot.root !== undefined ? { extendsRoot: extendsRoot.root } : {}),
        strict,
        formats,
        ...(pdfa ? { pdfa: true } : {}),
        ...(typeof now === 'string' ? { now } : {}),
        ...(templates !== undefined ? { templates } : {}),
      };
      let file: RenderFileResult;
      try {
        file = await renderer.run(task);
      } catch (e) {
        // Past the limit, or a defect that killed the worker (a fresh one takes the next file):
        // this file fails, the others go on.
        const stopped = e instanceof TimeLimitExceeded;
        const diagnostic = stopped
          ? cliDiagnostic('render-time-limit', ctx.lang, shown, { seconds: e.seconds })
          : cliDiagnostic('render-worker-crashed', ctx.lang, shown, { reason: e instanceof Error ? e.message : String(e) });
        printDiagnostics(ctx, [diagnostic], undefined);
        ctx.err(`${t.notWritten(shown)}\n`);
        worse(stopped ? EXIT.inputErrors : EXIT.internal);
        continue;
      }
      session?.onInput(input, (file.load.bases ?? []).map((b) => path.resolve(ctx.cwd, b.path)));
      // Template diagnostics show the template's line, not the roadmap's.
      const templateSource = (d: Diagnostic) => (d.code.startsWith('template-') ? file.templateSources[d.file] : undefined);
      const source = loadedSources(file.load, input, templateSource);
      const diagnostics: Diagnostic[] = [...file.load.diagnostics];
      printDiagnostics(ctx, diagnostics, source);
      if (!file.load.roadmap || !file.render || blocks(diagnostics, strict)) {
        ctx.err(`${hasError(diagnostics) ? t.notWritten(shown) : t.notWrittenStrict(shown)}\n`);
        worse(isIoFailure(diagnostics) ? EXIT.io : EXIT.inputErrors);
        continue;
      }

      const result = file.render;
      printDiagnostics(ctx, result.diagnostics, source);
      if (blocks(result.diagnostics, strict)) {
        ctx.err(`${hasError(result.diagnostics) ? t.notWritten(shown) : t.notWrittenStrict(shown)}\n`);
        worse(EXIT.inputErrors);
        continue;
      }

      const outDir = outDirOf(input);
      const base = baseOf(input);
      // Temporary files a killed run left here (ours by their names; their process is gone).
      if (!toStdout && !cleaned.has(outDir)) removeStaleTempFiles(outDir, { recursive: false });
      cleaned.add(outDir);
      for (const format of formats) {
        const bytes = result[format];
        if (!bytes) continue;
        if (toStdout) {
          try {
            await ctx.writeStdout!(bytes);
          } catch (e) {
            printDiagnostics(ctx, [writeFailure(e, ctx.lang, ctx.cwd, '-')], undefined);
            worse(EXIT.io);
          }
          continue;
        }
        const target = path.join(outDir, `${base}.${format}`);
        const shownTarget = path.relative(ctx.cwd, target) || target;
        if (realInputs.has(await realTarget(outDir, target))) {
          ctx.err(`${t.overInput(shownTarget)}\n`);
          worse(EXIT.usage);
          continue;
        }
        try {
          if (keepNewer && (await isNewer(target, input))) {
            ctx.err(`${t.skippedNewer(shownTarget)}\n`);
            continue;
          }
          await writeFileAtomically(target, bytes, ctx.outputIo);
          ctx.out(`${t.wrote(shownTarget)}\n`);
        } catch (e) {
          printDiagnostics(ctx, [writeFailure(e, ctx.lang, ctx.cwd, target)], undefined);
          worse(EXIT.io);
        }
      }
    }
    return exit;
  } finally {
    if (!session) await renderer.close();
  }
}

export interface FileRenderer {
  run(task: RenderFileTask): Promise<RenderFileResult>;
  close(): Promise<void>;
}

/**
 * Files rendered in a one-worker tinypool pool from `workerFile`, each stopped after
 * `seconds` (the pool then terminates the thread and starts another for the next file); without
 * a worker script, in this thread with no time limit.
 */
export async function fileRenderer(workerFile: string | undefined, seconds: number): Promise<FileRenderer> {
  if (workerFile === undefined) {
    const { renderFile } = await import('../render-file.js');
    return { run: renderFile, close: async () => undefined };
  }
  const { default: Tinypool } = await import('tinypool');
  const pool = new Tinypool({ filename: workerFile, minThreads: 1, maxThreads: 1, isolateWorkers: false });
  return {
    run: (task) => runWithTimeLimit<RenderFileResult>(pool, task, seconds * 1000),
    close: () => pool.destroy(),
  };
}

/**
 * The worker script as built: `dist/cli/render-worker.js` beside `dist/cli/commands/render.js`.
 * Run from the TypeScript sources (the in-process tests) there is none — worker threads load
 * JavaScript only — and files are rendered in the calling thread, without a time limit; tests
 * of the limit name a worker script through `CommandContext.renderWorker`.
 */
export function builtRenderWorker(): string | undefined {
  if (import.meta.url.endsWith('.ts')) return undefined;
  const file = fileURLToPath(new URL('../render-worker.js', import.meta.url));
  return existsSync(file) ? file : undefined;
}

function hasError(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

function blocks(diagnostics: readonly Diagnostic[], strict: boolean): boolean {
  return diagnostics.some((d) => d.severity === 'error' || (strict && d.severity === 'warning'));
}

/** The loader reports unreadable files with codes starting with `io-` / `file-`. */
function isIoFailure(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error' && /^(io|file)-/.test(d.code));
}

/** Which exit code wins when files end differently. */
function severityOfExit(code: number): number {
  switch (code) {
    case EXIT.internal:
      return 4;
    case EXIT.io:
      return 3;
    case EXIT.usage:
      return 2;
    case EXIT.inputErrors:
      return 1;
    default:
      return 0;
  }
}

/** Diagnostics with file names as the user would type them (relative to the working folder). */
function printDiagnostics(ctx: CommandContext, diagnostics: readonly Diagnostic[], source: SourceLookup | undefined): void {
  if (diagnostics.length === 0) return;
  const shownFile = (file: string) => (path.isAbsolute(file) ? path.relative(ctx.cwd, file) || file : file);
  const text = diagnostics.map((d) =>
    formatDiagnostic({ ...d, file: shownFile(d.file) }, typeof source === 'function' ? source(d) : source, { color: ctx.color, lang: ctx.lang }),
  );
  ctx.err(`${text.join('\n\n')}\n`);
}

async function isNewer(target: string, input: string): Promise<boolean> {
  const [out, src] = await Promise.all([mtime(target), mtime(input)]);
  return out !== undefined && src !== undefined && out > src;
}

async function isFolder(dir: string): Promise<boolean> {
  try {
    return (await nodeFs.stat(dir)).isDirectory();
  } catch {
    return false;
  }
}

async function mtime(file: string): Promise<number | undefined> {
  try {
    return (await nodeFs.stat(file)).mtimeMs;
  } catch {
    return undefined;
  }
}

/** The real path of a file, or the path itself when it does not exist (yet). */
async function realPath(file: string): Promise<string> {
  return nodeFs.realpath(file).catch(() => file);
}

/** Where `target` really lands: its folder's real path joined with its name. */
async function realTarget(dir: string, target: string): Promise<string> {
  return path.join(await realPath(dir), path.basename(target));
}
