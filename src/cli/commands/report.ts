/**
 * `plangraf report <inputs…> --as-of DATE [--format docx,pdf] [--pdfa] [--out DIR] [--templates DIR]
 *  [--now ISO] [--strict] [--extends-root DIR]`
 *
 * The status report «Информация о ходе реализации плана-графика по состоянию на …» of each input
 * (a roadmap YAML with `execution:` on its rows, or an archival PDF carrying one), and for a
 * region (a folder, a list or several files) also the summary table municipality × done / in
 * progress / overdue / total (src/execution/). Inputs expand as `batch`'s do (a folder: every
 * YAML inside except the bases other inputs extend).
 *
 * Outputs: one input → `<out>/<name>-report-<as-of>.docx|pdf` (beside the input without --out);
 * a region → `<out>/<municipality>/report-<as-of>.docx|pdf` and `<out>/summary-<as-of>.docx|pdf`
 * (--out is required). The summary is written only when every input was reported: a summary
 * missing a municipality would be wrong without saying so.
 *
 * Reports are made in this thread, one input after another (no worker pool and no time limit:
 * a report is a small document next to its plan).
 */
import * as path from 'node:path';
import { stat } from 'node:fs/promises';
import { EXIT, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { formatDiagnostic, loadedSources, type SourceLookup } from '../../diagnostics/format.js';
import { expandInputs } from '../../batch/inputs.js';
import { cleanValue } from '../../batch/output-names.js';
import { loadRoadmapSource } from '../../archive/roadmap-source.js';
import { roadmapSourceBytes } from '../../archive/roadmap-source.js';
import { readFailureDiagnostic } from '../../load/read-failure-diagnostic.js';
import { writeFileAtomically } from '../../output/atomic-write.js';
import { parseWrittenDate } from '../../text/written-date.js';
import { formatDate } from '../../text/russian-date.js';
import type { Tally } from '../../execution/assess.js';
import { EXTENDS_ROOT_OPTION, extendsRootOption } from '../extends-root.js';
import { writeFailure } from '../messages.js';
import { formatOption, formatOptionHelp, PAGE_FORMATS, parseFormatList, unknownFormatMessage } from '../../output-formats.js';
import type { Command, CommandContext, ParsedArgs } from '../command.js';
import type { OutputFormat } from '../../output-formats.js';

const TEXT = {
  ru: {
    noInputs: 'не указан ни один файл. Пример: plangraf report план.yaml --as-of 30.09.2022',
    noAsOf: 'не указана дата отчёта: --as-of ДАТА (например, --as-of 30.09.2022)',
    badAsOf: (s: string, why: string) => `--as-of: «${s}» — ${why === 'impossible' ? 'такой даты нет' : 'не дата'} (пишите 30.09.2022 или 2022-09-30)`,
    badFormat: (f: string) => unknownFormatMessage('ru', f, PAGE_FORMATS),
    badNow: (s: string) => `--now: «${s}» — не дата ISO 8601 (например, 2022-09-30T00:00:00Z)`,
    pdfaWithoutPdf: '--pdfa относится к PDF: добавьте pdf в --format',
    regionNeedsOut: 'отчёты по нескольким файлам (и сводная таблица) пишутся в папку: укажите --out DIR',
    noTemplates: (d: string) => `--templates: папки «${d}» нет. Заготовку создаёт plangraf templates ${d}`,
    line: (f: string, t: Tally) => `${f}: мероприятий ${t.total}, выполнено ${t.done}${t.percentDone === undefined ? '' : ` (${t.percentDone} %)`}, выполняется ${t.inProgress}, просрочено ${t.overdue}${t.noDeadline > 0 ? `, без срока ${t.noDeadline}` : ''}`,
    wrote: (p: string) => `записан: ${p}`,
    notWritten: (f: string) => `${f}: отчёт не записан из-за ошибок`,
    notWrittenStrict: (f: string) => `${f}: отчёт не записан (--strict: есть предупреждения)`,
    noSummary: (n: number) => `сводная таблица не записана: не собраны отчёты по ${n} ${n % 10 === 1 && n % 100 !== 11 ? 'файлу' : 'файлам'}`,
    nothing: 'не найдено ни одного файла плана',
  },
  en: {
    noInputs: 'no file given. Example: plangraf report plan.yaml --as-of 2022-09-30',
    noAsOf: 'no report date: --as-of DATE (e.g. --as-of 2022-09-30)',
    badAsOf: (s: string, why: string) => `--as-of: '${s}' is ${why === 'impossible' ? 'a date that does not exist' : 'not a date'} (write 2022-09-30 or 30.09.2022)`,
    badFormat: (f: string) => unknownFormatMessage('en', f, PAGE_FORMATS),
    badNow: (s: string) => `--now: '${s}' is not an ISO 8601 date (e.g. 2022-09-30T00:00:00Z)`,
    pdfaWithoutPdf: '--pdfa is about the PDF: add pdf to --format',
    regionNeedsOut: 'reports of several files (and the summary table) go into a folder: give --out DIR',
    noTemplates: (d: string) => `--templates: there is no folder '${d}'. Create one with plangraf templates ${d}`,
    line: (f: string, t: Tally) => `${f}: ${t.total} rows, done ${t.done}${t.percentDone === undefined ? '' : ` (${t.percentDone} %)`}, in progress ${t.inProgress}, overdue ${t.overdue}${t.noDeadline > 0 ? `, no deadline ${t.noDeadline}` : ''}`,
    wrote: (p: string) => `wrote ${p}`,
    notWritten: (f: string) => `${f}: no report written because of errors`,
    notWrittenStrict: (f: string) => `${f}: no report written (--strict: there are warnings)`,
    noSummary: (n: number) => `the summary table was not written: ${n} ${n === 1 ? 'file was' : 'files were'} not reported`,
    nothing: 'no roadmap file found',
  },
};

export const reportCommand: Command = {
  name: 'report',
  summary: { ru: 'отчёт о ходе реализации плана на дату (и сводка по региону)', en: 'a report on how the plan stands on a date (and a region summary)' },
  usage: `report <inputs…> --as-of DATE [${formatOption(PAGE_FORMATS)}] [--pdfa] [--out DIR] [--templates DIR] [--now ISO] [--strict] [--extends-root DIR]`,
  options: {
    'as-of': { type: 'string' },
    format: { type: 'string', short: 'f', multiple: true },
    pdfa: { type: 'boolean' },
    out: { type: 'string', short: 'o' },
    templates: { type: 'string', short: 't' },
    now: { type: 'string' },
    strict: { type: 'boolean' },
    ...EXTENDS_ROOT_OPTION,
  },
  help: {
    ru: [
      'Собирает «Информацию о ходе реализации плана-графика по состоянию на» дату: статус каждой',
      'строки (execution: в файле плана), просроченные мероприятия, процент выполнения по',
      'разделам и в целом. Вход — файл плана или архивный PDF (render --pdfa) с планом внутри.',
      'По папке региона (или нескольким файлам) — отчёт по каждому муниципалитету и сводная',
      'таблица: муниципалитет × выполнено / выполняется / просрочено / всего.',
      '',
      '  --as-of DATE         дата отчёта: 30.09.2022 или 2022-09-30 (обязательно)',
      ...formatOptionHelp('ru', 23, PAGE_FORMATS),
      '  --pdfa               PDF как архивный PDF/A-3b с планом внутри',
      '  --out DIR            папка результатов (для нескольких файлов обязательно)',
      '  --templates DIR      папка своих шаблонов формулировок (report-*.hbs, region-summary-*.hbs)',
      '  --now ISO            время создания, записываемое в файлы (по умолчанию дата отчёта)',
      '  --strict             считать предупреждения ошибками',
      '  --extends-root DIR   папка, из которой можно брать основы (extends)',
    ].join('\n'),
    en: [
      'Makes the report on how the plan stands on a date («Информация о ходе реализации',
      'плана-графика по состоянию на …»): each row\'s status (execution: in the roadmap), overdue',
      'rows, % done per section and in total. Input: a roadmap file or an archival PDF (render',
      '--pdfa) carrying one. For a region\'s folder (or several files): a report per municipality',
      'and a summary table municipality × done / in progress / overdue / total.',
      '',
      '  --as-of DATE         the report date: 2022-09-30 or 30.09.2022 (required)',
      ...formatOptionHelp('en', 23, PAGE_FORMATS),
      '  --pdfa               the PDF as an archival PDF/A-3b carrying the roadmap',
      '  --out DIR            output folder (required for several files)',
      '  --templates DIR      your wording templates (report-*.hbs, region-summary-*.hbs)',
      '  --now ISO            creation time written into the files (default: the report date)',
      '  --strict             treat warnings as errors',
      '  --extends-root DIR   folder that bases (extends) may come from',
    ].join('\n'),
  },
  exits: {
    [EXIT.ok]: { ru: 'отчёты записаны', en: 'the reports were written' },
    [EXIT.inputErrors]: { ru: 'ошибки во входных данных (или предупреждения при --strict); в PDF нет плана', en: 'input errors (or warnings with --strict); a PDF carries no roadmap' },
    [EXIT.io]: { ru: 'ошибка чтения или записи файлов', en: 'files could not be read or written' },
  },
  run: runReport,
};

interface Reported {
  shown: string;
  name: string;
  municipality: string;
  tally: Tally;
  docs: Partial<Record<OutputFormat, Uint8Array>>;
}

async function runReport(ctx: CommandContext, args: ParsedArgs): Promise<number> {
  const t = TEXT[ctx.lang];
  const usage = (msg: string) => {
    ctx.err(`plangraf report: ${msg}\n`);
    return EXIT.usage;
  };
  if (args.positionals.length === 0) return usage(t.noInputs);
  const asOfText = args.values['as-of'];
  if (typeof asOfText !== 'string' || asOfText.trim() === '') return usage(t.noAsOf);
  const asOfDate = parseWrittenDate(asOfText);
  if (!asOfDate.ok) return usage(t.badAsOf(asOfText, asOfDate.reason));
  const asOf = asOfDate.iso;
  // The report is a document without a plan-graph: the formats that print pages.
  const formats = parseFormatList(args.values.format, PAGE_FORMATS);
  if (typeof formats === 'string') return usage(t.badFormat(formats));
  const pdfa = args.values.pdfa === true;
  if (pdfa && !formats.includes('pdf')) return usage(t.pdfaWithoutPdf);
  const now = args.values.now;
  if (now !== undefined && (typeof now !== 'string' || Number.isNaN(Date.parse(now)))) return usage(t.badNow(String(now)));
  const strict = args.values.strict === true;
  const templates = typeof args.values.templates === 'string' ? path.resolve(ctx.cwd, args.values.templates) : undefined;
  if (templates !== undefined && !(await stat(templates).then((s) => s.isDirectory(), () => false))) return usage(t.noTemplates(String(args.values.templates)));
  const extendsRoot = await extendsRootOption(ctx.cwd, args.values['extends-root'], ctx.lang);
  if ('usage' in extendsRoot) return usage(extendsRoot.usage);

  const expanded = await expandInputs(args.positionals.map((p) => p), ctx.cwd);
  // PDFs named on the command line are inputs too (a folder is searched for YAML only).
  const region = args.positionals.length > 1 || expanded.candidates.some((c) => !c.explicit);
  const out = typeof args.values.out === 'string' ? path.resolve(ctx.cwd, args.values.out) : undefined;
  if (region && out === undefined) return usage(t.regionNeedsOut);

  let exit: number = EXIT.ok;
  const worse = (code: number) => {
    if (rank(code) > rank(exit)) exit = code;
  };
  for (const m of expanded.missing) {
    print(ctx, [readFailureDiagnostic(m.error, m.input, ctx.lang)], undefined);
    worse(EXIT.io);
  }
  const shownOf = (f: string) => path.relative(ctx.cwd, f) || f;

  // Load every input first: the bases other inputs extend are left out (as in batch).
  const loaded = [];
  const bases = new Set<string>();
  for (const c of expanded.candidates) {
    const root = extendsRoot.root ?? c.root;
    const result = await loadRoadmapSource(c.file, { lang: ctx.lang, extendsRoot: root });
    for (const b of result.bases ?? []) bases.add(path.resolve(ctx.cwd, b.path));
    loaded.push({ candidate: c, result });
  }
  const inputs = loaded.filter((l) => l.candidate.explicit || !bases.has(l.candidate.file));
  if (inputs.length === 0) {
    ctx.err(`plangraf report: ${t.nothing}\n`);
    return exit === EXIT.ok ? EXIT.inputErrors : exit;
  }

  const { renderStatusReport } = await import('../../execution/render-report.js');
  const reported: Reported[] = [];
  let failed = 0;
  for (const { candidate, result } of inputs) {
    const shown = shownOf(candidate.file);
    const source: SourceLookup = loadedSources(result, result.file, () => undefined);
    const relocate = (d: Diagnostic): Diagnostic => ({ ...d, file: d.file.startsWith(candidate.file) ? shown + d.file.slice(candidate.file.length) : path.isAbsolute(d.file) ? shownOf(d.file) : d.file });
    print(ctx, result.diagnostics, source, relocate);
    if (!result.roadmap || blocks(result.diagnostics, strict)) {
      ctx.err(`${hasError(result.diagnostics) ? t.notWritten(shown) : t.notWrittenStrict(shown)}\n`);
      worse(result.diagnostics.some((d) => d.severity === 'error' && d.code.startsWith('io-')) ? EXIT.io : EXIT.inputErrors);
      failed++;
      continue;
    }
    const archived = pdfa ? await roadmapSourceBytes(result, result.from === 'yaml' ? candidate.file : undefined) : undefined;
    const r = await renderStatusReport(result.roadmap, {
      asOf, formats, lang: ctx.lang,
      ...(typeof now === 'string' ? { now } : {}),
      ...(templates !== undefined ? { templates } : {}),
      ...(pdfa ? { pdfa: archived ? { source: archived } : {} } : {}),
    });
    print(ctx, r.diagnostics, source, relocate);
    if (blocks(r.diagnostics, strict)) {
      ctx.err(`${hasError(r.diagnostics) ? t.notWritten(shown) : t.notWrittenStrict(shown)}\n`);
      worse(EXIT.inputErrors);
      failed++;
      continue;
    }
    const name = path.basename(candidate.file).replace(/\.(ya?ml|pdf)$/i, '');
    reported.push({
      shown, name, municipality: result.roadmap.municipality ?? name, tally: r.assessment.tally,
      docs: Object.fromEntries(formats.flatMap((f) => (r[f] ? [[f, r[f]]] : []))),
    });
    ctx.out(`${t.line(shown, r.assessment.tally)}\n`);
  }

  const stamp = asOf;
  const write = async (target: string, bytes: Uint8Array): Promise<void> => {
    try {
      await writeFileAtomically(target, bytes, ctx.outputIo);
      ctx.out(`${t.wrote(shownOf(target))}\n`);
    } catch (e) {
      print(ctx, [writeFailure(e, ctx.lang, ctx.cwd, target)], undefined);
      worse(EXIT.io);
    }
  };
  // Folder names: the municipality, made safe for a file name; the file's name when two share one.
  const folders = new Map<Reported, string>();
  const count = new Map<string, number>();
  for (const r of reported) count.set(cleanValue(r.municipality).toLowerCase(), (count.get(cleanValue(r.municipality).toLowerCase()) ?? 0) + 1);
  for (const r of reported) {
    const m = cleanValue(r.municipality);
    folders.set(r, (count.get(m.toLowerCase()) ?? 0) > 1 || m === '' || /^\.+$/.test(m) ? cleanValue(r.name) : m);
  }
  for (const r of reported) {
    for (const format of formats) {
      const bytes = r.docs[format];
      if (!bytes) continue;
      const input = inputs.find((i) => shownOf(i.candidate.file) === r.shown)!.candidate.file;
      const target = region
        ? path.join(out!, folders.get(r)!, `report-${stamp}.${format}`)
        : path.join(out ?? path.dirname(input), `${r.name}-report-${stamp}.${format}`);
      await write(target, bytes);
    }
  }

  if (region) {
    if (failed > 0 || expanded.missing.length > 0) {
      ctx.err(`${t.noSummary(failed + expanded.missing.length)}\n`);
    } else {
      const { composeRegionSummary, regionSummary } = await import('../../execution/region-summary.js');
      const { loadTemplates } = await import('../../templates/load.js');
      const lib = loadTemplates({ ...(templates !== undefined ? { dir: templates } : {}), lang: ctx.lang });
      const summary = regionSummary(asOf, reported.map((r) => ({ name: r.municipality, tally: r.tally })));
      const { model, diagnostics } = composeRegionSummary(summary, { lang: ctx.lang, templates: lib.templates, ...(typeof now === 'string' ? { now } : {}) });
      print(ctx, [...lib.diagnostics, ...diagnostics], undefined);
      if (blocks([...lib.diagnostics, ...diagnostics], strict)) worse(EXIT.inputErrors);
      else {
        const { writeDocument } = await import('../../writers.js');
        for (const format of formats) {
          const { bytes, diagnostics: said } = await writeDocument(format, model, { lang: ctx.lang, ...(pdfa ? { pdfa: {} } : {}) });
          print(ctx, said, undefined);
          if (bytes) await write(path.join(out!, `summary-${stamp}.${format}`), bytes);
        }
        ctx.out(`${t.line(ctx.lang === 'ru' ? `итого на ${formatDate(asOf, 'numeric')}` : `total on ${asOf}`, summary.total)}\n`);
      }
    }
  }
  if (failed > 0) worse(EXIT.inputErrors);
  return exit;
}

function hasError(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

function blocks(diagnostics: readonly Diagnostic[], strict: boolean): boolean {
  return diagnostics.some((d) => d.severity === 'error' || (strict && d.severity === 'warning'));
}

function rank(code: number): number {
  return code === EXIT.internal ? 4 : code === EXIT.io ? 3 : code === EXIT.usage ? 2 : code === EXIT.inputErrors ? 1 : 0;
}

/** Diagnostics with their source lines (looked up by the file they name), shown with `relocate`'s file names. */
function print(ctx: CommandContext, diagnostics: readonly Diagnostic[], source: SourceLookup | undefined, relocate: (d: Diagnostic) => Diagnostic = (d) => d): void {
  if (diagnostics.length === 0) return;
  const text = diagnostics.map((d) => formatDiagnostic(relocate(d), typeof source === 'function' ? source(d) : source, { color: ctx.color, lang: ctx.lang }));
  ctx.err(`${text.join('\n\n')}\n`);
}
