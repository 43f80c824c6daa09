/**
 * The diagnostics panel of both pages: a summary line, then each diagnostic as the CLI prints it
 * (file:line:column, severity, code, message, the source line with a caret, the hint). In the
 * editor a click on a diagnostic moves the cursor to its place.
 */
import type { Diagnostic, RequestReport } from './report.js';
import { T } from './i18n.js';

export function showDiagnostics(panel: HTMLElement, report: RequestReport | undefined, onPick?: (d: Diagnostic) => void): void {
  panel.replaceChildren();
  const file = report?.files[0];
  if (!report || !file) return;
  const summary = document.createElement('p');
  summary.className = 'summary ' + (file.errors > 0 ? 'has-errors' : file.warnings > 0 ? 'has-warnings' : 'clean');
  summary.textContent = file.diagnostics.length === 0 ? T.noProblems : T.problems(file.errors, file.warnings, file.diagnostics.filter((d) => d.severity === 'info').length);
  panel.append(summary);
  // The text form has one block per diagnostic, in the same order, separated by a blank line.
  const blocks = report.text === '' ? [] : report.text.split(/\n\n(?=\S)/);
  file.diagnostics.forEach((d, i) => {
    const item = document.createElement('pre');
    item.className = `diagnostic ${d.severity}`;
    item.dataset.code = d.code;
    item.textContent = blocks[i] ?? `${d.file}:${d.line}:${d.column}: ${d.message}`;
    if (onPick && d.line > 0) {
      item.tabIndex = 0;
      item.addEventListener('click', () => onPick(d));
    }
    panel.append(item);
  });
}
