/** The diagnostics JSON the service answers with (src/serve/report.ts), as the pages read it. */
export interface Diagnostic {
  code: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  file: string;
  line: number;
  column: number;
  hint?: string;
  endLine?: number;
  endColumn?: number;
}

export interface RequestReport {
  version: 1;
  ok: boolean;
  files: { file: string; ok: boolean; errors: number; warnings: number; diagnostics: Diagnostic[] }[];
  /** The diagnostics as `plangraf render` prints them, source lines and carets included. */
  text: string;
}
