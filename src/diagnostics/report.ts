/**
 * The JSON form of diagnostics for programs: what `plangraf validate --format json` prints and
 * what `plangraf serve` answers with. Versioned: fields are only ever added.
 */
import type { Diagnostic } from './diagnostic.js';

export interface FileReport {
  file: string;
  /** No error (and, under strict, no warning). */
  ok: boolean;
  errors: number;
  warnings: number;
  diagnostics: Diagnostic[];
}

export interface DiagnosticReport {
  /** Format version of this JSON. */
  version: 1;
  ok: boolean;
  files: FileReport[];
}

export function fileReport(file: string, diagnostics: Diagnostic[], strict: boolean): FileReport {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  return { file, ok: errors === 0 && !(strict && warnings > 0), errors, warnings, diagnostics };
}
