/**
 * State shared by the parts of one composition: the roadmap, the theme, the language of
 * messages, the diagnostics found so far and which organisations were already introduced
 * («(далее – …)» is printed on first use only, in document order).
 */
import type { Diagnostic, Language } from '../diagnostics/diagnostic.js';
import { diagnosticFromEntry, NO_POSITION } from '../diagnostics/create.js';
import type { MessageArgs } from '../diagnostics/messages.js';
import type { Roadmap } from '../model/roadmap.js';
import type { SourceLocation } from '../model/source.js';
import type { Theme } from '../model/theme.js';
import { builtinTemplates } from '../templates/load.js';
import type { TemplateLibrary, TemplateSet } from '../templates/types.js';
import { inlineTemplates } from '../templates/inline.js';
import { collectAppendices, type Appendices } from '../model/appendices.js';
import { COMPOSE_MESSAGES, type ComposeMessageCode } from './messages.js';

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

/** Record a diagnostic of composing (src/compose/messages.ts) at a place of the roadmap. */
export function report(ctx: ComposeContext, code: ComposeMessageCode, args: MessageArgs, loc?: SourceLocation): void {
  ctx.diagnostics.push(diagnosticFromEntry(COMPOSE_MESSAGES[code], code, ctx.lang, loc?.file ?? ctx.roadmap.file, loc ?? NO_POSITION, args));
}
