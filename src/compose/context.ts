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

/** Record a diagnostic of composing (src/compose/messages.ts) at a place of the roadmap. */
export function report(ctx: ComposeContext, code: ComposeMessageCode, args: MessageArgs, loc?: SourceLocation): void {
  ctx.diagnostics.push(diagnosticFromEntry(COMPOSE_MESSAGES[code], code, ctx.lang, loc?.file ?? ctx.roadmap.file, loc ?? NO_POSITION, args));
}
