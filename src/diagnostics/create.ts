/** Building diagnostics from the message catalogue. */
import type { Diagnostic, Language, Severity } from './diagnostic.js';
import { MESSAGES, type MessageArgs, type MessageCode, type MessageEntry } from './messages.js';

/** A place in a file, 1-based; `line: 0` when the problem has no place. */
export interface Position {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** A JSON Pointer instead of a line (a roadmap loaded as data). */
  pointer?: string;
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
  return diagnosticFromEntry(MESSAGES[code], code, lang, file, pos, args, severity);
}

/**
 * A diagnostic from an entry of any message catalogue of the same shape (the loader's here, and
 * those of merging and batch runs, which keep their own codes next to their code).
 */
export function diagnosticFromEntry(
  entry: MessageEntry,
  code: string,
  lang: Language,
  file: string,
  pos: Position,
  args: MessageArgs = {},
  severity?: Severity,
): Diagnostic {
  const d: Diagnostic = { code, severity: severity ?? entry.severity, message: entry[lang](args), file, line: pos.line, column: pos.column };
  const hint = entry.hint?.[lang](args);
  if (hint) d.hint = hint;
  if (pos.endLine !== undefined) d.endLine = pos.endLine;
  if (pos.endColumn !== undefined) d.endColumn = pos.endColumn;
  if (pos.pointer !== undefined) d.pointer = pos.pointer;
  return d;
}

/** Sort by file, line, column; stable for equal places. */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics
    .map((d, i) => ({ d, i }))
    .sort((a, b) => a.d.file.localeCompare(b.d.file) || a.d.line - b.d.line || a.d.column - b.d.column || a.i - b.i)
    .map(({ d }) => d);
}
