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
import { inlineTemplates } from '../templates/inline.js';
import { collectAppendices, type Appendices } from './appendices.js';
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
   * diagnostics of this composition (src/templates/types.ts, templates/README.md). The
   * roadmap's own `wording:` overrides the library's templates.
   */
  templates: TemplateSet;
  /** The document's appendices, numbered before anything is composed (appendices.ts). */
  appendices: Appendices;
}

export function createContext(roadmap: Roadmap, theme: Theme, lang: Language, library?: TemplateLibrary): ComposeContext {
  const diagnostics: Diagnostic[] = [];
  const appendices = collectAppendices(roadmap, theme);
  const appendixNo = (id: string | undefined): number | undefined => appendices.find(id)?.no;
  const base = library ?? builtinTemplates();
  const own = roadmap.document.wording;
  const withWording = own && own.length > 0 ? base.overlay(inlineTemplates(own, roadmap.file)) : base;
  const templates = withWording.bind((d) => diagnostics.push(d), { appendixNo }, lang);
  return { roadmap, theme, lang, diagnostics, introduced: new Set(), templates, appendices };
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
