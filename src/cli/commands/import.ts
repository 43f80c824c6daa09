/**
 * `plangraf import <plan.docx> [--out FILE|-] [--force]`: a plan-graph kept in Word → a roadmap
 * YAML (src/import). The report goes to standard error: what was not carried over (warnings) or
 * carried over in another form (notes), located by table, row and cell. The YAML is written next
 * to the DOCX (`plan.docx` → `plan.yaml`), to `--out`, or to standard output with `--out -`;
 * an existing file is not overwritten without `--force`. Then the YAML is loaded as `validate`
 * would: an error there (a date that does not exist, written so in the document) is shown at its
 * line of the YAML, and the exit code is 1.
 */
import * as path from 'node:path';
import { EXIT, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { formatDiagnostics } from '../../diagnostics/format.js';
import { importDocx, defaultYamlName } from '../../import/import-docx.js';
import { DEFAULT_IMPORT_LIMITS } from '../../import/limits.js';
import { readFailureDiagnostic } from '../../load/read-failure-diagnostic.js';
import { writeFileAtomically } from '../../output/atomic-write.js';
import { pluralEn, pluralRu } from '../plural.js';
import { writeFailure } from '../messages.js';
import type { Command, CommandContext } from '../command.js';

export const importCommand: Command = {
  name: 'import',
  summary: { ru: 'перенести план-график из документа Word (DOCX) в YAML', en: 'bring a plan-graph from a Word document (DOCX) into YAML' },
  usage: 'import <plan.docx> [--out FILE|-] [--force]',
  options: {
    out: { type: 'string', short: 'o' },
    force: { type: 'boolean' },
  },
  help: {
    ru: [
      'Читает таблицы плана-графика из документа Word и записывает файл плана (YAML),',
      'который собирается командой render. Столбцы узнаются по заголовкам («№ п/п»,',
      '«Наименование мероприятия», «Сроки реализации», «Ответственный исполнитель»,',
      '«Прогнозируемый результат», «Информационное сопровождение»; прочие — дополнительные),',
      'разделы и годы — по строкам на всю ширину таблицы, нумерация — по номерам в ячейках.',
      'Переносятся также гриф утверждения, заголовок и подпись. Отчёт о том, что не перенесено,',
      'с местом в документе («таблица 2, строка 12, ячейка 3») печатается в stderr.',
      '',
      '  --out FILE   куда записать YAML (по умолчанию рядом с документом: план.docx → план.yaml);',
      '               «-» — в стандартный вывод',
      '  --force      перезаписать существующий файл',
    ].join('\n'),
    en: [
      'Reads the plan-graph tables of a Word document and writes a roadmap file (YAML) that',
      'render turns into documents. Columns are recognised by their headers («№ п/п»,',
      '«Наименование мероприятия», «Сроки реализации», «Ответственный исполнитель»,',
      '«Прогнозируемый результат», «Информационное сопровождение»; others are extra columns),',
      'sections and years by rows spanning the table, the numbering by the numbers in the cells.',
      'The approval stamp, the title and the signature are imported too. A report of what was',
      'not, with its place in the document («table 2, row 12, cell 3»), goes to stderr.',
      '',
      '  --out FILE   where to write the YAML (default beside the document: plan.docx → plan.yaml);',
      '               «-» for standard output',
      '  --force      overwrite an existing file',
    ].join('\n'),
  },
  exits: {
    [EXIT.ok]: { ru: 'YAML записан (предупреждения и замечания допустимы)', en: 'the YAML was written (warnings and notes allowed)' },
    [EXIT.inputErrors]: {
      ru: 'документ не импортирован (не DOCX, повреждён, сверх предела, нет таблицы плана) или в записанном YAML есть ошибки',
      en: 'the document was not imported (not a DOCX, damaged, over a limit, no plan table), or the YAML written has errors',
    },
    [EXIT.io]: { ru: 'документ не прочитан или YAML не записан (файл уже есть — см. --force)', en: 'the document could not be read or the YAML written (the file exists: see --force)' },
  },
  async run(ctx, args) {
    const ru = ctx.lang === 'ru';
    if (args.positionals.length !== 1) {
      ctx.err(ru ? 'plangraf import: укажите один документ. Пример: plangraf import план.docx\n' : 'plangraf import: give one document. Example: plangraf import plan.docx\n');
      return EXIT.usage;
    }
    const input = args.positionals[0]!;
    const outArg = typeof args.values.out === 'string' ? args.values.out : undefined;
    if (outArg === '') {
      ctx.err(ru ? 'plangraf import: --out: укажите файл или «-»\n' : 'plangraf import: --out: give a file or «-»\n');
      return EXIT.usage;
    }
    const toStdout = outArg === '-';
    const target = toStdout ? undefined : path.resolve(ctx.cwd, outArg ?? defaultYamlName(input));
    const shownTarget = toStdout ? '<stdout>' : shown(ctx, target!);
    if (target !== undefined && target === path.resolve(ctx.cwd, input)) {
      ctx.err(ru ? `plangraf import: --out: ${shownTarget} — это сам документ; укажите другой файл\n` : `plangraf import: --out: ${shownTarget} is the document itself; give another file\n`);
      return EXIT.usage;
    }

    let bytes: Uint8Array;
    try {
      bytes = await ctx.fs.readFile(path.resolve(ctx.cwd, input), { maxBytes: DEFAULT_IMPORT_LIMITS.fileBytes });
    } catch (e) {
      const d = readFailureDiagnostic(e, input, ctx.lang);
      print(ctx, [d]);
      return d.code === 'limit-file-size' ? EXIT.inputErrors : EXIT.io;
    }
    const result = await importDocx(bytes, { file: input, yamlFile: toStdout ? 'roadmap.yaml' : shownTarget, lang: ctx.lang });
    print(ctx, result.diagnostics);
    if (result.yaml === undefined) return EXIT.inputErrors;

    if (toStdout) {
      // A full disk or a closed file behind standard output is said in words, exit 3 (a closed pipe: main.ts, 141).
      try {
        await ctx.writeStdout!(new TextEncoder().encode(result.yaml));
      } catch (e) {
        print(ctx, [writeFailure(e, ctx.lang, ctx.cwd, '-')]);
        return EXIT.io;
      }
    } else {
      if (!args.values.force && (await ctx.fs.exists(target!))) {
        ctx.err(ru
          ? `plangraf import: ${shownTarget} уже есть и не перезаписан. Укажите другой файл (--out) или перезапишите его: --force\n`
          : `plangraf import: ${shownTarget} exists and was not overwritten. Give another file (--out) or overwrite it: --force\n`);
        return EXIT.io;
      }
      try {
        await writeFileAtomically(target!, result.yaml, ctx.outputIo);
      } catch (e) {
        print(ctx, [writeFailure(e, ctx.lang, ctx.cwd, target!)]);
        return EXIT.io;
      }
    }
    const yamlErrors = result.yamlDiagnostics.filter((d) => d.severity === 'error');
    if (yamlErrors.length > 0) print(ctx, yamlErrors, result.yaml);
    const summary = summaryLine(result, toStdout ? undefined : shownTarget, ru);
    (toStdout ? ctx.err : ctx.out)(`${summary}\n`);
    return yamlErrors.length > 0 ? EXIT.inputErrors : EXIT.ok;
  },
};

function print(ctx: CommandContext, diagnostics: readonly Diagnostic[], source?: string): void {
  if (diagnostics.length > 0) ctx.err(`${formatDiagnostics(diagnostics, source, { color: ctx.color, lang: ctx.lang })}\n\n`);
}

function shown(ctx: CommandContext, file: string): string {
  const rel = path.relative(ctx.cwd, file);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
}

/**
 * «записан plan.yaml: 1 план, 42 мероприятия, 5 разделов; предупреждений: 2, замечаний: 5. Дальше:
 * plangraf render plan.yaml»; for standard output (`target` undefined) what went there.
 */
function summaryLine(result: Awaited<ReturnType<typeof importDocx>>, target: string | undefined, ru: boolean): string {
  const plans = result.document!.plans;
  const items = plans.reduce((n, p) => n + p.items, 0);
  const groups = plans.reduce((n, p) => n + p.groups, 0);
  const warnings = result.diagnostics.filter((d) => d.severity === 'warning').length;
  const notes = result.diagnostics.filter((d) => d.severity === 'info').length;
  const yamlErrors = result.yamlDiagnostics.filter((d) => d.severity === 'error').length;
  if (ru) {
    const parts = [pluralRu(plans.length, 'план', 'плана', 'планов'), pluralRu(items, 'мероприятие', 'мероприятия', 'мероприятий'), pluralRu(groups, 'раздел', 'раздела', 'разделов')];
    const report = [warnings ? `предупреждений: ${warnings}` : '', notes ? `замечаний: ${notes}` : ''].filter(Boolean).join(', ');
    const what = `${parts.join(', ')}${report ? `; ${report}` : ''}`;
    if (target === undefined) return `YAML выведен в стандартный вывод: ${what}.${yamlErrors > 0 ? ` В нём ${pluralRu(yamlErrors, 'ошибка', 'ошибки', 'ошибок')}.` : ''}`;
    const next = yamlErrors > 0 ? `Исправьте ${pluralRu(yamlErrors, 'ошибку', 'ошибки', 'ошибок')} в файле, затем plangraf render ${target}` : `Дальше: plangraf render ${target}`;
    return `записан ${target}: ${what}. ${next}`;
  }
  const parts = [pluralEn(plans.length, 'plan', 'plans'), pluralEn(items, 'item', 'items'), pluralEn(groups, 'section', 'sections')];
  const report = [warnings ? pluralEn(warnings, 'warning', 'warnings') : '', notes ? pluralEn(notes, 'note', 'notes') : ''].filter(Boolean).join(', ');
  const what = `${parts.join(', ')}${report ? `; ${report}` : ''}`;
  if (target === undefined) return `YAML written to standard output: ${what}.${yamlErrors > 0 ? ` It has ${pluralEn(yamlErrors, 'error', 'errors')}.` : ''}`;
  const next = yamlErrors > 0 ? `Fix ${pluralEn(yamlErrors, 'error', 'errors')} in the file, then plangraf render ${target}` : `Next: plangraf render ${target}`;
  return `wrote ${target}: ${what}. ${next}`;
}
