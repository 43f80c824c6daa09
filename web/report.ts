/**
 * The diagnostics JSON the service answers with (src/serve/report.ts), as the pages read it: the
 * same types as the server's (type-only imports of pure modules, erased from the bundle).
 */
import type { DiagnosticReport } from '../src/diagnostics/report.js';

export type { Diagnostic } from '../src/diagnostics/diagnostic.js';

export interface RequestReport extends DiagnosticReport {
  /** The diagnostics as `plangraf render` prints them, source lines and carets included. */
  text: string;
}
