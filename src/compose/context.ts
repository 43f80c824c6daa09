/**
 * State shared by the parts of one composition: the roadmap, the theme, the language of
 * messages, the diagnostics found so far and which organisations were already introduced
 * («(далее – …)» is printed on first use only, in document order).
 */
import type { Diagnostic, Language, Severity } from '../diagnostics/diagnostic.js';
import type { Roadmap } from '../model/roadmap.js';
import type { SourceLocation } from '../model/source.js';
import type { Theme } from '../model/theme.js';
import type { DiagnosticWording } from './wording.js';

export interface ComposeContext {
  roadmap: Roadmap;
  theme: Theme;
  lang: Language;
  diagnostics: Diagnostic[];
  /** Keys of organisations already named in the document. */
  introduced: Set<string>;
}

export function createContext(roadmap: Roadmap, theme: Theme, lang: Language): ComposeContext {
  return { roadmap, theme, lang, diagnostics: [], introduced: new Set() };
}

/** Record a diagnostic, honouring the file's `lint:` overrides (severity change or 'off'). */
export function report(
  ctx: ComposeContext,
  code: string,
  severity: Severity,
  wording: DiagnosticWording,
  loc?: SourceLocation,
): void {
  const override = ctx.roadmap.lint[code];
  if (override === 'off') return;
  const hint = ctx.lang === 'en' ? wording.hintEn : wording.hintRu;
  const d: Diagnostic = {
    code,
    severity: override ?? severity,
    message: ctx.lang === 'en' ? wording.en : wording.ru,
    file: loc?.file ?? ctx.roadmap.file,
    line: loc?.line ?? 0,
    column: loc?.column ?? 0,
  };
  if (hint) d.hint = hint;
  if (loc?.endLine !== undefined) d.endLine = loc.endLine;
  if (loc?.endColumn !== undefined) d.endColumn = loc.endColumn;
  ctx.diagnostics.push(d);
}
