/**
 * What a request's diagnostics look like in a response: the JSON report of
 * `plangraf validate --format json` for the one input, plus `text`, the diagnostics as the CLI
 * prints them (with the source line and caret under each), for people and for the editor page.
 */
import * as path from 'node:path';
import type { Diagnostic, Language } from '../diagnostics/diagnostic.js';
import { formatDiagnostic, formatDiagnostics, loadedSources } from '../diagnostics/format.js';
import { fileReport, type DiagnosticReport } from '../diagnostics/report.js';
import type { RenderFileResult } from '../cli/render-file.js';

export interface RequestReport extends DiagnosticReport {
  /** The diagnostics as text, as `plangraf render` prints them (no colours). */
  text: string;
}

/** Everything loading and rendering found. */
export function allDiagnostics(result: RenderFileResult): Diagnostic[] {
  return [...result.load.diagnostics, ...(result.render?.diagnostics ?? [])];
}

/**
 * The report of one input. `shownFile` gives the name a diagnostic's file is shown under (the
 * excerpts are still looked up by the real one); by default a template keeps only its file name,
 * since it is the service's own file and where it lies on the server is no client's business.
 */
export function requestReport(
  result: RenderFileResult,
  name: string,
  strict: boolean,
  lang: Language,
  shownFile: (file: string) => string = templateName,
): RequestReport {
  const diagnostics = allDiagnostics(result);
  const templateSource = (d: Diagnostic) => (d.code.startsWith('template-') ? result.templateSources[d.file] : undefined);
  const source = loadedSources(result.load, name, templateSource);
  const shown = diagnostics.map((d) => ({ ...d, file: shownFile(d.file) }));
  const text = shown.map((d, i) => formatDiagnostic(d, source(diagnostics[i]!), { lang })).join('\n\n');
  const entry = fileReport(shownFile(name), shown, strict);
  return { version: 1, ok: entry.ok, files: [entry], text };
}

function templateName(file: string): string {
  return path.isAbsolute(file) ? path.basename(file) : file;
}

/** A report of diagnostics that stand alone (a request stopped at its time limit). */
export function standaloneReport(diagnostics: Diagnostic[], name: string, lang: Language): RequestReport {
  const entry = fileReport(name, diagnostics, false);
  return { version: 1, ok: entry.ok, files: [entry], text: formatDiagnostics(diagnostics, undefined, { lang }) };
}
