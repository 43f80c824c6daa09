/**
 * `plangraf import-status <plan.yaml> <filled.xlsx> [--dry-run] [--extends-root DIR]`: the
 * execution columns of a workbook that `render --format xlsx` wrote and someone filled in, written
 * into the roadmap file (src/status-import): only the `execution:` fields change, the rest of the
 * file stays byte for byte. Every problem of the workbook is reported at its sheet and cell, and
 * then nothing is written. `--dry-run` shows the changes and writes nothing.
 *
 * Exit code: 0 written (or nothing to change), 1 errors in the roadmap or the workbook (nothing
 * written), 2 wrong usage, 3 a file could not be read or written.
 */
import { realpath, stat, chmod } from 'node:fs/promises';
import * as path from 'node:path';
import { EXIT, type Diagnostic, type Language } from '../../diagnostics/diagnostic.js';
import { formatDiagnostics, loadedSources } from '../../diagnostics/format.js';
import { DEFAULT_LIMITS, nodeHostNames, nodeLoadHost } from '../../load/index.js';
import { readFailureDiagnostic } from '../../load/read-failure-diagnostic.js';
import { EXECUTION_STATUSES, EXECUTION_STATUS_WORDS, type ExecutionStatus } from '../../model/execution-status.js';
import { writeFileAtomically } from '../../output/atomic-write.js';
import type { StatusRowChange } from '../../status-import/import-status.js';
import { EXTENDS_ROOT_OPTION, extendsRootOption } from '../extends-root.js';
import { writeFailure } from '../messages.js';
import { pluralEn, pluralRu } from '../plural.js';
import type { Command, CommandContext, ParsedArgs } from '../command.js';

/** The status words of the one table (src/model/execution-status.ts), in its order. */
const STATUS_WORDS = EXECUTION_STATUSES.map((s) => EXECUTION_STATUS_WORDS[s]).join(', ');

const TEXT = {
  ru: {
    usage: 'нужны два файла: план (YAML) и заполненная таблица (XLSX). Пример: plangraf import-status план.yaml заполнено.xlsx',
    notXlsx: (f: string) => `второй файл — таблица XLSX, а «${f}» ею не назван (.xlsx)`,
    notWritten: (f: string) => `${f}: файл не изменён из-за ошибок`,
    nothing: (f: string) => `${f}: изменений нет`,
    dry: (f: string, n: string) => `${f}: будет изменено ${n} (--dry-run: файл не записан)`,
    wrote: (f: string, n: string) => `записан: ${f} — изменено ${n}`,
    fields: (fields: number, rows: number) => `${pluralRu(fields, 'поле', 'поля', 'полей')} в ${pluralRu(rows, 'строке', 'строках', 'строках')}`,
    row: (c: StatusRowChange) => `${c.key} (лист «${c.sheet}», строка ${c.row})${c.added ? ' — новая запись строки основы' : ''}:`,
    none: '(нет)',
  },
  en: {
    usage: 'give two files: the roadmap (YAML) and the filled-in workbook (XLSX). Example: plangraf import-status plan.yaml filled.xlsx',
    notXlsx: (f: string) => `the second file is the XLSX workbook, and '${f}' is not named as one (.xlsx)`,
    notWritten: (f: string) => `${f}: not changed because of errors`,
    nothing: (f: string) => `${f}: nothing to change`,
    dry: (f: string, n: string) => `${f}: would change ${n} (--dry-run: not written)`,
    wrote: (f: string, n: string) => `wrote ${f}: changed ${n}`,
    fields: (fields: number, rows: number) => `${pluralEn(fields, 'field', 'fields')} in ${pluralEn(rows, 'row', 'rows')}`,
    row: (c: StatusRowChange) => `${c.key} (sheet '${c.sheet}', row ${c.row})${c.added ? ': a new entry for a row of the base' : ''}:`,
    none: '(none)',
  },
} satisfies Record<Language, unknown>;

export const importStatusCommand: Command = {
  name: 'import-status',
  summary: { ru: 'перенести исполнение из заполненной таблицы XLSX в план', en: 'write the execution filled in an XLSX workbook into the roadmap' },
  usage: 'import-status <plan.yaml> <filled.xlsx> [--dry-run] [--extends-root DIR]',
  options: {
    'dry-run': { type: 'boolean', short: 'n' },
    ...EXTENDS_ROOT_OPTION,
  },
  help: {
    ru: [
      'Читает столбцы исполнения (Статус, Дата выполнения, Фактическое выполнение, Комментарий)',
      'таблицы, выгруженной командой plangraf render план.yaml --format xlsx и заполненной',
      'исполнителем, и вписывает их в план: в строки с тем же ID, в поля execution. Остальной',
      'текст файла (комментарии, порядок, отступы) не меняется. Пустая ячейка удаляет поле.',
      `Статус пишут словом из списка (${STATUS_WORDS}),`,
      'дату — датой. При любой ошибке в таблице файл не меняется.',
      '',
      '  --dry-run, -n         показать изменения, не записывая файл',
      '  --extends-root DIR    папка, из которой можно брать основы (extends); по умолчанию —',
      '                        папка файла и папки внутри неё',
    ].join('\n'),
    en: [
      'Reads the execution columns (Статус, Дата выполнения, Фактическое выполнение, Комментарий)',
      'of a workbook written by plangraf render plan.yaml --format xlsx and filled in, and writes',
      'them into the roadmap: into the rows with the same ID, as their execution fields. The rest',
      'of the file (comments, order, indentation) does not change. An empty cell removes the field.',
      'A status is a word of the list or its key',
      `(${EXECUTION_STATUSES.join(', ')}); a date is a date.`,
      'On any error in the workbook the file is left as it is.',
      '',
      '  --dry-run, -n         show the changes without writing the file',
      '  --extends-root DIR    folder that bases (extends) may come from; default: the file’s',
      '                        folder and the folders inside it',
    ].join('\n'),
  },
  exits: {
    [EXIT.ok]: { ru: 'исполнение записано (или менять нечего)', en: 'the execution was written (or there was nothing to change)' },
    [EXIT.inputErrors]: { ru: 'ошибки в плане или в таблице: файл не изменён', en: 'errors in the roadmap or the workbook: the file was not changed' },
    [EXIT.io]: { ru: 'файл не удалось прочитать или записать', en: 'a file could not be read or written' },
  },
  run: runImportStatus,
};

