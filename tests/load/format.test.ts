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

  it('keeps tabs in the caret line and hides control characters', () => {
    const out = formatDiagnostic({ ...d, line: 1, column: 3, endLine: undefined, endColumn: undefined }, '\ta\u0001b\n');
    expect(out.split('\n').slice(1, 3)).toEqual(['    1 | \ta\uFFFDb', '      | \t ^']);
  });

  it('colours only when asked', () => {
    expect(formatDiagnostic(d, source)).not.toContain('\x1b[');
    expect(formatDiagnostic(d, source, { color: true })).toContain('\x1b[31mошибка\x1b[0m');
  });
});
