/**
 * The end of a batch for people and machines: `report.json` (the `BatchReport` as is) and a
 * readable `report.md` in the output folder, and the summary lines the CLI prints.
 */
import * as path from 'node:path';
import { visible } from '../diagnostics/format.js';
import type { Diagnostic, Language } from '../diagnostics/diagnostic.js';
import { NODE_OUTPUT_IO, writeFileAtomically, type OutputIo } from '../output/atomic-write.js';
import { pluralEn, pluralRu, secondsText } from '../text/quantities.js';
import type { BatchReport, InputResult } from './types.js';

export const REPORT_JSON = 'report.json';
export const REPORT_MD = 'report.md';

/** Errors of a failed input the summary lists; the rest are counted. */
export const SUMMARY_ERRORS = 3;

const WORDS = {
  ru: {
    title: 'Отчёт о пакетной сборке', rendered: 'собрано', failed: 'с ошибками', skipped: 'без изменений (пропущено)', warnings: 'предупреждений',
    time: 'время', jobs: 'потоков', input: 'Входной файл', status: 'Итог', outputs: 'Результаты',
    statusWord: { rendered: 'собран', failed: 'ошибка', skipped: 'пропущен' },
    failures: 'Ошибки',
    inputs: (n: number) => pluralRu(n, 'файл', 'файла', 'файлов'),
    more: (n: number) => `и ещё ${pluralRu(n, 'ошибка', 'ошибки', 'ошибок')}`,
    validate: (cmd: string) => `все сообщения с местом в файле и подсказками: ${cmd}`,
    hint: 'подсказка',
  },
  en: {
    title: 'Batch report', rendered: 'rendered', failed: 'failed', skipped: 'unchanged (skipped)', warnings: 'warnings',
    time: 'time', jobs: 'workers', input: 'Input', status: 'Status', outputs: 'Outputs',
    statusWord: { rendered: 'rendered', failed: 'failed', skipped: 'skipped' },
    failures: 'Failures',
    inputs: (n: number) => pluralEn(n, 'input', 'inputs'),
    more: (n: number) => `and ${pluralEn(n, 'more error', 'more errors')}`,
    validate: (cmd: string) => `every message with its place in the file and hints: ${cmd}`,
    hint: 'hint',
  },
} as const;

/** «file:line:col: message», the way the CLI prints a diagnostic on one line. */
export function diagnosticLine(d: Diagnostic): string {
  const where = d.line > 0 ? `${d.file}:${d.line}:${d.column}` : d.file;
  // Printed on a terminal: control characters of the input shown as escapes (format.ts).
  return visible(`${where}: [${d.code}] ${d.message}`);
}

export function firstError(r: InputResult): Diagnostic | undefined {
  return r.diagnostics.find((d) => d.severity === 'error') ?? r.diagnostics[0];
}

/** The errors of a failed input (or, if it has none, whatever it has). */
export function errorsOf(r: InputResult): Diagnostic[] {
  const errors = r.diagnostics.filter((d) => d.severity === 'error');
  return errors.length > 0 ? errors : r.diagnostics;
}

/** «и ещё 2 ошибки» after the first of a failed input's errors, for one-line progress output; '' with one error. */
export function moreErrors(r: InputResult, lang: Language): string {
  const n = errorsOf(r).length - 1;
  return n > 0 ? ` (${WORDS[lang].more(n)})` : '';
}

/**
 * The summary: a line of counts, then each failed input with up to `SUMMARY_ERRORS` of its errors,
 * how many more there are, and what to run to see them all with their places and hints.
 */
export function summaryLines(report: BatchReport, lang: Language): string[] {
  const w = WORDS[lang];
  const lines = [
    `${w.inputs(report.total)}: ${w.rendered} ${report.rendered}, ${w.failed} ${report.failed}, ${w.skipped} ${report.skipped}, ${w.warnings} ${report.warnings}; ${w.time} ${secondsText(report.ms, lang)}`,
  ];
  for (const r of report.results) {
    if (r.status !== 'failed') continue;
    const errors = errorsOf(r);
    const [first, ...rest] = errors.slice(0, SUMMARY_ERRORS);
    lines.push(`  ✗ ${r.input}${first ? ` — ${diagnosticLine(first)}` : ''}`);
    for (const d of rest) lines.push(`      ${diagnosticLine(d)}`);
    const hidden = errors.length - SUMMARY_ERRORS;
    // Problems found in the file itself are all shown, with their lines, by `plangraf validate`;
    // the batch's own (a collision, a foreign file) carry their hint.
    const inFile = errors.some((d) => !d.code.startsWith('batch-'));
    const validate = `plangraf validate ${shellWord(r.input)}`;
    const tail = [
      hidden > 0 ? w.more(hidden) : '',
      inFile ? w.validate(validate) : hidden <= 0 && first?.hint ? `${w.hint}: ${first.hint}` : '',
    ].filter(Boolean);
    if (tail.length) lines.push(`      ${tail.join('; ')}`);
  }
  return lines;
}

export function reportMarkdown(report: BatchReport, lang: Language): string {
  const w = WORDS[lang];
  const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const lines = [
    `# ${w.title}`,
    '',
    `plangraf ${report.version}, ${report.startedAt}, ${w.jobs}: ${report.jobs}, ${w.time}: ${secondsText(report.ms, lang)}.`,
    '',
    `- ${w.rendered}: ${report.rendered}`,
    `- ${w.failed}: ${report.failed}`,
    `- ${w.skipped}: ${report.skipped}`,
    `- ${w.warnings}: ${report.warnings}`,
    '',
    `| ${w.input} | ${w.status} | ${w.outputs} |`,
    '|---|---|---|',
    ...report.results.map((r) => `| ${cell(r.input)} | ${w.statusWord[r.status]} | ${cell(r.outputs.join(', '))} |`),
  ];
  const failed = report.results.filter((r) => r.status === 'failed');
  if (failed.length) {
    lines.push('', `## ${w.failures}`);
    for (const r of failed) {
      lines.push('', `### ${r.input}`, '');
      for (const d of errorsOf(r)) lines.push(`- \`${d.line > 0 ? `${d.file}:${d.line}:${d.column}` : d.file}\` [${d.code}] ${d.message}${d.hint ? ` ${d.hint}` : ''}`);
    }
  }
  // A text file ends with exactly one newline.
  return `${lines.join('\n')}\n`;
}

export async function writeReport(out: string, report: BatchReport, lang: Language, io: OutputIo = NODE_OUTPUT_IO): Promise<void> {
  await writeFileAtomically(path.join(out, REPORT_JSON), JSON.stringify(report, null, 2) + '\n', io);
  await writeFileAtomically(path.join(out, REPORT_MD), reportMarkdown(report, lang), io);
}

/** A path as one word of a shell command: quoted when it holds anything but plain characters. */
function shellWord(p: string): string {
  return /^[\p{L}\p{N}_\-./]+$/u.test(p) ? p : `'${p.replace(/'/g, `'\\''`)}'`;
}
