/**
 * State shared by the parts of one composition: the roadmap, the theme, the language of
 * messages, the diagnostics found so far and which organisations were already introduced
 * («(далее – …)» is printed on first use only, in document order).
 */
import type { Diagnostic, Language, Severity } from '../diagnostics/diagnostic.js';
import type { Roadmap } from '../model/roadmap.js';
import type { SourceLocation } from '../model/source.js';
import type { Theme } from '../model/theme.js';
import { builtinTemplates } from '../templates/load.js';
import type { TemplateLibrary, TemplateSet } from '../templates/types.js';
import type { DiagnosticWording } from './wording.js';

export interface ComposeContext {
  roadmap: Roadmap;
  theme: Theme;
  lang: Language;
  diagnostics: Diagnostic[];
  /** Keys of organisations already named in the document. */
  introduced: Set<string>;
  /**
   * The wording: `ctx.templates.text('point-control', { kind })`. Template problems become
   * diagnostics of this composition (src/templates/types.ts, templates/README.md).
   */
  templates: TemplateSet;
}

export function createContext(roadmap: Roadmap, theme: Theme, lang: Language, library?: TemplateLibrary): ComposeContext {
  const diagnostics: Diagnostic[] = [];
  const appendixNo = (id: string | undefined): number | undefined => {
    const plans = roadmap.plans;
    if (id === undefined) return plans.length > 0 ? 1 : undefined;
    const i = plans.findIndex((p) => p.id === id);
    return i >= 0 ? i + 1 : undefined;
  };
  const templates = (library ?? builtinTemplates()).bind((d) => diagnostics.push(d), { appendixNo }, lang);
  return { roadmap, theme, lang, diagnostics, introduced: new Set(), templates };
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
  if (loc?.pointer !== undefined) d.pointer = loc.pointer;
  ctx.diagnostics.push(d);
}
