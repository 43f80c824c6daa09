/**
 * Templates written in the YAML (`document.wording:`) get the checks of a templates folder when
 * the roadmap is loaded — syntax, helpers, forbidden names (src/templates/check.ts) — with each
 * problem at its line and column inside the YAML value. Names that are no template are the lint
 * rule `wording-unknown`'s. Problems met only when a template runs (an unknown variable) are
 * reported when composing, at the same places.
 */
import type { Diagnostic, Language } from '../diagnostics/diagnostic.js';
import type { Roadmap } from '../model/roadmap.js';
import { checkTemplateSource, INLINE_EXTRA_NAME } from '../templates/library.js';
import { wordingPlacer } from '../templates/inline.js';
import { BUILTIN_TEMPLATE_NAMES } from '../templates/names.js';

export function checkWording(roadmap: Roadmap, lang: Language): Diagnostic[] {
  const names: readonly string[] = BUILTIN_TEMPLATE_NAMES;
  const out: Diagnostic[] = [];
  for (const w of roadmap.document.wording ?? []) {
    if (!names.includes(w.name) && !INLINE_EXTRA_NAME.test(w.name)) continue;
    const file = w.loc?.file ?? roadmap.file;
    out.push(...checkTemplateSource(w.source, file, lang, wordingPlacer(w, file)));
  }
  return out;
}
