/**
 * `plangraf validate <files…> [--format text|json] [--strict] [--templates DIR]`: load each file
 * and report every problem `render` would: loading's (syntax, schema, lint rules) and, for a file
 * that loads, composing's with the templates (`checkDocument`), without writing anything. Exit 0
 * when clean (warnings allowed), 1 on errors (or warnings with --strict), 2 on wrong usage, 3
 * when a file cannot be read. `-` reads standard input.
 */
import * as nodeFs from 'node:fs/promises';
import * as path from 'node:path';
import { EXIT, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { sortDiagnostics } from '../../diagnostics/create.js';
import { formatDiagnostics, loadedSources, terminalJson } from '../../diagnostics/format.js';
import { EXTENDS_ROOT_OPTION, extendsRootOption } from '../extends-root.js';
import { DEFAULT_LIMITS, LINT_RULES, loadRoadmapBytes, loadRoadmapFile, nodeHostNames, nodeLoadHost } from '../../load/index.js';
import { readFailureDiagnostic } from '../../load/read-failure-diagnostic.js';
import { fileReport, type DiagnosticReport } from '../../diagnostics/report.js';
import type { LoadResult } from '../../load/index.js';
import type { Command, CommandContext, ParsedArgs } from '../command.js';
import { pluralEn, pluralRu } from '../plural.js';

export type ValidateReport = DiagnosticReport;

function ruleLines(lang: 'ru' | 'en'): string[] {
  const width = Math.max(...LINT_RULES.map((r) => r.code.length));
  return LINT_RULES.map((r) => `  ${r.code.padEnd(width)}  ${r.severity.padEnd(7)}  ${r.description[lang]}`);
}

export const validateCommand: Command = {
  name: 'validate',
  summary: { ru: 'проверить файлы плана и показать все ошибки', en: 'check roadmap files and report every problem' },
  usage: 'validate <files…> [--format text|json] [--strict] [--templates DIR] [--extends-root DIR]',
  options: {
    format: { type: 'string', short: 'f' },
    strict: { type: 'boolean' },
    templates: { type: 'string', short: 't' },
    ...EXTENDS_ROOT_OPTION,
  },
  help: {
    ru: [
      'Проверяет каждый файл: синтаксис YAML, схему, сроки, исполнителей и другие правила.',
      'Вместо имени файла можно указать «-»: файл читается со стандартного ввода.',
      '',
      '  --format text|json   вид вывода: для человека (по умолчанию) или JSON для программ',
      '  --strict             считать предупреждения ошибками (код выхода 1)',
      '  --templates DIR      папка своих шаблонов, как у render: проверяются и они',
      '  --extends-root DIR   папка, из которой можно брать основы (extends); по умолчанию —',
      '                       папка файла и папки внутри неё',
      '',
      'Проверки (отключаются в файле: lint: {код: off}; уровень: error, warning, info):',
      ...ruleLines('ru'),
    ].join('\n'),
    en: [
      'Checks every file: YAML syntax, the schema, deadlines, executors and other rules.',
      'Give “-” instead of a file name to read standard input.',
      '',
      '  --format text|json   output for people (default) or JSON for programs',
      '  --strict             treat warnings as errors (exit code 1)',
      '  --templates DIR      your templates folder, as for render: checked as well',
      '  --extends-root DIR   folder that bases (extends) may come from; default: the file’s',
      '                       folder and the folders inside it',
      '',
      'Lint rules (switch off in the file: lint: {code: off}; or set error, warning, info):',
      ...ruleLines('en'),
    ].join('\n'),
  },
  exits: {
    [EXIT.ok]: { ru: 'ошибок нет (предупреждения допустимы, кроме --strict)', en: 'no errors (warnings allowed unless --strict)' },
    [EXIT.inputErrors]: { ru: 'есть ошибки (или предупреждения при --strict)', en: 'errors (or warnings with --strict)' },
    [EXIT.io]: { ru: 'файл не удалось прочитать', en: 'a file could not be read' },
  },
  run: runValidate,
};

async function runValidate(ctx: CommandContext, args: ParsedArgs): Promise<number> {
  const ru = ctx.lang === 'ru';
  const format = args.values.format ?? 'text';
  if (format !== 'text' && format !== 'json') {
    ctx.err(ru ? `plangraf validate: --format: неизвестный вид вывода „${String(format)}“; допустимы text, json\n` : `plangraf validate: --format: unknown output “${String(format)}”; use text or json\n`);
    return EXIT.usage;
  }
  if (args.positionals.length === 0) {
    ctx.err(ru ? 'plangraf validate: не указан ни один файл. Пример: plangraf validate план.yaml\n' : 'plangraf validate: no file given. Example: plangraf validate plan.yaml\n');
    return EXIT.usage;
  }
  const strict = args.values.strict === true;
  const templates = typeof args.values.templates === 'string' ? path.resolve(ctx.cwd, args.values.templates) : undefined;
  if (templates !== undefined && !(await isFolder(templates))) {
    const shown = String(args.values.templates);
    ctx.err(ru ? `plangraf validate: --templates: папки «${shown}» нет. Заготовку создаёт plangraf templates ${shown}\n` : `plangraf validate: --templates: there is no folder '${shown}'. Create one with plangraf templates ${shown}\n`);
    return EXIT.usage;
  }
  const extendsRoot = await extendsRootOption(ctx.cwd, args.values['extends-root'], ctx.lang);
  if ('usage' in extendsRoot) {
    ctx.err(`plangraf validate: ${extendsRoot.usage}\n`);
    return EXIT.usage;
  }
  const host = {
    readFile: (p: string, o?: { maxBytes?: number }) => ctx.fs.readFile(resolvePath(ctx.cwd, p), { maxBytes: o?.maxBytes ?? DEFAULT_LIMITS.fileBytes }),
    realPath: (p: string) => nodeLoadHost.realPath!(resolvePath(ctx.cwd, p)),
    names: nodeHostNames(() => ctx.cwd),
  };
  const report: ValidateReport = { version: 1, ok: true, files: [] };
  let exit: number = EXIT.ok;
  for (const file of args.positionals) {
    let result: LoadResult;
    if (file === '-') {
      result = await loadStdin(ctx, extendsRoot.root);
    } else {
      result = await loadRoadmapFile(file, { lang: ctx.lang, host, ...(extendsRoot.root !== undefined ? { extendsRoot: extendsRoot.root } : {}) });
    }
    // What render would find beyond loading: composing with the templates (loaded only when needed).
    let templateSource: ((d: Diagnostic) => string | undefined) | undefined;
    if (result.roadmap) {
      const { checkDocument } = await import('../../render.js');
      const check = checkDocument(result.roadmap, { lang: ctx.lang, ...(templates !== undefined ? { templates } : {}) });
      // A template's file as render shows it: relative to the working folder.
      const shown = check.diagnostics.map((d) => (path.isAbsolute(d.file) ? { ...d, file: path.relative(ctx.cwd, d.file) || d.file } : d));
      if (shown.length > 0) result = { ...result, diagnostics: sortDiagnostics([...result.diagnostics, ...shown]) };
      templateSource = (d) => (d.code.startsWith('template-') ? check.templateSource(path.resolve(ctx.cwd, d.file)) : undefined);
    }
    const entry = fileReport(file === '-' ? '<stdin>' : file, result.diagnostics, strict);
    const { ok, errors, warnings } = entry;
    report.files.push(entry);
    if (!ok) report.ok = false;
    const fileExit = result.diagnostics.some((d) => d.code.startsWith('io-')) ? EXIT.io : ok ? EXIT.ok : EXIT.inputErrors;
    if (fileExit === EXIT.io || (fileExit === EXIT.inputErrors && exit === EXIT.ok)) exit = fileExit;
    if (format === 'text') {
      if (result.diagnostics.length > 0) ctx.out(`${formatDiagnostics(result.diagnostics, loadedSources(result, file === '-' ? '<stdin>' : file, templateSource), { color: ctx.color, lang: ctx.lang })}\n\n`);
      ctx.out(`${summary(file === '-' ? '<stdin>' : file, errors, warnings, ru)}\n`);
    }
  }
  if (format === 'json') ctx.out(`${terminalJson(report, 2)}\n`);
  return exit;
}

/** Standard input, read up to the file size limit (an endless pipe is cut there and refused). */
async function loadStdin(ctx: CommandContext, extendsRoot: string | undefined): Promise<LoadResult> {
  let bytes: Uint8Array;
  try {
    bytes = ctx.readStdin ? await ctx.readStdin(DEFAULT_LIMITS.fileBytes) : new Uint8Array();
  } catch (e) {
    return { diagnostics: [readFailureDiagnostic(e, '<stdin>', ctx.lang)] };
  }
  // Bases of standard input are found from the working folder, as relative paths are.
  return loadRoadmapBytes(bytes, { lang: ctx.lang, file: '<stdin>', ...(extendsRoot !== undefined ? { extendsRoot } : {}) });
}

function summary(file: string, errors: number, warnings: number, ru: boolean): string {
  if (ru) {
    if (errors === 0 && warnings === 0) return `${file}: ошибок нет`;
    const parts = [errors ? pluralRu(errors, 'ошибка', 'ошибки', 'ошибок') : '', warnings ? pluralRu(warnings, 'предупреждение', 'предупреждения', 'предупреждений') : ''].filter(Boolean);
    return `${file}: ${parts.join(', ')}`;
  }
  if (errors === 0 && warnings === 0) return `${file}: no problems`;
  const parts = [errors ? pluralEn(errors, 'error', 'errors') : '', warnings ? pluralEn(warnings, 'warning', 'warnings') : ''].filter(Boolean);
  return `${file}: ${parts.join(', ')}`;
}

async function isFolder(dir: string): Promise<boolean> {
  try {
    return (await nodeFs.stat(dir)).isDirectory();
  } catch {
    return false;
  }
}

function resolvePath(cwd: string, p: string): string {
  return p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p) ? p : `${cwd.replace(/[\\/]$/, '')}/${p}`;
}
