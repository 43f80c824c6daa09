/**
 * `plangraf validate <files…> [--format text|json] [--strict]`: load each file and report every
 * problem. Exit 0 when clean (warnings allowed), 1 on errors (or warnings with --strict),
 * 2 on wrong usage, 3 when a file cannot be read. `-` reads standard input.
 */
import { EXIT } from '../../diagnostics/diagnostic.js';
import { fileReport, type DiagnosticReport } from '../../diagnostics/report.js';
import { formatDiagnostics, loadedSources } from '../../diagnostics/format.js';
import { extendsRootFor } from '../extends-root.js';
import { LINT_RULES, loadRoadmapBytes, loadRoadmapFile, nodeLoadHost } from '../../load/index.js';
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
  usage: 'validate <files…> [--format text|json] [--strict]',
  options: {
    format: { type: 'string', short: 'f' },
    strict: { type: 'boolean' },
  },
  help: {
    ru: [
      'Проверяет каждый файл: синтаксис YAML, схему, сроки, исполнителей и другие правила.',
      'Вместо имени файла можно указать «-»: файл читается со стандартного ввода.',
      '',
      '  --format text|json   вид вывода: для человека (по умолчанию) или JSON для программ',
      '  --strict             считать предупреждения ошибками (код выхода 1)',
      '',
      'Коды выхода: 0 — ошибок нет; 1 — есть ошибки (или предупреждения при --strict);',
      '2 — неверные аргументы; 3 — файл не удалось прочитать.',
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
      '',
      'Exit codes: 0 no errors; 1 errors (or warnings with --strict); 2 usage; 3 a file could not be read.',
      '',
      'Lint rules (switch off in the file: lint: {code: off}; or set error, warning, info):',
      ...ruleLines('en'),
    ].join('\n'),
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
  const host = {
    readFile: (p: string) => ctx.fs.readFile(resolvePath(ctx.cwd, p)),
    realPath: (p: string) => nodeLoadHost.realPath!(resolvePath(ctx.cwd, p)),
  };
  const report: ValidateReport = { version: 1, ok: true, files: [] };
  let exit: number = EXIT.ok;
  for (const file of args.positionals) {
    let result: LoadResult;
    if (file === '-') {
      const bytes = ctx.readStdin ? await ctx.readStdin() : new Uint8Array();
      result = await loadRoadmapBytes(bytes, { lang: ctx.lang, file: '<stdin>' });
    } else {
      result = await loadRoadmapFile(file, { lang: ctx.lang, host, extendsRoot: extendsRootFor(ctx.cwd, resolvePath(ctx.cwd, file)) });
    }
    const entry = fileReport(file === '-' ? '<stdin>' : file, result.diagnostics, strict);
    const { ok, errors, warnings } = entry;
    report.files.push(entry);
    if (!ok) report.ok = false;
    const fileExit = result.diagnostics.some((d) => d.code.startsWith('io-')) ? EXIT.io : ok ? EXIT.ok : EXIT.inputErrors;
    if (fileExit === EXIT.io || (fileExit === EXIT.inputErrors && exit === EXIT.ok)) exit = fileExit;
    if (format === 'text') {
      if (result.diagnostics.length > 0) ctx.out(`${formatDiagnostics(result.diagnostics, loadedSources(result, file === '-' ? '<stdin>' : file), { color: ctx.color, lang: ctx.lang })}\n\n`);
      ctx.out(`${summary(file === '-' ? '<stdin>' : file, errors, warnings, ru)}\n`);
    }
  }
  if (format === 'json') ctx.out(`${JSON.stringify(report, null, 2)}\n`);
  return exit;
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

function resolvePath(cwd: string, p: string): string {
  return p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p) ? p : `${cwd.replace(/[\\/]$/, '')}/${p}`;
}
