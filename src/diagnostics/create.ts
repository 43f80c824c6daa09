/** Building diagnostics from the message catalogue. */
import type { Diagnostic, Language, Severity } from './diagnostic.js';
import { MESSAGES, messageText, type MessageArgs, type MessageCode } from './messages.js';

/** A place in a file, 1-based; `line: 0` when the problem has no place. */
export interface Position {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

export const NO_POSITION: Position = { line: 0, column: 0 };

export function createDiagnostic(
  code: MessageCode,
  lang: Language,
  file: string,
  pos: Position,
  args: MessageArgs = {},
  severity?: Severity,
): Diagnostic {
  const { message, hint } = messageText(code, lang, args);
  const d: Diagnostic = {
    code,
    severity: severity ?? MESSAGES[code].severity,
    message,
    file,
    line: pos.line,
    column: pos.column,
  };
  if (hint) d.hint = hint;
  if (pos.endLine !== undefined) d.endLine = pos.endLine;
  if (pos.endColumn !== undefined) d.endColumn = pos.endColumn;
  return d;
}

/** Sort by file, line, column; stable for equal places. */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics
    .map((d, i) => ({ d, i }))
    .sort((a, b) => a.d.file.localeCompare(b.d.file) || a.d.line - b.d.line || a.d.column - b.d.column || a.i - b.i)
    .map(({ d }) => d);
}