async function runImportStatus(ctx: CommandContext, args: ParsedArgs): Promise<number> {
  const t = TEXT[ctx.lang];
  const usage = (msg: string) => {
    ctx.err(`plangraf import-status: ${msg}\n`);
    return EXIT.usage;
  };
  if (args.positionals.length !== 2) return usage(t.usage);
  const [planFile, bookFile] = args.positionals as [string, string];
  if (!/\.xlsx$/i.test(bookFile)) return usage(t.notXlsx(bookFile));
  const extendsRoot = await extendsRootOption(ctx.cwd, args.values['extends-root'], ctx.lang);
  if ('usage' in extendsRoot) return usage(extendsRoot.usage);
  const dryRun = args.values['dry-run'] === true;
  const print = (diagnostics: Diagnostic[], sources?: (d: Diagnostic) => string | undefined) => {
    if (diagnostics.length > 0) ctx.err(`${formatDiagnostics(diagnostics, sources, { color: ctx.color, lang: ctx.lang })}\n`);
  };

  const { XLSX_LIMITS } = await import('../../status-import/xlsx-cells.js');
  let workbook: Uint8Array;
  try {
    workbook = await ctx.fs.readFile(path.resolve(ctx.cwd, bookFile), { maxBytes: XLSX_LIMITS.fileBytes });
  } catch (e) {
    const d = readFailureDiagnostic(e, bookFile, ctx.lang);
    print([d]);
    ctx.err(`${t.notWritten(planFile)}\n`);
    return d.code === 'limit-file-size' ? EXIT.inputErrors : EXIT.io;
  }
  const host = {
    readFile: (p: string, o?: { maxBytes?: number }) => ctx.fs.readFile(path.resolve(ctx.cwd, p), { maxBytes: o?.maxBytes ?? DEFAULT_LIMITS.fileBytes }),
    realPath: (p: string) => nodeLoadHost.realPath!(path.resolve(ctx.cwd, p)),
    names: nodeHostNames(() => ctx.cwd),
  };
  const { importStatus } = await import('../../status-import/import-status.js');
  const result = await importStatus(planFile, workbook, {
    lang: ctx.lang,
    host,
    workbookName: bookFile,
    ...(extendsRoot.root !== undefined ? { extendsRoot: extendsRoot.root } : {}),
  });
  print(result.diagnostics, loadedSources(result.load, planFile));
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    ctx.err(`${t.notWritten(planFile)}\n`);
    return errors.some((d) => /^(io|file)-/.test(d.code)) ? EXIT.io : EXIT.inputErrors;
  }
  for (const change of result.changes) ctx.out(changeLines(change, ctx.lang).join('\n') + '\n');
  const count = t.fields(result.changes.reduce((n, c) => n + c.fields.length, 0), result.changes.length);
  if (result.text === undefined) {
    ctx.out(`${t.nothing(planFile)}\n`);
    return EXIT.ok;
  }
  if (dryRun) {
    ctx.out(`${t.dry(planFile, count)}\n`);
    return EXIT.ok;
  }
  // Written where the file really is (a symbolic link stays one), with its permissions.
  const target = path.resolve(ctx.cwd, planFile);
  try {
    const real = await realpath(target);
    const mode = (await stat(real)).mode & 0o7777;
    await writeFileAtomically(real, new TextEncoder().encode(result.text), ctx.outputIo);
    await chmod(real, mode).catch(() => undefined);
  } catch (e) {
    print([writeFailure(e, ctx.lang, ctx.cwd, target)]);
    return EXIT.io;
  }
  ctx.out(`${t.wrote(planFile, count)}\n`);
  return EXIT.ok;
}

/** `r3-1 (лист «ПЛАН-ГРАФИК», строка 12):` then `  status: (нет) → done` per field. */
function changeLines(change: StatusRowChange, lang: Language): string[] {
  const t = TEXT[lang];
  const shown = (field: string, v: string | undefined) => {
    if (v === undefined) return t.none;
    const word = field === 'status' && lang === 'ru' ? ` (${EXECUTION_STATUS_WORDS[v as ExecutionStatus] ?? v})` : '';
    const one = v.replace(/\s+/g, ' ');
    return `${one.length > 60 ? `${one.slice(0, 59)}…` : one}${word}`;
  };
  return [t.row(change), ...change.fields.map((f) => `  ${f.field}: ${shown(f.field, f.from)} → ${shown(f.field, f.to)}`)];
}
