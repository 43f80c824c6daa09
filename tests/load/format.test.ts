import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { formatDiagnostic } from '../../src/diagnostics/format.js';

const d: Diagnostic = {
  code: 'schema-unknown-key', severity: 'error', file: 'plan.yaml', line: 2, column: 5, endLine: 2, endColumn: 12,
  message: 'Неизвестный ключ „dedline“ — может быть, „deadline“?', hint: 'Здесь допустимы ключи: task, deadline.',
};
const source = 'items:\n  - dedline: x\n';

describe('formatDiagnostic', () => {
  it('prints place, severity, code, message, the source line, a caret and the hint', () => {
    expect(formatDiagnostic(d, source)).toBe([
      'plan.yaml:2:5: ошибка [schema-unknown-key]: Неизвестный ключ „dedline“ — может быть, „deadline“?',
      '    2 |   - dedline: x',
      '      |     ^^^^^^^',
      'подсказка: Здесь допустимы ключи: task, deadline.',
    ].join('\n'));
  });

  it('uses English labels on request and works without the source', () => {
    expect(formatDiagnostic({ ...d, severity: 'warning' }, undefined, { lang: 'en' })).toBe(
      'plan.yaml:2:5: warning [schema-unknown-key]: Неизвестный ключ „dedline“ — может быть, „deadline“?\nhint: Здесь допустимы ключи: task, deadline.',
    );
  });

  it('prints a diagnostic without a place as the file name alone', () => {
    expect(formatDiagnostic({ code: 'io-read', severity: 'error', file: 'x.yaml', line: 0, column: 0, message: 'Не удалось прочитать файл: файла нет.' }, 'a'))
      .toBe('x.yaml: ошибка [io-read]: Не удалось прочитать файл: файла нет.');
  });

  it('keeps tabs in the caret line and shows control characters as escapes under the caret', () => {
    const out = formatDiagnostic({ ...d, line: 1, column: 3, endLine: undefined, endColumn: undefined }, '\ta\u0001b\n');
    expect(out.split('\n').slice(1, 3)).toEqual(['    1 | \ta\\u0001b', '      | \t ^^^^^^']);
  });

  it('never prints a character that acts on the terminal: ESC, C1, bidi controls in messages, hints, file names and excerpts', () => {
    const esc = '\x1b[2J\x1b]0;title\x07';
    const out = formatDiagnostic({
      ...d, file: `plan\x1b[31m.yaml`, line: 1, column: 9, endLine: 1, endColumn: 11,
      message: `Неизвестный ключ „${esc}“`, hint: 'x\u202Ey\u0085z',
    }, `title: "\u202E10 000,00\u202C" \x1b[5m\n`);
    // Nothing but our own line breaks below U+0020, no C1, no bidi control.
    expect(out).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/);
    const lines = out.split('\n');
    expect(lines[0]).toBe('plan\\u001B[31m.yaml:1:9: ошибка [schema-unknown-key]: Неизвестный ключ „\\u001B[2J\\u001B]0;title\\u0007“');
    expect(lines[1]).toBe('    1 | title: "\\u202E10 000,00\\u202C" \\u001B[5m');
    // The caret stands under «\u202E1» (columns 9–10 of the source).
    expect(lines[2]).toBe(`      | ${' '.repeat(8)}${'^'.repeat(7)}`);
    expect(lines[3]).toBe('подсказка: x\\u202Ey\\u0085z');
    // Colour codes are still ours to add.
    expect(formatDiagnostic(d, source, { color: true })).toContain('\x1b[31m');
  });

  it('colours only when asked', () => {
    expect(formatDiagnostic(d, source)).not.toContain('\x1b[');
    expect(formatDiagnostic(d, source, { color: true })).toContain('\x1b[31mошибка\x1b[0m');
  });
});
