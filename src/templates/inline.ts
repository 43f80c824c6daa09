/**
 * Templates written in a roadmap's YAML (`document.wording: {passport-goal: 'Цель Проекта:'}`):
 * the same templates as a folder's, placed where they are written so that a problem inside one
 * points at its line and column in the YAML.
 *
 *   wording:
 *     passport-goal: '{{upper titel}}'      (line 7; the value starts at column 20)
 *   → template-unknown-variable at 7:28 («titel» is the 9th character of the value)
 */
import type { WordingOverride } from '../model/roadmap.js';
import type { InlineTemplate, TemplatePlacer } from './types.js';

/** A template position (line, column) → the file position of that character of the YAML value. */
export function wordingPlacer(w: WordingOverride, file: string): TemplatePlacer {
  const where = (line: number, column: number) => {
    const start = w.lines?.[line - 1];
    if (!start || line < 1) return { line: w.loc?.line ?? 0, column: w.loc?.column ?? 0 };
    return { line: start.line, column: start.column + Math.max(0, column - 1) };
  };
  return (pos) => {
    const from = where(pos.line, pos.column);
    const out: ReturnType<TemplatePlacer> = { file: w.loc?.file ?? file, ...from };
    if (pos.endLine !== undefined && pos.endColumn !== undefined && w.lines?.[pos.endLine - 1]) {
      const to = where(pos.endLine, pos.endColumn);
      out.endLine = to.line;
      out.endColumn = to.column;
    }
    return out;
  };
}

/** The roadmap's `wording:` as inline templates of the library (`TemplateLibrary.overlay`). */
export function inlineTemplates(wording: readonly WordingOverride[] | undefined, file: string): InlineTemplate[] {
  return (wording ?? []).map((w) => ({ name: w.name, source: w.source, file: w.loc?.file ?? file, locate: wordingPlacer(w, file) }));
}
