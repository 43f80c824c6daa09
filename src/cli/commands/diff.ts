/**
 * `plangraf diff OLD NEW [--format text|json] [--document docx,pdf] [--out DIR] [--now ISO]
 *  [--templates DIR] [--extends-root DIR]`: what changed between two versions of a roadmap.
 *
 * Both files are loaded as `validate` loads them (with their `extends` bases), or are archival
 * PDFs (`render --pdfa`) whose embedded roadmap is loaded (loadRoadmapSource); a file with errors
 * is reported and nothing is compared (exit 1, or 3 when it cannot be read). The difference is
 * printed on standard output — for people (Russian, or English with --lang en) or as JSON (the
 * versioned contract of src/versions/diff-json.ts) — and diagnostics on standard error. Two files
 * that are no versions of one plan (almost no row matches) get `diff-unrelated` instead of a
 * row-by-row difference (exit 1). `--document` also writes the change sheet «Изменения в
 * план-график» (`<out>/<NEW>-changes.docx|pdf`, beside NEW by default), atomically.
 *
 * Exit codes: 0 compared (differences or none), 1 a file has errors or the two are unrelated,
 * 2 wrong usage, 3 a file could not be read or the change sheet not written.
 */
import * as nodeFs from 'node:fs/promises';
import * as path from 'node:path';
import { EXIT, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { formatDiagnostic, loadedSources, terminalJson } from '../../diagnostics/format.js';
import { loadRoadmapSource } from '../../archive/roadmap-source.js';
import { DEFAULT_LIMITS, nodeHostNames, nodeLoadHost, type LoadResult } from '../../load/index.js';
import { writeFileAtomically } from '../../output/atomic-write.js';
import { shownPath } from '../../output/io-failure.js';
import { EXTENDS_ROOT_OPTION, extendsRootOption } from '../extends-root.js';
import { writeFailure } from '../messages.js';
import type { Command, CommandContext, ParsedArgs } from '../command.js';
import { parseFormats } from './render.js';

const TEXT = {
  ru: {
    twoFiles: 'нужны два файла: прежняя и новая версия. Пример: plangraf diff план-2022.yaml план-2023.yaml',
    badFormat: (f: string) => `--format: неизвестный вид вывода «${f}»; допустимы text, json`,
    badDocument: (f: string) => `--document: неизвестный формат «${f}»: допустимы docx, pdf`,
    badNow: (s: string) => `--now: «${s}» — не дата ISO 8601 (например, 2022-02-14T00:00:00Z)`,
    noTemplates: (d: string) => `--templates: папки «${d}» нет. Заготовку создаёт plangraf templates ${d}`,
    notCompared: 'версии не сравнивались из-за ошибок',
    noSheet: 'лист изменений не записан: версии почти не совпадают',
    wrote: (p: string) => `записан: ${p}`,
  },
  en: {
    twoFiles: 'give two files: the previous and the new version. Example: plangraf diff plan-2022.yaml plan-2023.yaml',
    badFormat: (f: string) => `--format: unknown output '${f}'; use text or json`,
    badDocument: (f: string) => `--document: unknown format '${f}': use docx, pdf`,
    badNow: (s: string) => `--now: '${s}' is not an ISO 8601 date (e.g. 2022-02-14T00:00:00Z)`,
    noTemplates: (d: string) => `--templates: there is no folder '${d}'. Create one with plangraf templates ${d}`,
    notCompared: 'the versions were not compared because of errors',
    noSheet: 'no change sheet written: the versions have almost nothing in common',
    wrote: (p: string) => `wrote ${p}`,
  },
};

export const diffCommand: Command = {
  name: 'diff',
  summary: { ru: 'сравнить две версии плана; лист изменений DOCX и PDF', en: 'compare two versions of a roadmap; a change sheet as DOCX and PDF' },
  usage: 'diff <old> <new> [--format text|json] [--document docx,pdf] [--out DIR] [--now ISO] [--templates DIR] [--extends-root DIR]',
  options: {
    format: { type: 'string', short: 'f' },
    document: { type: 'string', short: 'd', multiple: true },
    out: { type: 'string', short: 'o' },
    now: { type: 'string' },
    templates: { type: 'string', short: 't' },
    ...EXTENDS_ROOT_OPTION,
  },
  help: {
    ru: [
      'Сравнивает прежнюю и новую версию плана: строки добавленные, исключённые, перемещённые',
      '(в другой раздел или в другом порядке) и изменённые (задача, срок, исполнители, результат,',
      'информационное сопровождение, дополнительные столбцы, номер), сдвиг сроков в днях; разделы',
      'добавленные, исключённые, переименованные. Строки сопоставляются по id, а строки без id — по',
      'тексту мероприятия (так и сообщается). Версия — файл плана YAML или архивный PDF со встроенным',
      'планом (plangraf render --pdfa).',
      '',
      '  --format text|json     вид вывода: для человека (по умолчанию) или JSON для программ',
      '  --document docx,pdf    записать и лист «Изменения в план-график» (<out>/<новый>-changes.*)',
      '  --out DIR              папка для листа изменений (по умолчанию — папка новой версии)',
      '  --now ISO              время создания, записываемое в лист (по умолчанию дата новой версии)',
      '  --templates DIR        папка своих шаблонов формулировок (change-sheet-*.hbs)',
      '  --extends-root DIR     папка, из которой можно брать основы (extends)',
    ].join('\n'),
    en: [
      'Compares the previous and the new version of a roadmap: rows added, removed, moved (to',
      'another section or out of order) and changed (task, deadline, executors, result, info, extra',
      'columns, number), deadlines shifted in days; sections added, removed, renamed. Rows are',
      'matched by id, rows without ids by their task text (and reported so). A version is a roadmap',
      'YAML file or an archival PDF carrying its roadmap (plangraf render --pdfa).',
      '',
      '  --format text|json     output for people (default) or JSON for programs',
      '  --document docx,pdf    also write the change sheet (<out>/<new>-changes.*)',
      '  --out DIR              folder of the change sheet (default: the new version’s folder)',
      '  --now ISO              creation time written into the sheet (default: the new version’s date)',
      '  --templates DIR        folder of your wording templates (change-sheet-*.hbs)',
      '  --extends-root DIR     folder that bases (extends) may come from',
    ].join('\n'),
  },
  exits: {
    [EXIT.ok]: { ru: 'сравнено (есть различия или нет)', en: 'compared (with differences or without)' },
    [EXIT.inputErrors]: { ru: 'в файле ошибки, в PDF нет встроенного плана, или версии почти не совпадают (diff-unrelated)', en: 'a file has errors, a PDF carries no roadmap, or the versions have almost nothing in common (diff-unrelated)' },
    [EXIT.io]: { ru: 'файл не прочитан или лист изменений не записан', en: 'a file could not be read, or the change sheet could not be written' },
  },
  run: runDiff,
};

async function runDiff(ctx: CommandContext, args: ParsedArgs): Promise<number> {
  const t = TEXT[ctx.lang];
  const usage = (msg: string) => {
    ctx.err(`plangraf diff: ${msg}\n`);
    return EXIT.usage;
  };
  if (args.positionals.length !== 2) return usage(t.twoFiles);
  const format = args.values.format ?? 'text';
  if (format !== 'text' && format !== 'json') return usage(t.badFormat(String(format)));
  const documents = args.values.document === undefined ? [] : parseFormats(args.values.document);
  if (typeof documents === 'string') return usage(t.badDocument(documents));
  const now = args.values.now;
  if (now !== undefined && (typeof now !== 'string' || Number.isNaN(Date.parse(now)))) return usage(t.badNow(String(now)));
  const templates = typeof args.values.templates === 'string' ? path.resolve(ctx.cwd, args.values.templates) : undefined;
  if (templates !== undefined && !(await nodeFs.stat(templates).then((s) => s.isDirectory(), () => false))) return usage(t.noTemplates(String(args.values.templates)));
  const extendsRoot = await extendsRootOption(ctx.cwd, args.values['extends-root'], ctx.lang);
  if ('usage' in extendsRoot) return usage(extendsRoot.usage);

  const host = {
    readFile: (p: string, o?: { maxBytes?: number }) => ctx.fs.readFile(path.resolve(ctx.cwd, p), { maxBytes: o?.maxBytes ?? DEFAULT_LIMITS.fileBytes }),
    realPath: (p: string) => nodeLoadHost.realPath!(path.resolve(ctx.cwd, p)),
    names: nodeHostNames(() => ctx.cwd),
  };
  const [oldFile, newFile] = args.positionals as [string, string];
  // Either may be an archival PDF (`render --pdfa`): the roadmap it carries is compared, and its
  // diagnostics name it `old.pdf#roadmap.yaml`.
  const load = (file: string) => loadRoadmapSource(file, { lang: ctx.lang, host, ...(extendsRoot.root !== undefined ? { extendsRoot: extendsRoot.root } : {}) });
  const loaded = [await load(oldFile), await load(newFile)] as const;
  const errors = loaded.flatMap((l) => errorsOf(l).map((d) => ({ d, source: loadedSources(l, l.file) })));
  if (errors.length > 0 || !loaded[0].roadmap || !loaded[1].roadmap) {
    printDiagnostics(ctx, errors);
    ctx.err(`${t.notCompared}\n`);
    return errors.some(({ d }) => d.code.startsWith('io-')) ? EXIT.io : EXIT.inputErrors;
  }

  const { compareRoadmaps, diffDiagnostics, diffJson, formatDiffText } = await import('../../versions/index.js');
  const comparison = compareRoadmaps(loaded[0].roadmap, loaded[1].roadmap);
  const problems = diffDiagnostics(comparison, ctx.lang);
  ctx.out(format === 'json' ? `${terminalJson(diffJson(comparison), 2)}\n` : `${formatDiffText(comparison, ctx.lang)}\n`);
  printDiagnostics(ctx, problems.map((d) => ({ d, source: loadedSources(loaded[1], loaded[1].file) })));
  if (problems.some((d) => d.severity === 'error')) {
    if (documents.length > 0) ctx.err(`${t.noSheet}\n`);
    return EXIT.inputErrors;
  }
  if (documents.length === 0) return EXIT.ok;

  const { renderChangeSheet } = await import('../../versions/index.js');
  const sheet = await renderChangeSheet(comparison, {
    formats: documents, lang: ctx.lang, ...(now !== undefined ? { now } : {}), ...(templates !== undefined ? { templates } : {}),
  });
  const sheetErrors = sheet.diagnostics.filter((d) => d.severity === 'error');
  if (sheetErrors.length > 0) {
    printDiagnostics(ctx, sheetErrors.map((d) => ({ d, source: undefined })));
    return EXIT.inputErrors;
  }
  const outDir = typeof args.values.out === 'string' ? path.resolve(ctx.cwd, args.values.out) : path.dirname(path.resolve(ctx.cwd, newFile));
  const name = path.basename(newFile).replace(/\.(ya?ml|pdf)$/i, '');
  // Progress goes where it does not mix with the JSON on standard output.
  const say = format === 'json' ? ctx.err : ctx.out;
  for (const f of documents) {
    const bytes = sheet[f];
    if (!bytes) continue;
    const target = path.join(outDir, `${name}-changes.${f}`);
    try {
      await writeFileAtomically(target, bytes, ctx.outputIo);
      say(`${t.wrote(shownPath(target, ctx.cwd))}\n`);
    } catch (e) {
      printDiagnostics(ctx, [{ d: writeFailure(e, ctx.lang, ctx.cwd, target), source: undefined }]);
      return EXIT.io;
    }
  }
  return EXIT.ok;
}

function errorsOf(l: LoadResult): Diagnostic[] {
  return l.diagnostics.filter((d) => d.severity === 'error');
}

function printDiagnostics(ctx: CommandContext, list: readonly { d: Diagnostic; source: ((d: Diagnostic) => string | undefined) | undefined }[]): void {
  if (list.length === 0) return;
  const shown = (file: string) => (path.isAbsolute(file) ? path.relative(ctx.cwd, file) || file : file);
  ctx.err(`${list.map(({ d, source }) => formatDiagnostic({ ...d, file: shown(d.file) }, source?.(d), { color: ctx.color, lang: ctx.lang })).join('\n\n')}\n`);
}
