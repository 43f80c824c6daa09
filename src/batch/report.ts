/**
 * The end of a batch for people and machines: `report.json` (the `BatchReport` as is) and a
 * readable `report.md` in the output folder, and the summary lines the CLI prints.
 */
import * as path from 'node:path';
import { visible } from '../diagnostics/format.js';
import type { Diagnostic, Language } from '../diagnostics/diagnostic.js';
import { writeFileAtomically } from '../output/atomic-write.js';
import type { BatchReport, InputResult } from './types.js';

export const REPORT_JSON = 'report.json';
export const REPORT_MD = 'report.md';

const WORDS = {
  ru: {
    title: 'Отчёт о пакетной сборке', rendered: 'собрано', failed: 'с ошибками', skipped: 'без изменений (пропущено)', warnings: 'предупреждений',
    time: 'время', jobs: 'потоков', input: 'Входной файл', status: 'Итог', outputs: 'Результаты', first: 'Первая ошибка',
    statusWord: { rendered: 'собран', failed: 'ошибка', skipped: 'пропущен' },
    failures: 'Ошибки', total: 'файлов',
  },
  en: {
    title: 'Batch report', rendered: 'rendered', failed: 'failed', skipped: 'unchanged (skipped)', warnings: 'warnings',
    time: 'time', jobs: 'workers', input: 'Input', status: 'Status', outputs: 'Outputs', first: 'First error',
    statusWord: { rendered: 'rendered', failed: 'failed', skipped: 'skipped' },
    failures: 'Failures', total: 'inputs',
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

export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** The summary: one line of counts, then each failed input with its first diagnostic. */
export function summaryLines(report: BatchReport, lang: Language): string[] {
  const w = WORDS[lang];
  const lines = [
    `${report.total} ${w.total}: ${w.rendered} ${report.rendered}, ${w.failed} ${report.failed}, ${w.skipped} ${report.skipped}, ${w.warnings} ${report.warnings}; ${w.time} ${seconds(report.ms)}`,
  ];
  for (const r of report.results) {
    if (r.status !== 'failed') continue;
    const d = firstError(r);
    lines.push(`  ✗ ${r.input}${d ? ` — ${diagnosticLine(d)}` : ''}`);
  }
  return lines;
}

export function reportMarkdown(report: BatchReport, lang: Language): string {
  const w = WORDS[lang];
  const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const lines = [
    `# ${w.title}`,
    '',
    `plangraf ${report.version}, ${report.startedAt}, ${w.jobs}: ${report.jobs}, ${w.time}: ${seconds(report.ms)}.`,
    '',
    `- ${w.rendered}: ${report.rendered}`,
    `- ${w.failed}: ${report.failed}`,
    `- ${w.skipped}: ${report.skipped}`,
    `- ${w.warnings}: ${report.warnings}`,
    '',
    `| ${w.input} | ${w.status} | ${w.outputs} |`,
    '|---|---|---|',
    ...report.results.map((r) => `| ${cell(r.input)} | ${w.statusWord[r.status]} | ${cell(r.outputs.join(', '))} |`),
    '',
  ];
  const failed = report.results.filter((r) => r.status === 'failed');
  if (failed.length) {
    lines.push(`## ${w.failures}`, '');
    for (const r of failed) {
      lines.push(`### ${r.input}`, '');
      for (const d of r.diagnostics.filter((x) => x.severity === 'error')) lines.push(`- \`${d.line > 0 ? `${d.file}:${d.line}:${d.column}` : d.file}\` [${d.code}] ${d.message}${d.hint ? ` ${d.hint}` : ''}`);
      lines.push('');
    }
  }
  return lines.join('\n');
}

export async function writeReport(out: string, report: BatchReport, lang: Language): Promise<void> {
  await writeFileAtomically(path.join(out, REPORT_JSON), JSON.stringify(report, null, 2) + '\n');
  await writeFileAtomically(path.join(out, REPORT_MD), reportMarkdown(report, lang));
}
