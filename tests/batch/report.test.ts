/**
 * The batch summary and report.md as a reader sees them: Russian plurals and «с» for seconds, every
 * error of a failed input (up to three, then how many more and the command that shows them all),
 * a final newline.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { reportMarkdown, summaryLines } from '../../src/batch/report.js';
import type { BatchReport, InputResult } from '../../src/batch/types.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { cli, tempDir } from '../cli/harness.js';
import { buildDist } from './build-dist.js';

const error = (code: string, line: number, message: string, hint?: string): Diagnostic => ({
  code, severity: 'error', message, file: 'м/плохой файл.yaml', line, column: 3, ...(hint ? { hint } : {}),
});

function report(results: InputResult[], ms = 4500): BatchReport {
  return {
    version: '0.1.0', startedAt: '2024-05-01T10:00:00.000Z', ms, out: 'out', jobs: 2, formats: ['docx'],
    total: results.length,
    rendered: results.filter((r) => r.status === 'rendered').length,
    failed: results.filter((r) => r.status === 'failed').length,
    skipped: 0, warnings: 0, ioFailed: false, diagnostics: [], reportWritten: true, results,
  };
}

const rendered = (i: number): InputResult => ({ input: `м/${i}.yaml`, status: 'rendered', outputs: [`${i}/order.docx`], diagnostics: [], ms: 1 });
const five = [1, 2, 3, 4, 5].map((n) => error('schema-unknown-key', n, `Ошибка ${n}.`));

describe('batch summary', () => {
  it.each([
    [1, '1 файл'], [2, '2 файла'], [4, '4 файла'], [5, '5 файлов'], [11, '11 файлов'], [21, '21 файл'], [22, '22 файла'], [0, '0 файлов'],
  ])('%i inputs: «%s»', (n, words) => {
    expect(summaryLines(report(Array.from({ length: n }, (_, i) => rendered(i))), 'ru')[0]).toMatch(new RegExp(`^${words}: собрано ${n},`));
  });

  it('seconds: «4,5 с» in Russian, «4.5 s» in English; «1 input», «2 inputs»', () => {
    expect(summaryLines(report([rendered(1)]), 'ru')[0]).toBe('1 файл: собрано 1, с ошибками 0, без изменений (пропущено) 0, предупреждений 0; время 4,5 с');
    expect(summaryLines(report([rendered(1)]), 'en')[0]).toBe('1 input: rendered 1, failed 0, unchanged (skipped) 0, warnings 0; time 4.5 s');
    expect(summaryLines(report([rendered(1), rendered(2)]), 'en')[0]).toMatch(/^2 inputs: /);
  });

  it('a failed input: its first three errors, how many more, and the validate command to see them all', () => {
    const failed: InputResult = { input: 'м/плохой файл.yaml', status: 'failed', outputs: [], diagnostics: five, ms: 1 };
    expect(summaryLines(report([failed]), 'ru').slice(1)).toEqual([
      '  ✗ м/плохой файл.yaml — м/плохой файл.yaml:1:3: [schema-unknown-key] Ошибка 1.',
      '      м/плохой файл.yaml:2:3: [schema-unknown-key] Ошибка 2.',
      '      м/плохой файл.yaml:3:3: [schema-unknown-key] Ошибка 3.',
      "      и ещё 2 ошибки; все сообщения с местом в файле и подсказками: plangraf validate 'м/плохой файл.yaml'",
    ]);
    expect(summaryLines(report([{ ...failed, input: 'm/bad.yaml', diagnostics: five.slice(0, 1) }]), 'en').slice(1)).toEqual([
      '  ✗ m/bad.yaml — м/плохой файл.yaml:1:3: [schema-unknown-key] Ошибка 1.',
      '      every message with its place in the file and hints: plangraf validate m/bad.yaml',
    ]);
  });

  it('a failure of the batch itself (no validate to run): its hint', () => {
    const foreign: InputResult = { input: 'm/a.yaml', status: 'failed', outputs: [], ms: 0, diagnostics: [{ ...error('batch-output-exists', 0, 'Файл „a/order.docx“ уже есть.', 'Удалите файл или запустите с --force.'), file: 'm/a.yaml' }] };
    expect(summaryLines(report([foreign]), 'ru').slice(1)).toEqual([
      '  ✗ m/a.yaml — m/a.yaml: [batch-output-exists] Файл „a/order.docx“ уже есть.',
      '      подсказка: Удалите файл или запустите с --force.',
    ]);
  });

  it('report.md lists every error and ends with one newline; its time in «с»', () => {
    const md = reportMarkdown(report([rendered(1), { input: 'м/плохой файл.yaml', status: 'failed', outputs: [], diagnostics: five, ms: 1 }]), 'ru');
    expect(md.endsWith('.\n')).toBe(true);
    expect(md).toContain('время: 4,5 с.');
    for (let n = 1; n <= 5; n++) expect(md).toContain(`- \`м/плохой файл.yaml:${n}:3\` [schema-unknown-key] Ошибка ${n}.`);
    expect(reportMarkdown(report([rendered(1)]), 'en').endsWith('| 1/order.docx |\n')).toBe(true);
  });
});

describe('batch summary from the command line', () => {
  beforeAll(buildDist, 120_000);

  it('«2 файла», the errors of a broken input, the report with a final newline', async () => {
    const dir = tempDir();
    cpSync(new URL('../../examples/region/', import.meta.url).pathname, join(dir, 'region'), { recursive: true });
    writeFileSync(join(dir, 'region/municipalities/broken.yaml'), 'extends: ../base.yaml\nmunicipality: Сломанный\nplan:\n  items:\n    - id: org.list\n      dedline: 1\n    - id: diag.analysis\n      resalt: 2\n');
    const r = await cli(['batch', 'region/municipalities/broken.yaml', 'region/municipalities/murom.yaml', '--extends-root', 'region', '--out', 'out', '--format', 'docx', '--jobs', '1'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^2 файла: собрано 1, с ошибками 1, без изменений \(пропущено\) 0, предупреждений 0; время \d+,\d с$/m);
    expect(r.out).toContain('  ✗ region/municipalities/broken.yaml — region/municipalities/broken.yaml:6:7: [schema-unknown-key]');
    expect(r.out).toContain('      region/municipalities/broken.yaml:8:7: [schema-unknown-key]');
    expect(r.out).toContain('      все сообщения с местом в файле и подсказками: plangraf validate region/municipalities/broken.yaml');
    // The progress line says there is more than the first error.
    expect(r.out).toMatch(/\[1\/2\] ✗ region\/municipalities\/broken\.yaml — .*\(и ещё 1 ошибка\)$/m);
    const md = readFileSync(join(dir, 'out/report.md'), 'utf8');
    expect(md.endsWith('\n') && !md.endsWith('\n\n')).toBe(true);
  });
});
